// Kind (dialog43b, d108-24#3): "does putin support that?", "does he back it?" after an answer on the Palestinians'
// aspiration for an independent state (whose aspirations US policy overlooked, what they aspire to). "that" is the
// state the last answer names, and the article has Putin acknowledge the need for a Palestinian state: asked as
// "does putin support a palestinian state?" (Yes on its card). Before, "that" found nothing ("doesn't cover that") or
// no verdict. Only when the last answer names the state and Putin (or "he" of his card) is asked.
import type { Lang } from "../answering/types.js";
import { foldQuestion, withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueContext } from "./types.js";

const SUPPORT_THAT_EN =
  /^(?:(?:so|and|but|ok|okay|well|then|hmm)[,.! ]+)*(?:does|did|would|is) (putin|he) (?:(?:actually|really|himself|even) )?(?:support|back|endorse|favou?r|agree with|for|in favou?r of|on board with) (?:that|it|this|that idea|the idea)(?:,? (?:then|though|himself|at least))*$/u;
const SUPPORT_THAT_RU =
  /^(?:(?:а|и|так|ну|но)[,.! ]+)*(?:(путин|он) )?(?:сам )?(?:это|эту идею|е[её]|такое) (?:(путин|он) )?(?:поддерживает|одобряет|разделяет)(?: (путин|он))?(?: сам)?$/u;
const STATE =
  /(?:independent state|palestinian state|state of their own|независим\p{L}* государств|палестинск\p{L}* государств|собственн\p{L}* государств)/u;

/** The support asked of the state the last answer names, or null. */
export function supportThatOf(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): string | null {
  if (!context?.entryId || context.refused || text.length > 60) return null;
  const q = withoutEndMarks(foldQuestion(text));
  const en = SUPPORT_THAT_EN.exec(q);
  const ru = en ? null : SUPPORT_THAT_RU.exec(q);
  if (!en && !ru) return null;
  const who = (en ? [en[1]] : [ru?.[1], ru?.[2], ru?.[3]]).find(Boolean);
  // "he" is Putin only where the last card is his (or no voice's).
  if (who === "he" || who === "он") {
    if (context.speakerId != null && context.speakerId !== "putin") return null;
  } else if (!who) return null;
  const last = kit.engine.answerForEntry(context.entryId, ru ? "ru" : lang);
  if (!last?.answered || !STATE.test(last.answer.toLowerCase())) return null;
  return ru
    ? "путин поддерживает создание палестинского государства?"
    : "does putin support a palestinian state?";
}
