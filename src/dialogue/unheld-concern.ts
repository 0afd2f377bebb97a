// Kind (dialog46b, d46-18#2): "who's saying that, the foreign ministry?", «это МИД так считает?» after the feared
// spread. The part asked about is the article's own sentence "there are growing concerns that the current crisis
// may extend beyond…": concerns whose holders the article never names. The said-by check answered a flat No ("it is
// the article's own account"), as if the article ruled the Foreign Ministry out; it does not say whose concerns they
// are (the ministry's call for coordination follows in the same paragraph). So when the asked part is the article's
// narration of a concern, fear or worry held by no one named, the said-by verdict is "doesn't say", with a line that
// says so. Narration of the article's own (Putin makes no mention…) keeps the plain No.

import type { Lang } from "../answering/types.js";

interface VoicedText {
  speakerId: string;
  text: string;
}

/** "there are growing concerns", "fears are mounting": a view the narration gives without its holders. */
const UNHELD =
  /(?<!\p{L})(?:there (?:are|is) (?:\p{L}+ )?(?:concerns?|fears?|worries|worry)|(?:concerns?|fears?|worries) (?:are|is) (?:growing|mounting|rising))(?!\p{L})/iu;

/** The asked part is the article's own words of a concern held by no one it names, and another voice is asked. */
export function unheldConcern(quotes: readonly VoicedText[], part: string | null, asked: string): boolean {
  if (asked === "article") return false;
  // The part asked is the narration: named so (said-part.ts), or the only voice of the answer.
  if (part !== "article" && !(part === null && quotes.every((q) => q.speakerId === "article"))) return false;
  return quotes.some((q) => q.speakerId === "article" && UNHELD.test(q.text));
}

/** "The article does not say whose concerns these are — nor that they are the Foreign Ministry's." */
export function unheldSaid(name: string, possessive: string, lang: Lang): string {
  return lang === "ru"
    ? `Статья не говорит, чьи это опасения: ни что это ${name}, ни кто-то другой.`
    : `The article does not say whose concerns these are — nor that they are ${possessive}.`;
}
