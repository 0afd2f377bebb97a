// A party's position asked with a register word ("china's *official* position", "the us *government's* stance",
// "the official reaction *of* iran"): the register says nothing of whose the position is, yet "official position"
// is a phrasing of Russia's position, so any party's official stance found Russia's (wave AU: "what's china's
// official position on the israel war" answered with Russia's). Read as "<party>'s position": a party the article
// never names then stands in the speaker's place and is refused (english-slots.ts), a named one finds its own
// gap entry (Israel's, the US's) and Russia its position.
import { lean } from "../lib/lean-regexp.js";

/** A word for a party's position (the speaker nouns of english-slots.ts that name a stance). */
const POSITION = "(?:position|positions|stance|view|views|line|reaction|response|opinion|take)";
/** Register words before it, none of them a party. */
// Not "public" ("the public reaction" is the public's) nor a bare "the government's" (whose, then, is asked).
const REGISTER = "(?:official|officially|formal|stated|(?<!(?<!\\p{L})the\\s+)government(?:'s|’s|s)?)";

/** "<party>'s official position", "the official chinese stance", "the us government's position". */
const REGISTER_BEFORE = lean(
  new RegExp(`(?<!\\p{L})(?:${REGISTER}\\s+){1,2}(?=${POSITION}(?!\\p{L}))`, "giu"),
);
/** "<party>'s official line": the register and "line" or "take" together. */
const REGISTER_LINE = lean(new RegExp(`(?<!\\p{L})(?:${REGISTER}\\s+){1,2}(?:line|take)(?!\\p{L})`, "giu"));
/** "the official chinese stance": the register before the party's adjective. */
const REGISTER_BEFORE_ADJECTIVE = lean(
  new RegExp(`(?<!\\p{L})${REGISTER}\\s+(?=\\p{L}+(?:an|ese|ish|i)\\s+${POSITION}(?!\\p{L}))`, "giu"),
);
/** "what is the (official) position of (the) X[ on …]": the party after "of", one or two words. */
const POSITION_OF = lean(
  new RegExp(
    `(?<!\\p{L})the\\s+(${POSITION})\\s+of\\s+((?:the\\s+)?\\p{L}+(?:\\s+(?:government|officials|leadership|authorities))?)(?=\\s*(?:[?.!]|$|\\s+(?:on|about|to|regarding|towards?)(?!\\p{L})))`,
    "iu",
  ),
);

/** The question with the register word taken off a party's position, or as it came. */
export function asOfficialPosition(text: string): string {
  if (text.length > 200) return text;
  // "official line" / "official take" is the position: the noun the speaker slot reads.
  const plain = text
    .replace(REGISTER_BEFORE_ADJECTIVE, "")
    .replace(REGISTER_LINE, "position")
    .replace(REGISTER_BEFORE, "");
  if (plain === text) return text;
  return plain.replace(POSITION_OF, (_m, noun: string, party: string) => `${party}'s ${noun}`);
}
