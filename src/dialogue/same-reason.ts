// "is that the same reason it's close to hamas?", "is that also why it's friendly with the palestinians?", «это та
// же причина, по которой она близка к ХАМАС?» after an answer giving a reason (Russia's common ground with Israel:
// its former citizens there): whether the last answer's reason also explains another thing. The thing asked is read
// on its own; when it is another entry that quotes none of the last answer's passages, the article gives it a
// reason of its own (long-standing ties) and the last one is not it: No, with that entry as the evidence. The same
// entry, or one sharing a passage, is left to the general yes/no path (dialog48).
import type { Answer, Lang } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";

const SAME_EN =
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:is|was) (?:that|this|it) (?:also |then )?(?:the same reason|the reason|also the reason|why|also why|the same reason why|the reason why)(?: that)? (\p{L}+(?:['’]\p{L}+)?(?: \p{L}+(?:['’]\p{L}+)?){1,11})$/u;
const SAME_RU =
  /^(?:(?:а|и|так|но)[, ]+)?(?:это )?(?:(?:и |тоже |также )?(?:та же|та самая|тоже|также) причина|(?:по той же|по этой же|по той самой) причине|поэтому же|поэтому и|из-за этого же|из-за этого и)(?:,? (?:по которой|почему|что|из-за которой))? (\p{L}+(?: \p{L}+){1,11})$/u;

/** The confidence under which the found entry is a guess. */
const SURE = 0.6;

export function createSameReason(kit: DialogueKit) {
  const { engine } = kit;
  return (folded: string, asked: Lang, lang: Lang, entryId: string | null): Answer | null => {
    if (!entryId) return null;
    const text = withoutEndMarks(folded).trim();
    const clause = (asked === "ru" ? SAME_RU : SAME_EN).exec(text)?.[1];
    if (!clause) return null;
    const found = engine.findAnswer(asked === "ru" ? `почему ${clause}` : `why ${clause}`, lang);
    const id = found.answered && found.kind === "entry" ? found.entry?.id : undefined;
    if (!id || id === entryId || found.confidence < SURE) return null;
    const last = engine.answerForEntry(entryId, lang);
    if (!last?.answered || last.quotes.length === 0) return null;
    const had = new Set(last.quotes.map((q) => q.text));
    return found.quotes.length > 0 && found.quotes.every((q) => !had.has(q.text)) ? found : null;
  };
}
