// A story person given the wrong country's office ("Is Erdogan the president of Egypt in this story?", "is erdogan
// egypt's president in the article?", "is peskov the leader of iran here?"): the asker wants who that person is.
// Read as typed, the unknown country sent the question to the vocabulary gate (refused). Read as "who is <name>",
// the card gives the person's real office (the yes/no layer says No). The person's own country ("is putin the
// president of russia") stays as typed.

const OFFICE =
  "(?:president|leader|head|prime\\s+minister|pm|ruler|king|spokesman|spokesperson|foreign\\s+minister)";
const NAME = "(erdogan|putin|peskov)";
const OF_PLACE = new RegExp(
  `^\\s*(?:so\\s+)?(?:is|was)\\s+(?:recep\\s+tayyip\\s+|vladimir\\s+|dmitry\\s+)?${NAME}\\s+(?:really\\s+|actually\\s+)?(?:the\\s+)?${OFFICE}\\s+of\\s+(?:the\\s+)?(\\w+)`,
  "i",
);
const PLACE_S = new RegExp(
  `^\\s*(?:so\\s+)?(?:is|was)\\s+(?:recep\\s+tayyip\\s+|vladimir\\s+|dmitry\\s+)?${NAME}\\s+(?:really\\s+|actually\\s+)?(\\w+)'s\\s+${OFFICE}\\b`,
  "i",
);
/** Each person's own country words: an office there is no mistake. */
const OWN: Readonly<Record<string, RegExp>> = {
  erdogan: /^(?:turkey|turkiye|türkiye|turks|turkish)$/i,
  putin: /^(?:russia|russian|russians|kremlin)$/i,
  peskov: /^(?:russia|russian|kremlin)$/i,
};

/** The question read as "who is <name>", or as it came. */
export function asMistakenOffice(text: string): string {
  if (text.length > 160 || !/^\s*(?:so\s+)?(?:is|was)\b/i.test(text)) return text;
  const t = text.replace(/[\u2018\u2019]/g, "'");
  const m = OF_PLACE.exec(t) ?? PLACE_S.exec(t);
  if (!m) return text;
  const name = m[1]!.toLowerCase();
  return OWN[name]!.test(m[2]!) ? text : `who is ${name}`;
}
