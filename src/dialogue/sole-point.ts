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

/**
 * "is that the main thing he holds against washington, or is there more?", «это главное, в чём он их упрекает, или
 * есть что-то ещё?»: the main point asked with a "more" after it is the only one asked (dialog48).
 */
const MAIN_OR_MORE_EN =
  /^(?:(?:so|and|but|ok|okay|wait)[, ]+)?(?:is|was) (?:that|this|it) (?:really )?(?:his|her|their|its|the) (?:main|biggest|key|chief|primary) \p{L}+(?: .+)?,? or (?:is there|are there|was there|does he have|did he have|has he got|do they have|anything|something|more|other)(?: .+)?$/u;
const MAIN_OR_MORE_RU =
  /^(?:(?:а|и|но|так)[, ]+)?(?:это )?(?:(?:его|е[её]|их) )?(?:главн|основн)\p{L}*(?: .+)?,? или (?:есть |было |у него )*(?:что-то |что-нибудь |ещ[её] )*(?:ещ[её]|друг\p{L}*|что-то|больше)(?: .+)?$/u;

/** Whether the folded message asks if the last answer's point is the only one. */
export const solePointAsked = (folded: string): boolean => {
  const text = folded.replace(/[?!.\s]+$/u, "");
  return SOLE_EN.test(text) || SOLE_RU.test(text) || MAIN_OR_MORE_EN.test(text) || MAIN_OR_MORE_RU.test(text);
};

interface QuotingEntry {
  id: string;
  kind: string;
  quotes: readonly { text: string; speaker: string }[];
}

/**
 * The entry that gives the last entry's voice on more points: its quotes all that voice's, sharing one with the last
 * entry and adding the most the last lacks ("is that his only complaint?" after the Palestinians' interests: the
 * entry with his charges against Washington). Null when no entry adds any.
 */
export function widerPointsOf(entries: readonly QuotingEntry[], lastId: string): string | null {
  const last = entries.find((e) => e.id === lastId);
  const voice = last?.quotes[0]?.speaker;
  if (!last || !voice || last.quotes.some((q) => q.speaker !== voice)) return null;
  const had = new Set(last.quotes.map((q) => q.text));
  let best: string | null = null;
  let bestAdded = 0;
  for (const e of entries) {
    if (e.id === lastId || e.kind !== "answer" || e.quotes.length === 0) continue;
    if (e.quotes.some((q) => q.speaker !== voice) || !e.quotes.some((q) => had.has(q.text))) continue;
    const added = e.quotes.filter((q) => !had.has(q.text)).length;
    const wider =
      added === bestAdded &&
      added > 0 &&
      e.quotes.length > (entries.find((x) => x.id === best)?.quotes.length ?? 0);
    if (added > bestAdded || wider) {
      best = e.id;
      bestAdded = added;
    }
  }
  return best;
}

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
