// What someone wants in place of the fighting ("what does putin want instead of the fighting?", "rather than more
// bloodshed, what is he calling for?", "what would putin like to see in place of the violence?"): the violence
// named after "instead of" is what is to be replaced, not the topic; left in, it pulled the question to the
// entries about the violence and where it happens. It is taken off, and "would X like to see" read as "does X
// want". One of the English question rewrites (readers.ts).

const VIOLENCE =
  "(?:war|wars|fighting|violence|bloodshed|killing|killings|conflict|hostilities|clashes|strikes|bombing|escalation)";
/** The phrases of replacing: "instead of", "rather than", … */
const REPLACING =
  "(?:instead\\s+of|in\\s+place\\s+of|rather\\s+than|as\\s+an\\s+alternative\\s+to|as\\s+opposed\\s+to)";
/** "instead of (all) (the|this|more) fighting", placed anywhere, with its comma. */
const INSTEAD = new RegExp(
  `\\s*,?\\s*\\b${REPLACING}\\s+(?:all\\s+)?(?:the\\s+|this\\s+|that\\s+|more\\s+|any\\s+|further\\s+|continued\\s+)?${VIOLENCE}\\b\\s*,?`,
  "i",
);
/** REPLACING alone, with no white space before it to backtrack over: a linear test. */
const REPLACING_ALONE = new RegExp(`\\b${REPLACING}`, "i");
/** "what would putin like to see", "what would he like to happen": a want. */
const LIKE_TO_SEE = /\bwould\s+(\S+)\s+like\s+to\s+(?:see|happen|have)\b/i;

/** The question without the violence it would replace; as it came when it names none. */
export function withoutReplacedViolence(text: string): string {
  // INSTEAD's leading optional white space backtracks over long runs of spaces: read only a text that holds one
  // of its phrases.
  if (!REPLACING_ALONE.test(text) || !INSTEAD.test(text)) return text;
  const out = text
    .replace(INSTEAD, " ")
    .replace(LIKE_TO_SEE, "does $1 want")
    .replace(/\s+/g, " ")
    .replace(/\s+([?!.])/g, "$1")
    .trim();
  return /\p{L}/u.test(out) && out.split(" ").length >= 2 ? out : text;
}
