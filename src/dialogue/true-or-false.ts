// A claim put as a quiz — "true or false: Putin met Erdogan in Ankara", "Quick quiz: true or false - X",
// "правда или нет: X", "верно или неверно — X" — or doubted back in slang — "fr? he actually said X?" — asks
// one thing: is X so? Read it as "X. Is that true?", the frame claim-frame.ts checks against the article, so the
// verdict comes from the article and the claim checker, never from the quiz wording. Without this the lead
// "true or false" reads as a choice between two words and the claim gets no verdict at all.

const QUIZ_LEAD =
  /^\s*(?:(?:quick\s+)?(?:quiz|question|check)\s*[:,\-–—]?\s*)?(?:true\s+or\s+false|правда\s+или\s+(?:нет|ложь)|верно\s+или\s+(?:нет|неверно))\s*[?:,\-–—]+\s*(.+)$/iu;

const DOUBT_LEAD =
  /^\s*(?:fr|for\s+real|srsly|seriously|really|no\s+way)\s*[?!,.]+\s*(?:(?:so\s+)?(?:he|she|they|it)\s+actually\s+)?(.+)$/iu;

/** "am I right that X", "correct me if I'm wrong, but X", «я правильно понимаю, что X»: X asked as a claim (dialog27). */
const BELIEF_LEAD =
  /^\s*(?:(?:so|and|ok|okay|yo|hey)[,\s]+)?(?:am i right(?: in thinking| to think| to say)?|is it right|correct me if i'?m wrong,?\s*(?:but)?|(?:я )?правильно (?:ли )?я понимаю|я правильно понял[аи]?|верно ли,?|правильно ли,?)[,\s]+(?:that|что)\s+(.+)$/iu;

/**
 * "is that true, he says X?", "is that right, X?", «это правда, он говорит, что X?»: the tag put first, then the
 * claim restated (dialog28, d52-03#3). The claim is what is asked, so it is read as "X. Is that true?" — else the
 * lead reads as a verdict on the last answer and the restated claim is lost. Not "is that true, or…".
 */
const TRUE_LEAD =
  /^\s*(?:(?:so|and|ok|okay|but|wait|hm+)[,\s]+)?(?:is (?:that|it|this) (?:really )?(?:true|right|correct|so)|(?:а )?(?:это|то есть это) (?:действительно |правда )?(?:правда|так|верно))\s*[,:\-–—]\s*(?!\s|or\b|или\b|нет\b|not\b)(?:that\s+|что\s+)?(.+)$/iu;

/** The quiz or doubt lead dropped and the claim asked as "X. Is that true?"; unchanged when it has none. */
export function withQuizRead(typed: string): string {
  const quiz = QUIZ_LEAD.exec(typed) ?? BELIEF_LEAD.exec(typed) ?? TRUE_LEAD.exec(typed);
  const doubt = quiz ? null : DOUBT_LEAD.exec(typed);
  const claim = (quiz ?? doubt)?.[1]?.trim().replace(/[?.!\s]+$/u, "");
  if (!claim || claim.split(/\s+/).length < 3) return typed;
  // "fr? he actually said X" keeps who said it: the claim is that he said X.
  const said = doubt && /\bactually\b/i.test(typed) ? typed.match(/(he|she|they)\s+actually\s+/i)?.[1] : null;
  const asked = said ? `${said} ${claim}` : claim;
  const russian = /\p{Script=Cyrillic}/u.test(asked);
  return russian ? `${asked}. Это правда?` : `${asked}. Is that true?`;
}
