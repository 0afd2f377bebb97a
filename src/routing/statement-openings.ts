// Statements that open with a word the router otherwise reads as a question: Russian "Как заявил Песков, …"
// (an attribution, not "how"), "Что касается X, …" (as for X), "Когда …, …" (a when-clause before the main one);
// English "I read that …", "We are told …" (the writer reports what they read). The opening word alone then does
// not make the message a question; a question word elsewhere, a question mark or a request still does.
// Also a who/what/how clause after a past-tense or saying verb ("Putin explained how Washington failed …",
// "… ignored what Palestinians wanted, according to Putin") in a message closed by a full stop or an attribution:
// the question word then starts a clause, it does not ask.

/** After the opening's comma, a question word asks again: "как заявил Песков, что хочет кремль". */
const NO_QUESTION_AFTER =
  /^[^,]*,\s*(?:что|кто|как|почему|зачем|где|когда|сколько|what|who|how|why)(?=$|[^\p{L}])/iu;

const STATEMENT_OPENING =
  /^(?:как\s+(?:заявил|заявила|заявили|сказал|сказала|сказали|отметил|отметила|подчеркнул|подчеркнула|пишет|пишут|писал|сообщил|сообщила|сообщает|говорит|говорил|считает|утверждает|признал|признаёт|признает)(?=$|[^\p{L}])[^,?]{1,60},\s*\S|что\s+касается\s+[^,?]{1,60},\s*\S|когда\s+[^,?]{3,80},\s*[^?]{10,}[.!]$|(?:i|we)\s+(?:read|heard|learned|learnt|saw|am\s+told|are\s+told|was\s+told|were\s+told)\s+(?:that\s+)?\S[^?]*[.!]$)/iu;

/** The message opens a statement with a word that elsewhere starts a question. */
export function opensStatement(text: string): boolean {
  return STATEMENT_OPENING.test(text) && !NO_QUESTION_AFTER.test(text);
}

/** A wh-clause after a verb ("explained how X …"), the message closed by a full stop or ", according to X". */
const EMBEDDED_WH =
  /^[^?]*?\b\p{L}{2,}(?:ed|says|said|knows|knew|shows|showed)\s+(?:what|how|who|why)\s+\S+\s+\S[^?]*?(?:[.!]|,\s+(?:according\s+to\s+[^,?]{1,40}|[^,?]{1,40}\s+(?:said|says|claims|claimed))[.!]?)$/iu;

/** The message's who/what/how starts a clause inside a statement, not a question. */
export function embedsWhClause(text: string): boolean {
  return EMBEDDED_WH.test(text);
}
