// "Does that include talking to both sides?", "это включает общение с обеими сторонами?" after an answer (the
// Kremlin wants a constructive role): whether the last answer's point takes in another the article states. Yes
// when the question finds an entry whose own yes/no question the curators answer Yes, and that entry speaks of a
// voice the last answer quotes too (the Kremlin). Otherwise null — the general yes/no path reads it as before,
// where the claim checker, not knowing "stay in touch" for "maintain communication", could only say doesn't say.
import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";

const INCLUDES_EN =
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|do|did|would|will|is) (?:that|this|it|the role|that role|this aim) (?:also |even |then )?(?:include|involve|mean|cover|entail|extend to|come with|including|involving|mean) (?:\p{L}+ ?){1,10}$/u;
const INCLUDES_RU =
  /^(?:(?:а|и|так|но)[, ]+)?(?:это|оно|она|он|эта роль)(?: ли)? (?:в том числе |также |тоже |ещ[её] и )?(?:включает|подразумевает|означает|предполагает|значит|охватывает)(?: ли)?(?: в себя)?(?: (?:и|в том числе|также|тоже))? (?:\p{L}+ ?){1,10}$/u;

/** The confidence under which the found entry is a guess, not the question's own entry. */
const SURE = 0.5;

export function createIncludesAsked(kit: DialogueKit) {
  const { engine, conversation } = kit;
  return (folded: string, asked: Lang, lang: Lang, entryId: string | null): Answer | null => {
    if (!entryId) return null;
    const text = folded.replace(/[?!.…\s]+$/u, "").trim();
    if (!(asked === "ru" ? INCLUDES_RU : INCLUDES_EN).test(text)) return null;
    const found = engine.findAnswer(text, lang);
    const id = found.answered && found.kind === "entry" ? found.entry?.id : undefined;
    if (!id || id === entryId || found.confidence < SURE) return null;
    if (conversation.verdicts.get(id) !== "yes") return null;
    const last = engine.answerForEntry(entryId, lang);
    const voices = new Set((last?.quotes ?? []).map((q) => q.speakerId));
    return found.quotes.some((q) => voices.has(q.speakerId)) ? found : null;
  };
}
