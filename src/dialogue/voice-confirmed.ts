// "а Песков это подтвердил?", "did Putin confirm that?", "has the Kremlin backed it?" after an answer giving
// another voice's words: whether a second voice the article quotes confirmed the first one's point. The article
// reports no voice confirming another's, so the article doesn't say, with the last answer as the evidence. Not
// when the voice asked is the last answer's own ("did Peskov confirm it?" after Peskov's words: his own point).
import type { Answer, Lang } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { withoutOwnVerdict } from "./own-verdict.js";

const CONFIRMED_EN =
  /^(?:(?:and|so|but|ok|okay|well)[, ]+)?(?:did|has|does|have|do) (.{2,30}?) (?:(?:also|ever|actually|really|even) )?(?:confirm|endorse|echo|back|second|repeat|reaffirm|agree with|go along with|stand by)(?:ed)? (?:that|this|it|those words|these words|the claim|the point|his words)(?: too| as well| either)?$/u;
const CONFIRMED_RU =
  /^(?:(?:а|и|ну|так)[, ]+)?(.{2,30}?) (?:(?:это|тоже|также|вообще|хоть|с этим|эти слова|его слова) )*(?:подтвердил\p{L}*|подтверждает|подтверждал\p{L}*|поддержал\p{L}*|повторил\p{L}*|согласил\p{L}*|согласен|одобрил\p{L}*)(?: (?:это|этого|с этим|эти слова|его слова|тоже|также))*$/u;

export function createVoiceConfirmed(kit: DialogueKit) {
  const { engine, speakers } = kit;
  return (
    folded: string,
    asked: Lang,
    lang: Lang,
    entryId: string | null,
    lastSpeaker: string | null,
    lastQuestion: string | null,
  ): Answer | null => {
    if ((!entryId && !lastQuestion) || folded.length > 100) return null;
    const text = withoutEndMarks(folded).trim();
    const m = (asked === "ru" ? CONFIRMED_RU : CONFIRMED_EN).exec(text);
    const voice = m?.[1] ? speakers.namedIn(m[1])[0] : undefined;
    // Russian needs the pronoun object somewhere ("а Песков подтвердил?" alone may ask of his own words).
    if (!voice || !speakers.isQuoted(voice.id) || voice.id === lastSpeaker) return null;
    if (asked === "ru" && !/(?<!\p{L})(?:это|этого|с этим|эти слова|его слова)(?!\p{L})/u.test(text))
      return null;
    // The last answer: its entry, or a voice's quotes asked for by the last question ("что сказал Песков?").
    const last = entryId ? engine.answerForEntry(entryId, lang) : kit.findAnswer(lastQuestion ?? "", lang);
    if (!last?.answered) return null;
    // Whose the last answer's words are: the voice asked must not be among them.
    const quoted = new Set(last.quotes.map((q) => q.speakerId));
    if (quoted.has(voice.id)) return null;
    return { ...last, answer: withoutOwnVerdict(last.answer) };
  };
}
