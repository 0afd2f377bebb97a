// Whether what a voice is asked to have proposed is a remedy in general ("did putin propose a solution?", "did he
// suggest a way out?", "has he recommended any remedy for it?"; dialogues115's d115-21, quality47). called-for.ts
// wants the asked act in the evidence and says "doesn't say" when the claim checker misses it; a remedy named by no
// kind is no act of its own but what the voice calls for, whatever it is — the engine's own verdict on its card
// (answering/owned-points-more.ts: Putin's ceasefire and renewed talks, Yes) decides. A kind named ("a military
// solution", "a two-state solution") is an act the evidence must hold, and stays with called-for.ts.
import { OBJECT, REMEDY, SETTING } from "../answering/remedy-proposed.js";

const GENERIC_REMEDY = new RegExp(
  String.raw`^\s*(?:(?:a|an|any|some|his\s+own|her\s+own|its\s+own|a\s+possible|any\s+kind\s+of)\s+)?(?:${REMEDY})(?:\s+(?:for|to|of|from)\s+(?:${OBJECT}))?(?:\s+${SETTING})?(?:\s+(?:at\s+all|then|too))?\s*[?!.]*\s*$`,
  "iu",
);

/** True when the act after a call verb is a remedy in general, no kind of it named. */
export function asksGenericRemedy(act: string): boolean {
  return act.length <= 80 && GENERIC_REMEDY.test(act);
}
