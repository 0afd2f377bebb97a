// The article's own stance toward Russia's part, asked of the article ("any criticism of russia's own role in the
// article?", "is the piece critical of moscow's involvement", "does the article just take russia's claim of
// impartiality at face value?", "does the author take the kremlin at its word"). The article's one critical remark
// is that Russia's involvement is not without controversy (russia-role-controversy), and it reports Moscow's
// impartial image as Moscow's striving (is-russia-neutral). Read as typed, "criticism" drew why the role is
// controversial (a not-in-article entry, refused) and "face value" nothing. The article (or its author) must be
// named: "does anyone criticize russia's role" stays who criticises.

/** The article or its author. */
const ARTICLE = /\b(?:article|piece|story|text|report|author|writer|journalist|reporter)\b/i;
const RUSSIA = "(?:russia|moscow|the\\s+kremlin|kremlin)(?:'s)?";
/** Criticism of Russia's part: "criticism of russia's own role", "critical of moscow's involvement". */
const CRITICAL_OF_ROLE = new RegExp(
  `\\b(?:critic\\w*|critique\\w*|skeptic\\w*|sceptic\\w*|doubts?|pushback|criticiz\\w*|criticis\\w*|question\\w*)\\s+(?:(?:of|about|toward|towards|on)\\s+)?(?:the\\s+)?${RUSSIA}\\s+(?:own\\s+)?(?:role|involvement|part|participation|mediation)\\b`,
  "i",
);
/** Taking Russia's word as given: "at face value", "at its word", "uncritically". */
const AT_FACE_VALUE =
  /\b(?:at\s+(?:face\s+value|(?:its|their|his)\s+word)|uncritical\w*|without\s+question\w*|swallow\w*|buy\w*\s+(?:into\s+)?(?:it|that|the|russia|moscow))/i;
const RUSSIA_ANY = new RegExp(`\\b${RUSSIA}`, "i");

/** The question read as the article's remark on Russia's role or image, or as it came. */
export function asArticleOnRussia(text: string): string {
  if (text.length > 300) return text;
  const t = text.replace(/[\u2018\u2019]/g, "'");
  if (!ARTICLE.test(t)) return text;
  if (CRITICAL_OF_ROLE.test(t)) return "is russia's involvement in the peace process controversial";
  if (AT_FACE_VALUE.test(t) && RUSSIA_ANY.test(t)) return "does the article question russia's neutrality";
  return text;
}
