// Kind: «ладно. а песков там тоже есть?», «а путин там есть?», "is peskov in there too?" after a turn about the
// article itself («о чём статья?», «а статья про израиль?»): "there" is the article, and the question is whether it
// names that voice — «песков упоминается в статье?», which the mention readers answer Yes with its words. As it was,
// the pronoun-less name went to the engine alone ("who is Peskov": no Да, d76-38#3, d78-38#3). Only a voice of the
// story and only after a turn that asked what the article is about: «китай там есть?» after the Quartet's list is
// list-turns.ts's, «а россия там есть?» after «что такое квартет в статье» asks the Quartet's members.
import { foldQuestion } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

const THERE_RU = lean(
  /^(?:(?:ладно|ок|окей|хорошо|ясно|понял)[.,!]*\s+)?(?:(?:а|и|ну)\s+)?(\p{L}+(?: \p{L}+)?)\s+(?:(?:тоже|вообще|сам|сама)\s+)*(?:там|в ней)(?:\s+(?:тоже|вообще))?(?:\s+(?:есть|упоминается|фигурирует|упомянут|упомянута))?\s*\?*$/u,
);
const THERE_EN = lean(
  /^(?:(?:ok|okay|fine|and|so|alright)[,.!]*\s+)*(?:is|does)\s+(\p{L}+(?: \p{L}+)?)\s+(?:in (?:there|it)|mentioned(?: in (?:there|it))?|appear(?: in (?:there|it))?|come up)(?:\s+(?:too|at all|as well|also))?\s*\?*$/u,
);
/** The last turn asked what the article is about («о чём статья?», «а статья про израиль?», "what is the article
 * about"), not about a thing in it («что такое квартет в статье»: «там» is the Quartet, ru-05). */
const ABOUT_ARTICLE =
  /(?<!\p{L})(?:о ч[её]м|про что)(?!\p{L})[^?]*стать|стать\p{L}* (?:вообще )?(?:про|о|об)(?!\p{L})|(?:article|story|piece)(?: (?:is|really|even))? about(?!\p{L})|what(?:'s| is) (?:the|this) (?:article|story|piece)/u;

/** «X упоминается в статье?» / "does the article mention X?" for a voice asked "there" after the article, or null. */
export function articleThereOf(
  text: string,
  context: DialogueContext | null,
  speakers: SpeakerNames,
): string | null {
  if (!context || text.length > 80 || context.question.length > 200 || !ABOUT_ARTICLE.test(context.question))
    return null;
  const t = foldQuestion(text);
  const ru = THERE_RU.exec(t)?.[1];
  const who = ru ?? THERE_EN.exec(t)?.[1];
  if (!who || speakers.namedIn(who).length === 0) return null;
  return ru ? `${who} упоминается в статье?` : `does the article mention ${who}?`;
}
