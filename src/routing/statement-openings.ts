// Statements that open with a word the router otherwise reads as a question: Russian "Как заявил Песков, …"
// (an attribution, not "how"), "Что касается X, …" (as for X), "Когда …, …" (a when-clause before the main one);
// English "I read that …", "We are told …" (the writer reports what they read). The opening word alone then does
// not make the message a question; a question word elsewhere, a question mark or a request still does.

const STATEMENT_OPENING =
  /^(?:как\s+(?:заявил|заявила|заявили|сказал|сказала|сказали|отметил|отметила|подчеркнул|подчеркнула|пишет|пишут|писал|сообщил|сообщила|сообщает|говорит|говорил|считает|утверждает|признал|признаёт|признает)(?=$|[^\p{L}])[^,?]{1,60},\s*\S|что\s+касается\s+[^,?]{1,60},\s*\S|когда\s+[^,?]{3,80},\s*[^?]{10,}[.!]$|(?:i|we)\s+(?:read|heard|learned|learnt|saw|am\s+told|are\s+told|was\s+told|were\s+told)\s+(?:that\s+)?\S[^?]*[.!]$)/iu;

/** The message opens a statement with a word that elsewhere starts a question. */
export function opensStatement(text: string): boolean {
  return STATEMENT_OPENING.test(text);
}
