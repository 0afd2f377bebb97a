// The ceasefire and the talks said in several words, for joinPhrasalVerbs (phrasal.ts): "no rush" and "can wait" as
// "not urgent", "stopping the fire" as "a ceasefire", "both sides to stop fighting" as "them", "right away" as
// "immediately", "new talks" and "back to the table" as the resumption. Apart from phrasal.ts so that file keeps the
// order of the rewrites; parties.ts reads the claim without the ceasefire's own parties (withoutCeasefireSides).

import { lean } from "../lib/lean-regexp.js";

/** How urgent, said in several words: "there is no rush to agree a ceasefire", "the ceasefire can wait". */
export const NOT_URGENT = lean(/\b(?:(?:is|was)\s+)?(?:in\s+)?no\s+(?:rush|hurry)\b/giu);
export const CAN_WAIT = lean(/\b(?:can|could|may|might|should|must|will|would)\s+wait\b/giu);
/** "stopping the fire", "halt the shooting", "the shooting to stop": a ceasefire said in a verb and its object. */
export const STOP_FIRE = lean(
  /\b(?:stop|stops|stopped|stopping|halt|halts|halted|halting|cease|ceases|ceased|ceasing)\s+(?:the\s+)?(?:fire|firing|shooting)\b|\bthe\s+(?:firing|shooting)\s+to\s+(?:stop|cease|halt)\b/giu,
);
/**
 * (claims34) "both sides to stop fighting", "the two sides to cease hostilities": the ceasefire's own parties (a
 * ceasefire is both sides' stopping), read as "them"; "both sides" lined up with nothing read as a party added
 * (claims-blind54: "putin wants both sides to stop fighting right away …" altered).
 */
export const BOTH_SIDES_STOP = lean(
  /\b(?:both|the\s+two|the\s+warring|all|each)\s+(?:sides|parties|side)(?:\s+(?:of|in)\s+the\s+(?:conflict|war|fighting))?(?=\s+to\s+(?:stop|cease|halt|end|quit)\s+(?:the\s+)?(?:fighting|hostilities|firing|shooting)\b)/giu,
);

/** The claim without the ceasefire's own parties ("both sides to stop fighting"): what parties.ts reads of it. */
export const withoutCeasefireSides = (text: string): string => text.replace(BOTH_SIDES_STOP, "them");

/** "right away", "at once": immediately. */
export const AT_ONCE = lean(/\b(?:right\s+away|straight\s+away|at\s+once|without\s+delay)\b/giu);

/**
 * (verdict50) "new / fresh talks", "a new round of negotiations": the talks again, as the article's "the resumption of
 * the negotiation process" says ("new" was read as a word of its own in the place of "urgent"); "a return to the
 * (negotiating) table", "get back to the table": a return to negotiations (opposites.ts puts "return" beside
 * "resumption"). Only right before the talks: "a new mediator" stays, and so does "the launch of a new negotiation
 * process" (claims-blind15: a process of its own, not the old one resumed).
 */
export const NEW_TALKS = lean(
  /\b(?:new|fresh)\s+(?:round\s+of\s+|rounds\s+of\s+)?(?=(?:peace\s+)?(?:talks|negotiations)\b)/giu,
);
export const BACK_TO_TABLE = lean(
  /\b(return|returns|returned|returning|get\s+back|gets\s+back|got\s+back|getting\s+back|go\s+back|come\s+back)\s+to\s+the\s+(?:negotiating\s+|negotiation\s+|peace\s+)?table\b/giu,
);
export const RETURN_FORM: Record<string, string> = {
  returns: "returns",
  returned: "returned",
  returning: "returning",
};
