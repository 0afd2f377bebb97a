// Kind (dialog49ru, d113-31#3): «он за него?», «путин за него?», «мид за него?», «он вообще за них?» after a turn on
// a topic («а про палестинское государство?», «что путин говорит о перемирии?»). «за» is "in favour of", the
// pronoun the last question's topic. Read as typed, «он» found Putin's own card (who-is-putin) and no verdict. Asked
// as «<subject> поддерживает <topic>?», the topic in the last question's words (the engine reads stems, so the case
// after «о»/«про» does no harm), the usual readers answer it: Да where the article has the subject call for it, Нет
// where it faults it (US policy), doesn't say else. Only a pronoun object: «путин за палестинское государство?»
// names its topic itself; «кто за него?» asks who, not whether.
import { foldQuestion, withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueContext } from "./types.js";

/** The particles between the subject and «за»: no part of the subject. */
const PARTICLE =
  "(?:вообще|же|всё-таки|все-таки|ведь|тоже|сам|сама|сами|разве|правда|действительно|точно|в итоге)";
const IN_FAVOUR_RU = new RegExp(
  `^(?:(?:а|и|так|ну|но|то есть|значит)[,.! ]+)*(?!(?:кто|что|кого|почему|зачем|как|где)(?!\\p{L}))(\\p{L}+(?:[ -](?!${PARTICLE}(?!\\p{L}))\\p{L}+)?) (?:${PARTICLE} )*за (?:него|нее|неё|них|это)(?: (?:или против|вообще|же|ли|в итоге))*(?:,? (?:да|нет|или нет|или как))?$`,
  "u",
);
/** The topic of the last question: what follows its last «про», «о», «об», «насчёт» or «по поводу». */
const TOPIC_RU = /(?:^|\s)(?:про|о|об|обо|насчет|насчёт|по поводу)\s+(\p{L}[\p{L} -]{2,60}?)$/u;
/** A subject that is many: «они», «сша». */
const MANY_RU = /^(?:они|сша|палестинцы|израильтяне|русские)$/u;

/** «он за него?» asked as «он поддерживает <the last topic>?», or null. */
export function inFavourOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (!context?.question || context.refused || text.length > 60) return null;
  const m = IN_FAVOUR_RU.exec(withoutEndMarks(foldQuestion(text)));
  if (!m?.[1]) return null;
  const topic = TOPIC_RU.exec(withoutEndMarks(foldQuestion(context.question)))?.[1]?.trim();
  if (!topic) return null;
  const verb = MANY_RU.test(m[1]) ? "поддерживают" : "поддерживает";
  return `${m[1]} ${verb} ${topic}?`;
}
