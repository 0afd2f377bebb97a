// A warring party's arms ("what weapons does hamas use", "what kind of rockets does hamas fire", "which weapons is
// the israeli military using", "where does hamas get its arms", "what missiles does israel have"): the article
// names Hamas and the Israeli military as the sides of the violence and gives nothing of what either fights with.
// Read as typed, "weapons" (a word of the military) with "hamas" found who is fighting (conflict-parties), a card
// that does not answer (wave BV, blind95). Asked of one of the warring sides, with no Russian giver named (Russia's
// arms are a gap of their own, russia-military-involvement), it is an encyclopedic fact: the engine's "trivia"
// answer type, refused (trivia.ts). Read on the normalised words.
import { leanRegExp } from "../lib/lean-regexp.js";

/** Arms of any name. */
const ARMS = leanRegExp(
  String.raw`\b(?:weapons?|weaponry|arms|armament|arsenal|rockets?|missiles?|munitions|ammunition|ammo|drones?|guns?|rifles?|tanks|artillery|firepower|warheads?)\b`,
);
/** One of the warring sides the arms would be of. */
const WARRING_SIDE = leanRegExp(
  String.raw`\b(?:hamas|israel|israels|israeli|israelis|idf|israeli (?:military|army|forces)|gaza|palestinians?|palestinian (?:militants|fighters|groups?))\b`,
);
/** A question of what the arms are, where they come from or whether a side has them. */
const ASKED = leanRegExp(
  String.raw`^(?:(?:so|and|but|wait|ok|okay) )?(?:what|which|where|how many|how much|what kind of|what type of|what sort of|does|do|did|is|are|has|have)\b`,
);
/** A Russian or other outside giver: russia-military-involvement's gap, or a question about the US's role. */
const GIVER = leanRegExp(
  String.raw`\b(?:russia|russian|russians|moscow|kremlin|putin|us|usa|america|american|washington|united states|iran|turkey|erdogan)\b`,
);

/** Whether the question (normalised words) asks what arms a warring side has or uses. */
export function asksPartyArsenal(words: string): boolean {
  return ASKED.test(words) && ARMS.test(words) && WARRING_SIDE.test(words) && !GIVER.test(words);
}
