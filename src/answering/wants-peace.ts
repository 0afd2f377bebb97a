// Whether a party wants peace, asked with a verb or a stance word of wanting ("does putin want peace", "is russia in
// favour of a ceasefire", "is putin pro peace", "does the kremlin support a truce", "does moscow want the war to
// end"): whether it wants a ceasefire, which the article reports Putin urging (readers.ts; the knowledge base's own
// phrasings are not rewritten). Read as typed, "peace" found the entries about the peace process (what Putin left
// out of his remarks, answered "No"), "favour" and "pro" the entries about Russia's ties, "support" the Palestinian
// state. Only peace or an end to the fighting is read so: "does russia support hamas" stays a question of ties,
// and "peace talks" or "the peace process" stay as typed.

/** Peace, a truce or an end to the fighting, as the thing wanted; war offered against peace too (quality33). */
const PEACE =
  "(?:(?:more\\s+)?war\\s+or\\s+(?:for\\s+)?peace|peace\\s+or\\s+(?:for\\s+)?(?:more\\s+)?war|(?:(?:a|an|some)\\s+)?(?:(?:lasting\\s+|real\\s+)?peace(?:\\s+(?:deal|agreement|settlement))?(?!\\s+(?:process|talks|efforts|negotiations|plan|initiative))|truce|ceasefire|cease-fire|cease\\s+fire|an?\\s+end\\s+to\\s+(?:the|this|all\\s+the)?\\s*(?:war|fighting|violence|conflict|bloodshed|killing)|(?:the|this)\\s+(?:war|fighting|violence|conflict|bloodshed|killing)\\s+to\\s+(?:end|stop)))\\b";

/** The parties whose stance on peace the article reports, and the pronouns that stand for them. */
const PARTY =
  "((?:vladimir\\s+)?putin|russia|moscow|the\\s+kremlin|kremlin|the\\s+russians|the\\s+russian\\s+(?:president|leader|government|side)|he|they)";
/** "is russia in favour of peace", "is putin pro a ceasefire": the stance word after the party. */
const STANCE_ON_PEACE = new RegExp(
  `\\b(?:is|are|was|were)\\s+${PARTY}\\s+(?:really\\s+|actually\\s+)?(?:in\\s+favou?r\\s+of|pro|for|supportive\\s+of|on\\s+board\\s+with)\\s+${PEACE}`,
  "gi",
);
/** "does putin want peace", "the kremlin supports a truce", "moscow wants the war to end", "does he advocate a truce". */
const WANTS_PEACE = new RegExp(
  `\\b(want|wants|wanted|wanting|support|supports|supported|supporting|back|backs|backed|backing|favou?r|favou?rs|endorse|endorses|seek|seeks|seeking|advocate|advocates|advocated|advocating|champion|champions|(?:push|pushes|pushed|press|presses|pressed|argue|argues|argued)\\s+for)\\s+${PEACE}`,
  "gi",
);
const WANT_OF: Record<string, string> = { s: "wants", d: "wanted", g: "wanting" };

/** The question with peace wanted read as a ceasefire wanted, or as it came. */
export function asPeaceWanted(s: string): string {
  if (!/\b(?:peace|truce|cease|end\b|stop\b)/i.test(s) || s.length > 400) return s;
  return s.replace(STANCE_ON_PEACE, "does $1 want a ceasefire").replace(WANTS_PEACE, (_m, verb: string) => {
    const last = verb.toLowerCase().split(/\s+/)[0]!.at(-1)!;
    return `${WANT_OF[last] ?? "want"} a ceasefire`;
  });
}
