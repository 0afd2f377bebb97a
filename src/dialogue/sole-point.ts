// "Is that his only criticism?", "is that the one thing he blames them for?", "это его единственная претензия?"
// after an answer: whether the last answer's point is the only one. The last answer's evidence settles it when it
// quotes the same voice more than once (several points: No); one quote settles nothing here.
import type { Answer } from "../answering/types.js";

const POINT_EN =
  "criticism|criticisms|complaint|point|reason|concern|worry|problem|issue|objection|gripe|grievance|charge|accusation|claim|fault|demand|thing|argument";
const SOLE_EN = new RegExp(
  `^(?:(?:so|and|but|ok|okay|wait)[, ]+)?(?:is|was) (?:that|this|it) (?:really |actually )?(?:his|her|their|its|the) (?:only|sole|one|single) (?:${POINT_EN})(?: .+)?$|^(?:(?:so|and|but|ok|okay)[, ]+)?(?:is )?that (?:all|everything) (?:he|she|they|it) (?:criticises|criticizes|criticised|criticized|blames|blamed|says|said|objects to|has against|had against|complains about)(?: .+)?$`,
  "u",
);
const SOLE_RU =
  /^(?:(?:а|и|но|так)[, ]+)?(?:это )?(?:(?:его|е[её]|их) )?единственн\p{L}* (?:претензи\p{L}*|критик\p{L}*|упр[её]к\p{L}*|причин\p{L}*|обвинени\p{L}*|довод\p{L}*|аргумент\p{L}*|замечани\p{L}*|пункт\p{L}*|тезис\p{L}*)(?: .+)?$|^(?:(?:а|и|но|так)[, ]+)?(?:он |она |они )?(?:критику\p{L}+|вин\p{L}+|упрека\p{L}+) (?:их |его |е[её] )?только (?:за )?это$/u;

/** Whether the folded message asks if the last answer's point is the only one. */
export const solePointAsked = (folded: string): boolean => {
  const text = folded.replace(/[?!.\s]+$/u, "");
  return SOLE_EN.test(text) || SOLE_RU.test(text);
};

/** No where the evidence quotes one voice on more than one passage: the article gives several points. */
export function solePointVerdict(evidence: Answer): "no" | null {
  const bySpeaker = new Map<string, Set<string>>();
  for (const q of evidence.quotes) {
    const spans = bySpeaker.get(q.speaker) ?? new Set<string>();
    spans.add(q.text);
    bySpeaker.set(q.speaker, spans);
  }
  return [...bySpeaker.values()].some((s) => s.size >= 2) ? "no" : null;
}
