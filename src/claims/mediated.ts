// Direct made indirect: "dialogue through intermediaries", "косвенный диалог", "при посредничестве третьих стран"
// of the passage's "direct Palestinian-Israeli dialogue" ("прямого … диалога"). The claim may leave out so much of
// the passage that it falls short of a match, and the mediation was then "not in the article" or an added means;
// said of a passage that says "direct", it is the opposite of what that passage says. EN and RU, read on the claim
// as typed against the passage's sentence.
import type { ClaimChange } from "./types.js";

/** The passage says the contact is direct. */
const DIRECT =
  /(?:^|[^\p{L}])(direct(?:ly)?|face-to-face|прям\p{L}*|напрямую|непосредственн\p{L}*)(?=$|[^\p{L}])/iu;
/** The claim says it goes through someone: an adjective of it, or a means of a go-between. */
const INDIRECT =
  /(?:^|[^\p{L}])(indirect(?:ly)?|mediated|by proxy|(?:through|via|by way of)\s+(?:an?\s+|the\s+)?(?:intermediar\p{L}*|mediators?|go-betweens?|middlem[ae]n|proxies|third\s+(?:part(?:y|ies)|countries|states))|косвенн\p{L}*|непрям\p{L}*|опосредованн\p{L}*|при посредничестве|через\s+(?:посредник\p{L}*|медиатор\p{L}*|(?:третьи|третьих)\s+(?:стран\p{L}*|сторон\p{L}*|государств\p{L}*|лиц\p{L}*)))(?=$|[^\p{L}])/iu;

/** "opposite", naming the claim's go-between and the passage's "direct"; null when either is missing. */
export function mediatedForDirect(text: string, sentence: string): ClaimChange | null {
  const direct = DIRECT.exec(sentence);
  if (!direct) return null;
  const indirect = INDIRECT.exec(text);
  if (!indirect || DIRECT.test(text.replace(indirect[1]!, ""))) return null;
  return { kind: "opposite", claimed: indirect[1]!, article: direct[1]! };
}
