// Kind: "does putin want the fighting to continue?", "would he like the war to go on?", "does the kremlin want the
// violence to keep going?": a wish for the fighting to go on, which is the opposite of the ceasefire a voice calls
// for. Read word by word nothing in the article says "continue", so the verdict came out "doesn't say" even of
// Putin, whom the article has urging an immediate ceasefire. Asked as the stance it is — "does X oppose a
// ceasefire?" — the curated ceasefire entry answers No for Putin, and the claim checker "doesn't say" for a voice
// the article gives no stance (Erdogan). Russian ("хочет продолжения войны?") already reads as "против". Null for
// any other message; "did the fighting continue?" (an outcome, no wish) is left alone.
import { leanRegExp } from "../lib/lean-regexp.js";

const LEAD = "(?:(?:so|and|but|ok|okay|well|wait|then)[, ]+)*";
const FIGHTING =
  "(?:the |all |this |that )?(?:fighting|shooting|shelling|violence|killing|bloodshed|hostilities|bombing|bombardment|war|conflict|clashes|attacks|combat)";
const GOES_ON =
  "(?:continue|go on|keep going|carry on|drag on|last|escalate|get worse|intensify|spread|not stop|never end)";
const WISH_EN = leanRegExp(
  `^${LEAD}(?:does|did|would|do) ((?:the )?[\\p{L}'-]+(?: [\\p{L}'-]+)?) (?:actually |really |secretly )?(?:want|wish for|like|prefer|hope for|push for|call for) ${FIGHTING} to ${GOES_ON}\\s*\\?*$`,
  "iu",
);
/** "does putin want more fighting", "does he want the war continued": the same wish in a noun phrase. */
const MORE_EN = leanRegExp(
  `^${LEAD}(?:does|did|would|do) ((?:the )?[\\p{L}'-]+(?: [\\p{L}'-]+)?) (?:actually |really |secretly )?(?:want|wish for|prefer|push for|call for) (?:more (?:fighting|violence|war|bloodshed)|(?:an? )?escalation|${FIGHTING} (?:continued|prolonged|escalated))\\s*\\?*$`,
  "iu",
);

/**
 * The same wish as a claim put to the bot ("is it true that Putin wants the fighting to go on until Hamas is wiped
 * out?", what claim-frame.ts makes of "I read that …, is that what the article says?"): an aim after "until" is
 * the wish's end, not another claim (dialog44).
 */
const CLAIMED_EN = leanRegExp(
  `^${LEAD}(?:is it (?:really )?true that )?((?:the )?[\\p{L}'-]+(?: [\\p{L}'-]+)?) (?:actually |really |secretly )?(?:wants|wished for|would like|prefers|hopes for|pushes for|calls for|is pushing for) (?:${FIGHTING} to ${GOES_ON}|(?:israel|hamas|them|both sides|the (?:israelis|palestinians|sides)) to (?:keep|continue|go on|carry on) fighting)(?: (?:until|till|untill|til) [^?]{3,80})?\\s*\\?*$`,
  "iu",
);
const UNTIL = leanRegExp(`(${GOES_ON}) (?:until|till|untill|til) [^?]{3,80}?(?=\\s*\\?*$)`, "iu");

/** "does X oppose a ceasefire?" for a wish that the fighting go on, else null. */
export function fightingContinueOf(text: string): string | null {
  const t = text.trim();
  const who = WISH_EN.exec(t)?.[1] ?? MORE_EN.exec(t)?.[1] ?? WISH_EN.exec(t.replace(UNTIL, "$1"))?.[1];
  const claimed = who ? undefined : CLAIMED_EN.exec(t)?.[1];
  if (claimed && /^(?:it|that|this|there)$/iu.test(claimed)) return null;
  const asked = who ?? claimed;
  return asked ? `does ${asked} oppose a ceasefire?` : null;
}
