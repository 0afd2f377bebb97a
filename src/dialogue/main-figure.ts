// Kind: the story's main figure asked — «кто там главный персонаж» after the summary, «кто тут главное действующее
// лицо», "who's the main character in this?", "who is the article mainly about?". «там» was read as the last topic
// («кто статья вкратце главный персонаж») and the engine was unsure (d74-36#2). The main figure is the lead the
// summary names first (its first quoted person; dialogue-context.ts keeps it as leadPersonId after a summary):
// asked as who that person is, whose card says what the article reports of them.
import type { Answer, Lang } from "../answering/types.js";
import { fold, readsAsRussian } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

const WHERE_RU =
  "(?: (?:там|тут|здесь|статьи|текста|новости|истории|в (?:статье|ней|тексте|этой статье|новости|истории)))?";
const MAIN_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[, ]+)*(?:кто${WHERE_RU} (?:(?:самый|самое) )?(?:главн\\p{L}+ (?:персонаж|герой|действующее лицо|фигура|лицо)|в центре(?: внимания)?)|о ком(?: (?:там|тут|здесь|она|статья|текст))?(?: (?:в основном|главным образом|прежде всего))|(?:а )?главный (?:персонаж|герой)${WHERE_RU} кто)${WHERE_RU}(?: (?:вообще|же|то))?\\s*\\??$`,
  "u",
);
const WHERE_EN =
  "(?: (?:here|in (?:it|this|the (?:article|story|piece|text)|this (?:article|story|piece))))?";
const MAIN_EN = new RegExp(
  `^(?:(?:and|so|ok|okay|then)[, ]+)*(?:who(?:'s|s| is) (?:the )?(?:main|central|key|lead|leading) (?:character|person|figure|player|protagonist|guy)${WHERE_EN}|who(?:'s|s| is) (?:the )?protagonist${WHERE_EN}|who is (?:it|this|the (?:article|story|piece)) (?:mainly|mostly|primarily) about)(?: (?:then|anyway))?\\s*\\??$`,
  "u",
);

/** The main figure asked, as "who is <lead>?", or null. */
export function mainFigureOf(
  text: string,
  context: DialogueContext | null,
  speakers: SpeakerNames,
  lang: Lang,
  findAnswer: (question: string, lang: Lang) => Answer,
): string | null {
  const t = fold(text).trim();
  if (t.length > 80) return null;
  const ru = readsAsRussian(t, lang);
  if (!(ru ? MAIN_RU : MAIN_EN).test(t)) return null;
  const lead =
    context?.leadPersonId ??
    speakers
      .namedIn(fold(findAnswer("what is the article about?", "en").answer))
      .find((n) => speakers.isPerson(n.id) && speakers.isQuoted(n.id))?.id;
  if (!lead) return null;
  return ru ? `кто такой ${speakers.shortName(lead, "ru")}?` : `who is ${speakers.shortName(lead, "en")}?`;
}
