// Russian words that ask for the story in brief (кратко, вкратце, суть, в двух словах, о чём статья) or for
// quotes (цитаты Путина, что сказал Песков, кто что сказал). Matched by the start of the word: Russian inflects.
import type { IntentWords } from "../intents.js";
import { RUSSIAN_FRAME_CUES } from "./words.js";

const SUMMARY =
  /^(?:кратк|вкратце|коротк|суть|сути|резюм|пересказ|перескаж|обзор|сводк|выжимк|тезис|главн|основн|содержани|tldr|summary|overview)/;
const QUOTE = /^(?:цитат|цитир|процитир|высказыван|заявлени)/;
const REQUEST =
  /^(?:покажи|покажите|дай|дайте|выведи|перечисли|список|спис|нужн|хочу|прошу|все|всех|приведи|приведите)$/;

export const RUSSIAN_INTENT_WORDS: IntentWords = {
  summaryWord: (s) => SUMMARY.test(s),
  quoteWord: (s) => QUOTE.test(s),
  sayingFrame: (s) => RUSSIAN_FRAME_CUES[s] === "say" || QUOTE.test(s),
  requestWord: (s) => REQUEST.test(s),
  summaryCues: [
    /(?:^| )в (?:двух|двух-трех|трех|нескольких|паре|одном|одной|пару|двух трех) (?:словах|слов|предложениях|предложения|строках|строчках|фразах|абзацах|абзаце)(?= |$)/g,
    /(?:^| )(?:самое )?(?:главное|основное)(?= |$)/g,
    /(?:^| )краткое содержание(?= |$)/g,
  ],
  summaryPhrases: [
    /^(?:так )?о чем (?:эта |вся )?(?:статья|новость|текст|материал|речь|история|это|там)(?: вообще)?$/,
    /^что (?:произошло|случилось|происходит)$/,
    /^(?:так )?(?:в )?чем (?:суть|дело)/,
    /^что (?:там )?(?:в|во) (?:статье|новости)$/,
  ],
  who: "кто",
};
