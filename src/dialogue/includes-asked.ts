// "Does that include talking to both sides?", "это включает общение с обеими сторонами?" after an answer (the
// Kremlin wants a constructive role): whether the last answer's point takes in another the article states. Yes
// when the question finds an entry whose own yes/no question the curators answer Yes, and that entry speaks of a
// voice the last answer quotes too (the Kremlin). Otherwise null — the general yes/no path reads it as before,
// where the claim checker, not knowing "stay in touch" for "maintain communication", could only say doesn't say.
import type { Answer, Lang } from "../answering/types.js";
import { wordStart } from "../answering/word-start.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";

const INCLUDES_EN =
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|do|did|would|will|is) (?:that|this|it|the role|that role|this aim) (?:also |even |then )?(?:include|involve|mean|cover|entail|extend to|come with|including|involving|mean) (\p{L}+(?:[ -]\p{L}+){0,9})$/u;
const INCLUDES_RU =
  /^(?:(?:а|и|так|но)[, ]+)?(?:это|оно|она|он|эта роль)(?: ли)? (?:в том числе |также |тоже |ещ[её] и )?(?:включает|подразумевает|означает|предполагает|значит|охватывает)(?: ли)?(?: в себя)?(?: (?:и|в том числе|также|тоже))? (\p{L}+(?: \p{L}+){0,9})$/u;

/**
 * "and direct talks between israelis and palestinians, is that part of it too?", "does that include direct
 * israeli-palestinian talks as well?", «а прямой диалог, это тоже туда входит?»: a point asked of the last answer
 * that its own quote of the same voice states (dialog48).
 */
const PART_OF_EN =
  /^(?:(?:and|so|but|ok|okay|what about)[, ]+)?(\p{L}+(?:[ -]\p{L}+){0,9}?),? (?:is|was|are) (?:that|this|it|those|these) (?:also )?(?:part of (?:it|that|this|them|the plan|what (?:they|he|it) wants?)|included|in there|on the list|among them)(?: too| as well| also)?$/u;
const PART_OF_RU =
  /^(?:(?:а|и|так|но)[, ]+)?(\p{L}+(?:[ -]\p{L}+){0,9}?),? (?:это|оно|он|она)? ?(?:тоже|также)? ?(?:туда |в это )?(?:входит|включено|относится|часть этого)(?: туда| сюда)?(?: тоже| также)?$/u;
const TOO = /(?<!\p{L})(?:too|as well|also|тоже|также)(?!\p{L})$/u;
const FILLER =
  /^(?:the|a|an|and|of|to|for|with|between|about|that|this|все|и|в|на|с|между|о|об|про|для|тоже|также)$/u;

/** Whether most content words of `object` start a word of `text` (first five letters, or the whole short word). */
function statedIn(object: string, text: string): boolean {
  const words = object.split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !FILLER.test(w));
  if (words.length === 0) return false;
  const stems = new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .map(wordStart),
  );
  const found = words.filter((w) => stems.has(wordStart(w))).length;
  return found * 2 > words.length && found >= 2;
}

/** The confidence under which the found entry is a guess, not the question's own entry. */
const SURE = 0.5;

export function createIncludesAsked(kit: DialogueKit) {
  const { engine, conversation, speakers } = kit;
  return (
    folded: string,
    asked: Lang,
    lang: Lang,
    entryId: string | null,
    speakerId: string | null,
  ): Answer | null => {
    const text = withoutEndMarks(folded).trim();
    const partOf = (asked === "ru" ? PART_OF_RU : PART_OF_EN).exec(text)?.[1];
    const object = partOf ?? (asked === "ru" ? INCLUDES_RU : INCLUDES_EN).exec(text)?.[1];
    if (!object) return null;
    // The point stated by the last answer's own quote: Yes on that answer.
    const lastAnswer = entryId ? engine.answerForEntry(entryId, lang) : null;
    const plain = object.replace(TOO, "").trim();
    if (
      lastAnswer?.answered &&
      lastAnswer.quotes.some((q) => statedIn(plain, `${q.text} ${q.translation ?? ""}`))
    )
      return lastAnswer;
    if (partOf) return null;
    // The last answer's voices: its entry's quotes, or the one voice a quotes answer ("what does the Kremlin
    // say it is doing?") gave.
    const last = entryId ? engine.answerForEntry(entryId, lang) : null;
    const voices = new Set(last ? last.quotes.map((q) => q.speakerId) : speakerId ? [speakerId] : []);
    if (voices.size === 0) return null;
    // The whole question, then the point asked of each voice ("the Kremlin talking to both sides").
    const readings = [text, ...[...voices].map((v) => `${speakers.shortName(v, asked)} ${object}`)];
    for (const reading of readings) {
      const found = engine.findAnswer(reading, lang);
      const id = found.answered && found.kind === "entry" ? found.entry?.id : undefined;
      if (!id || id === entryId || found.confidence < SURE) continue;
      if (conversation.verdicts.get(id) !== "yes") continue;
      if (found.quotes.some((q) => voices.has(q.speakerId))) return found;
    }
    return null;
  };
}
