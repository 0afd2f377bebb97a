// "is the Quartet involved in it too?", "does it play a role in that?" after an answer about the talks (Putin
// wants the negotiation process resumed; Washington monopolizing peace efforts): the pronoun is the last answer's
// process, so the question is asked again of the negotiations and read by part-in.ts on the evidence it finds
// (the Quartet "formed to facilitate Israeli-Palestinian negotiations"): Yes, or null (left to the usual path).
import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { partInVerdict } from "./part-in.js";

const PRONOUN_END =
  /(?<= (?:part of|involved in|involved with|engaged in|taking part in|a (?:player|participant|party) in|(?:part|role|hand) in)) (?:it|that|this|them|those)((?: (?:too|as well|also|at all))?)$/u;
/** The last answer is about the talks: its words for the process. */
const PROCESS =
  /(?<!\p{L})(?:negotiat\p{L}*|peace (?:process|efforts|talks)|talks|переговор\p{L}*|мирн\p{L}* процесс\p{L}*)/u;

export function createPartInPronoun(kit: DialogueKit) {
  const { engine } = kit;
  return (folded: string, asked: Lang, lang: Lang, entryId: string | null): Answer | null => {
    if (asked !== "en" || !entryId) return null;
    const text = folded.replace(/[?!.…\s]+$/u, "").trim();
    if (!PRONOUN_END.test(text)) return null;
    const last = engine.answerForEntry(entryId, lang);
    const about = [last?.answer ?? "", ...(last?.quotes ?? []).map((q) => q.text)].join(" ").toLowerCase();
    if (!last?.answered || !PROCESS.test(about)) return null;
    const question = text.replace(PRONOUN_END, " the negotiations$1");
    const found = engine.findAnswer(question, lang);
    return found.answered && partInVerdict(question, found) === "yes" ? found : null;
  };
}
