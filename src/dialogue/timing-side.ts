// Kind: an either-or on when, asked right after an answer — "like right now or eventually?", "straight away or
// later?", «сразу или потом?», "an immediate one or eventually?" after Putin's call for a ceasefire. Neither side
// is a word of the evidence, so the bare alternative found no side it names and the message went to the engine alone ("doesn't cover that"). A side
// that says "now" is named by the evidence's "immediate"/"urgent" («немедлен…», «срочн…»); one that says "later"
// by the evidence's own later words only (the article has none). Null for a side that is no time word.

const LEAD = /^(?:(?:like|just|maybe|perhaps|so|and|or|типа|прям|ну)\s+)+/u;
const NOW_EN =
  /^(?:(?:an? )?(?:immediate|urgent|instant)(?: one)?|(?:right |just )?now|(?:right|straight) away|straightaway|immediately|at once|asap|instantly|today|this (?:minute|second)|as soon as possible|(?:in|over) the short term|soon)$/u;
const NOW_RU =
  /^(?:немедленн(?:ое|ый|ая|ые|ого|ой|ую)|срочн(?:ое|ый|ая|ые|ого|ой|ую)|(?:прямо )?сейчас|сразу(?: же)?|немедленно|срочно|тут же|прямо сразу|незамедлительно|как можно скорее|в ближайшее время|скоро)$/u;
const LATER_EN =
  /^(?:eventually|later(?: on)?|some ?day|one day|at some point(?: later)?|some time later|down the (?:line|road)|in the (?:future|long run|long term)|over time|in time|in a while|long[- ]term)$/u;
const LATER_RU =
  /^(?:(?:когда-нибудь|когда-то|как-нибудь)(?: потом)?|потом|позже|позднее|со временем|в будущем|в перспективе|в конце концов|когда-нибудь в будущем|в долгосрочной перспективе)$/u;
const SAID_NOW =
  /(?<!\p{L})(?:immediate\p{L}*|urgent\p{L}*|urgency|немедлен\p{L}*|незамедлит\p{L}*|срочн\p{L}*)/u;
const SAID_LATER =
  /(?<!\p{L})(?:eventual\p{L}*|later|long[- ]term|в будущем|со временем|позже|потом)(?!\p{L})/u;

/** Whether the evidence (folded) names a time side of an either-or; null when the side is no time word. */
export function timingSideNamed(side: string, said: string): boolean | null {
  const bare = side.trim().replace(LEAD, "").trim();
  if (NOW_EN.test(bare) || NOW_RU.test(bare)) return SAID_NOW.test(said);
  if (LATER_EN.test(bare) || LATER_RU.test(bare)) return SAID_LATER.test(said);
  return null;
}
