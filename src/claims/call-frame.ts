// A stance said the other way round under the frame of the call: «В разговоре с Эрдоганом Путин поддержал политику
// США на Ближнем Востоке» (claims-blind47), "Speaking to Erdogan by phone, Putin backed the American approach to the
// Middle East". Without the frame the claim alters the blame of ¶1 (supports for "directs blame … failed policy");
// with it, Erdogan and the call pull the closest passage to ¶2's call, whose words the stance does not line up with,
// and the claim read "not in the article". The call is the article's own (¶2), so the frame adds no news: a claim
// read as not in the article that opens on the call with Erdogan is read again without that frame, and when that
// reading alters a passage the claim alters it too. Only "altered" is taken, never a confirmation; a claim whose
// content is news without the frame ("… Putin thanked Turkey …") stays not in the article. Bounded: one anchored
// run of fixed words.
import type { ClaimChecker } from "./types.js";
import { alteredWithout } from "./verdict.js";

/** "In / During (his) (phone) call with (Turkish leader) Erdogan,", "Speaking to Erdogan by phone,". */
const CALL_FRAME_EN =
  /^\s*(?:(?:in|during|on)\s+(?:(?:his|a|the|their|that)\s+)?(?:(?:recent|latest)\s+)?(?:(?:phone|telephone)\s+)?(?:call|conversation|talks?|phone)\s+(?:with|to)\s+|(?:speaking|talking)\s+(?:(?:by\s+phone|on\s+the\s+phone)\s+)?(?:to|with)\s+)(?:(?:turkish|turkey's)\s+(?:leader|president)\s+|president\s+)?(?:recep\s+(?:tayyip\s+)?)?erdogan(?:\s+(?:by\s+phone|on\s+the\s+phone|over\s+the\s+phone))?\s*,?\s+/iu;

/** «В (телефонном) разговоре с Эрдоганом», «Во время звонка Эрдогану», «Беседуя с Эрдоганом по телефону,». */
const CALL_FRAME_RU =
  /^\s*(?:(?:в|во\s+время)\s+(?:(?:своём|своем|недавнем)\s+)?(?:телефонно(?:м|го)\s+)?(?:разговор[еа]?|беседы|беседе|звонк[еа]|переговоров|переговорах)\s+(?:с\s+)?|(?:беседуя|разговаривая|говоря)\s+(?:по\s+телефону\s+)?с\s+)(?:(?:лидером|президентом)\s+Турции\s+)?(?:Реджепом\s+(?:Тайипом\s+)?)?Эрдоган\p{L}{0,3}(?:\s+по\s+телефону)?\s*,?\s+/iu;

/** The claim without its opening frame of the call with Erdogan; null when it opens on none. */
export function withoutCallFrame(text: string): string | null {
  const m = CALL_FRAME_EN.exec(text) ?? CALL_FRAME_RU.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** The checker, a claim not in the article that alters a passage once the frame of the call is off read as altered. */
export function judgingCallFrame(check: ClaimChecker): ClaimChecker {
  return alteredWithout(check, withoutCallFrame);
}
