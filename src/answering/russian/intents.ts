// Russian words that ask for the story in brief (кратко, вкратце, суть, в двух словах, о чём статья) or for
// quotes (цитаты Путина, что сказал Песков, кто что сказал). Matched by the start of the word: Russian inflects.
import type { IntentWords } from "../intents.js";
import { RUSSIAN_BREVITY_CUE } from "./brevity.js";
import { isRussianBriefRequest } from "./brief-request.js";
import { asksDigestOfStory } from "./digest-of-story.js";
import { isRussianMentionWord, isRussianPeopleWord } from "./roster-words.js";
import { RUSSIAN_SIZE_CUE } from "./size-words.js";
import { RUSSIAN_FRAME_CUES } from "./words.js";

const SUMMARY =
  /^(?:кратк|кратеньк|вкратц|коротк|суть|сути|смысл|резюм|перес+ка?[зж]|излож|обзор|сводк|выжимк|тезис|главн|основн|содержани|тлдр|tldr|summary|overview|мысл|посыл|ситуац|происходящ|обстановк|(?:подробн|детальн|развернут|полн)(?:ый|ая|ое|ую|ого|ом|ые|ых)$|пункт|обрис|наброс|сумм|конспект|аннотац|сам+ари|соль$|соли$)/;

/** Who it is explained for ("как для пятилетнего", "для чайников"): asks for the story in plain words. */
const PLAIN_AUDIENCE =
  "(?:ребенк[а-я]*|ребенок|детей|дет[яи]м?|малыш[а-я]*|пятилетн[а-я]+|пятилетк[а-я]*|\\d+ ?летн[а-я]+|школьник[а-я]*|[а-я]*классник[а-я]*|первоклашк[а-я]*|подростк[а-я]*|пенсионер[а-я]*|бабушк[а-я]*|бабул[а-я]+|чайник[а-я]*|тупо[а-я]*|тупых|дурак[а-я]*|дебил[а-я]*|идиот[а-я]*|новичк[а-я]+|блондинк[а-я]+|обывател[а-я]+)";
const QUOTE = /^(?:цитат|цитир|процитир|высказыван|заявлени)/;
const REQUEST =
  /^(?:покажи|покажите|дай|дайте|выведи|перечисли|назови|назовите|список|спис|нужн|хочу|прошу|все|всех|приведи|приведите)$/;

/** Whole questions that ask for the story in brief ("о чём статья", "что произошло", "в чём суть"). */
const SUMMARY_PHRASES = [
  /^(?:(?:ладно|хорошо|ок|окей|понятно|ясно) )?(?:так )?(?:а )?о чем (?:(?:вообще|эта|вся|же|там|тут|именно|тогда) ){0,3}(?:стать?я|новость|текст|материал|речь|история|это|там|пишут)(?: вообще)?$/,
  /^(?:(?:ладно|хорошо|ок|окей|понятно|ясно) )?(?:так |ну )?(?:а )?(?:про|о) (?:что|чем) (?:(?:вообще|эта|этот|вся|весь|же|там|тут|именно|тогда) ){0,3}(?:стать?я|новость|текст|материал|речь|история|это|там|пишут|статье|новости|тексте)(?: вообще)?$/,
  /^(?:а )?(?:что|че|чо) (?:(?:вообще|там|тут|же) ){0,2}(?:произошло|случилось|происходит|творится)(?: вообще| там)?$/,
  /^(?:а )?(?:что|че|чо) (?:(?:вообще|там|тут|же) ){0,2}(?:пишут|пишет|в статье|в новости)(?: вообще)?$/,
  /^(?:так )?(?:в )?чем (?:суть|дело|соль|смысл|фишка|прикол)/,
  /^что (?:там )?(?:в|во) (?:статье|новости)$/,
];

/** The words without a size asked for ("в двух строчках", "по пунктам"): how long, not what about. */
const withoutCues = (words: string) =>
  words.replace(RUSSIAN_BREVITY_CUE, " ").replace(RUSSIAN_SIZE_CUE, " ").replace(/\s+/g, " ").trim();

export const RUSSIAN_INTENT_WORDS: IntentWords = {
  summaryWord: (s) => SUMMARY.test(s),
  quoteWord: (s) => QUOTE.test(s),
  sayingFrame: (s) => RUSSIAN_FRAME_CUES[s] === "say" || QUOTE.test(s),
  requestWord: (s) => REQUEST.test(s),
  summaryCues: [
    RUSSIAN_BREVITY_CUE,
    RUSSIAN_SIZE_CUE,
    /(?:^| )в (?:двух|двух-трех|трех|нескольких|паре|одном|одной|пару|двух трех) (?:словах|слов|предложениях|предложения|предложений|строках|строчках|строк|фразах|фраз|абзацах|абзаце|абзацев)(?= |$)/g,
    // Brevity adverbs are glue beside a topic (words.ts); alone they still ask for the story in brief.
    /(?:^| )(?:кратко|вкратце|коротко|кратенько|коротенько|покороче|сжато|лаконично|tldr|тлдр)(?= |$)/g,
    // Summary imperatives are glue beside a topic too ("резюмируй позицию путина" asks for his position); alone
    // ("резюмируй", "подытожь плз") they ask for the story in brief.
    /(?:^| )(?:резюмируй|резюмируйте|подытожь|подытожьте|обобщи|обобщите|суммируй|суммируйте)(?= |$)/g,
    // "пару слов о статье", "два слова про суть": a size without "в" asks for the story in brief too.
    /(?:^| )(?:пару|пара|два|пара-тройка|несколько) (?:слов|фраз|строк|строчек|предложений)(?= |$)/g,
    /(?:^| )(?:самое )?(?:главное|основное)(?= |$)/g,
    /(?:^| )краткое содержание(?= |$)/g,
    /(?:^| )(?:общ[а-я]+|целост[а-я]+|больш[а-я]+) картин[а-я]*(?= |$)/g,
    // Plain words, not a topic: "по-простому", "на пальцах", "коротко и ясно", "как для пятилетнего".
    /(?:^| )(?:по (?:простому|проще|быстрому|быстрее|бырому|короче|человечески|русски)|(?:простыми|понятными|своими|человеческими) словами|(?:простым|понятным|человеческим|нормальным) языком|на пальцах|(?:коротко|кратко) и (?:ясно|понятно|по делу)|в общих (?:чертах|словах))(?= |$)/g,
    new RegExp(`(?:^| )(?:как (?:для )?|для |будто (?:для )?|словно (?:для )?)${PLAIN_AUDIENCE}(?= |$)`, "g"),
  ],
  summaryPhrases: SUMMARY_PHRASES,
  briefRequest: (words, topics) =>
    isRussianBriefRequest(words, SUMMARY_PHRASES) || asksDigestOfStory(withoutCues(words), topics),
  who: "кто",
  peopleWord: isRussianPeopleWord,
  mentionWord: isRussianMentionWord,
};
