// A story person given the wrong country's office ("Is Erdogan the president of Egypt in this story?", "is erdogan
// egypt's president in the article?", "is peskov the leader of iran here?"): the asker wants who that person is.
// Read as typed, the unknown country sent the question to the vocabulary gate (refused). Read as "who is <name>",
// the card gives the person's real office (the yes/no layer says No). The person's own country ("is putin the
// president of russia") stays as typed. A guess stated with a tag ("erdogan is irans president isnt he", "putin is
// the president of belarus, right?") or the country as an adjective ("peskov is the iranian foreign minister") is
// the same question (dialogues49's kind). Another name for the office ("is peskov russias top diplomat", "the
// chief diplomat", "premier") is the same guess (quality29).

const OFFICE =
  "(?:president|leader|head|prime\\s+minister|pm|ruler|king|spokesman|spokesperson|(?:foreign|defen[cs]e)\\s+minister|(?:top|chief|senior)\\s+diplomat|foreign\\s+secretary|premier|chancellor)";
const NAME = "(erdogan|putin|peskov)";
const FIRST = "(?:recep\\s+tayyip\\s+|vladimir\\s+|dmitry\\s+)?";
/** "is erdogan …" or "erdogan is …": the person, then the office guessed. */
const OPEN = `^\\s*(?:so\\s+)?(?:(?:is|was)\\s+${FIRST}${NAME}|${FIRST}${NAME}(?:\\s+(?:is|was)|'s))\\s+(?:really\\s+|actually\\s+)?`;
const OF_PLACE = new RegExp(`${OPEN}(?:the\\s+)?${OFFICE}\\s+of\\s+(?:the\\s+)?(\\w+)`, "i");
/** "egypt's president", "irans president" (the apostrophe left out). */
const PLACE_S = new RegExp(`${OPEN}(\\w+?)'?s\\s+${OFFICE}\\b`, "i");
/** "the iranian foreign minister", "the syrian president": the country as an adjective. */
const PLACE_ADJECTIVE = new RegExp(`${OPEN}(?:the\\s+)?(\\w+(?:ian|ese|ish|i))\\s+${OFFICE}\\b`, "i");
/** Each person's own country words: an office there is no mistake. */
const OWN: Readonly<Record<string, RegExp>> = {
  erdogan: /^(?:turkey|turkiye|türkiye|turks?|turkish)$/i,
  putin: /^(?:russia|russian|russians|kremlin)$/i,
  peskov: /^(?:russia|russian|kremlin)$/i,
};

/**
 * Each person's real office: in his own country another office ("is peskov russia's foreign minister", "is erdogan
 * the turkish prime minister") is the same mistake, answered by who he is.
 */
const REAL: Readonly<Record<string, RegExp>> = {
  erdogan: /\b(?:president|leader|head)\s*$/i,
  putin: /\b(?:president|leader|head|ruler)\s*$/i,
  peskov: /\b(?:spokesman|spokesperson)\s*$/i,
};
const OFFICE_AT = new RegExp(`${OFFICE}(?=\\s+of\\b|\\s*$)`, "i");

/** The question read as "who is <name>", or as it came. */
export function asMistakenOffice(text: string): string {
  if (text.length > 160) return text;
  const t = text.replace(/[\u2018\u2019]/g, "'");
  const m = OF_PLACE.exec(t) ?? PLACE_S.exec(t) ?? PLACE_ADJECTIVE.exec(t);
  if (!m) return text;
  const name = (m[1] ?? m[2])!.toLowerCase();
  if (!OWN[name]!.test(m[3]!)) return `who is ${name}`;
  const office = OFFICE_AT.exec(m[0])?.[0] ?? "";
  return office === "" || REAL[name]!.test(office) ? text : `who is ${name}`;
}
