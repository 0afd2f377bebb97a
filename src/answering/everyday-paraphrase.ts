// Everyday idioms for the article's ideas that split around other words, so a synonym group (matched word by word)
// cannot hold them (readers.ts; the knowledge base's own phrasings are not rewritten):
// - meeting someone halfway is a compromise ("was the us willing to meet *both sides* halfway"), and what both sides
//   "could live with" is what is acceptable to them — read as typed, "live" was the residing of former Russian
//   citizens in Israel and "willing" the Kremlin's readiness;
// - bringing someone in is involving them ("the foreign ministry's position on bringing the neighbours in"): read as
//   typed, "bringing" closed the topic after "on", a word the article never uses, and the question was refused;
// - a tie "explained by", "driven by", "rooted in" something is one because of it ("is russia's bond with israel
//   explained by arms deals": the reason asked, read with the link the reason readers know; quality45);
// - solutions, deals or terms "both sides could accept" (or "live with"), "mutually acceptable" ones, are the
//   article's compromises acceptable to both sides: read as typed, "solutions" was a settlement and "accept" no
//   word of the passage, and the question was refused as ambiguous (wave AK).

/** "meet both sides halfway", "meeting the palestinians halfway", "meet each other halfway". */
const MEET_HALFWAY = /\b(?:meet|meets|meeting|met)\s+((?:[a-z'’-]+\s+){0,3}?)half\s?-?way\b/gi;
/** "could live with", "can all live with": acceptable to those named before it. */
const LIVE_WITH = /\b(?:could|can|would|might|will)\s+(?:all\s+|both\s+|actually\s+)?live\s+with\b/gi;
/** "bringing the neighbours in", "bring regional players in": the "in" closes the clause. */
const BRING_X_IN =
  /\b(?:bring|brings|bringing|brought)\s+((?:the\s+|other\s+)?(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+)\s+in(?=\s*(?:[?.!,;]|$|\s+(?:to|on|too|as|and|or|now|more|at\s+all)\b))/gi;
/** "bringing in the neighbours". */
const BRING_IN_X = /\b(?:bring|brings|bringing|brought)\s+in\s+(?=(?:the\s+|other\s+)?[a-z])/gi;

/** "a group of four", "some body with four members", "a four-member club", "the foursome". */
const GROUP_OF_FOUR =
  /\b(?:(?:some|a|an|the|this|that)\s+)?(?:(?:group|body|club|bloc|forum|format|grouping|coalition|team|committee|mechanism|setup|outfit|alliance)\s+(?:of|with|made\s+up\s+of|that\s+had|having|consisting\s+of)\s+(?:four|4)(?:\s+(?:members|countries|parties|players|powers|sides|mediators|nations|bodies|states))?|(?:four|4)[- ](?:member|party|nation|power|way)\s+(?:group|body|club|bloc|forum|format|grouping|coalition|team|committee|mechanism)|foursome)\b/gi;

/** "explained by", "driven by", "motivated by", "rooted in", "down to" (after is/are): a cause's link. */
const EXPLAINED_BY =
  /\b(?:(?:explained|driven|motivated|caused|dictated)\s+(?:(?:mainly|mostly|largely|only|just|entirely)\s+)?by|rooted\s+in|(?<=\b(?:is|are|was|were|it's|that's)\s+(?:(?:mainly|mostly|largely|only|just|all|really)\s+)?)down\s+to)\b/gi;

/** "solutions both sides could accept", "a deal that each side would accept", "mutually acceptable terms". */
const BOTH_ACCEPT =
  /\b(?:(?:(?:a|an|any|some|the)\s+)?(?:solutions?|deals?|outcomes?|terms|options?|arrangements?|agreements?|formulas?|something|anything)\s+(?:that\s+|which\s+)?(?:both\s+(?:sides|parties)|each\s+side|all\s+sides|both)\s+(?:could|can|would|will|might)\s+(?:accept|agree\s+(?:to|on)|live\s+with)|(?:solutions?|deals?|outcomes?|terms|options?|arrangements?|agreements?|something|anything)\s+(?:that\s+|which\s+)?(?:suits?|satisf(?:y|ies)|works?\s+for)\s+(?:both\s+(?:sides|parties)|each\s+side|all\s+sides|both)|mutually\s+acceptable(?:\s+(?:solutions?|deals?|outcomes?|terms|options?|arrangements?|agreements?|compromises?))?)\b/gi;

/** The question with split idioms of compromise and involvement read as the article's words, or as it came. */
/**
 * The peace effort handled by the US without others, in everyday words ("wanting to handle the peace effort on their
 * own", "ran the talks by themselves"): its monopolising (wave AN). Engine only: the claim checker reads "sort it out
 * on their own" of the sides, a wording of its own.
 */
const ON_THEIR_OWN =
  /\b((?:handle|handled|handling|run|ran|running|runs|lead|led|leading|manage|managed|managing|steer|steered|steering|conduct|conducted|do|did|doing)\s+(?:the\s+|all\s+the\s+)?(?:peace\s+(?:effort|efforts|process|talks|push|drive)|talks|negotiations|mediation))\s+(?:on\s+their\s+own|by\s+themselves|all\s+by\s+themselves|to\s+themselves|alone|solo)\b/gi;

export function asEverydayParaphrase(text: string): string {
  if (
    text.length > 400 ||
    !/half|live\s+with|\bbr(?:ing|ought)|four|\b4\b|\bby\b|rooted|down\s+to|accept|agree|suit|satisf|works?\s+for|own|themselves|alone|solo/i.test(
      text,
    )
  )
    return text;
  return text
    .replace(EXPLAINED_BY, "because of")
    .replace(GROUP_OF_FOUR, "the quartet")
    .replace(MEET_HALFWAY, (_m, who: string) => `compromise with ${who.trim()}`.trim())
    .replace(LIVE_WITH, "would accept")
    .replace(BOTH_ACCEPT, "compromises acceptable to both sides")
    .replace(BRING_X_IN, "involving $1")
    .replace(BRING_IN_X, "involving ")
    .replace(ON_THEIR_OWN, "monopolizing the peace efforts");
}
