// "Is Russia a neutral mediator?" where the article says Moscow "strives to present itself as an impartial
// mediator": the article gives a self-image, not the fact. A Yes to the fact would be the bot's own
// conclusion, so such a Yes becomes "the article doesn't say" (the evidence shows what it does say). A question
// that asks about the aim itself ("does Russia want to be seen as…", "хочет ли Москва выглядеть…") keeps its Yes.
import { stemmer } from "stemmer";
import { russianStem } from "../answering/russian/stem.js";
import type { Answer, Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";

/** The article's words of self-image ("present itself as"), and the words right after them: the image. */
const AIM_EN =
  /(?<!\p{L})(?:present(?:s|ed|ing)? (?:itself|himself|themselves) as|(?:be|being) seen as|appear to be)\s+((?:\S+\s+){0,3}\S+)/giu;
const AIM_RU =
  /(?<!\p{L})(?:представ\p{L}* себя|выгляде?ть|казаться|позиционир\p{L}* себя как)\s+((?:\S+\s+){0,3}\S+)/giu;
/** The question asks about the aim itself ("pitch/sell/paint themselves as", «выставляет себя», dialog28). */
const ASKS_AIM_EN =
  /(?<!\p{L})(?:want\p{L}*|wish\p{L}*|tr(?:y|ies|ying)|strive\p{L}*|aim\p{L}*|seek\p{L}*|hope\p{L}*|present\p{L}*|seen|see|image|appear\p{L}*|look\p{L}*|claim\p{L}*|portray\p{L}*|pos(?:e|es|ing) as|intend\p{L}*|ready|willing|(?:pitch|sell|sold|paint|market|bill|style|brand|position|cast)\p{L}*(?: [\p{L}-]+){0,2} as)(?!\p{L})/u;
const ASKS_AIM_RU =
  /(?<!\p{L})(?:хоч\p{L}*|хот\p{L}*|стрем\p{L}*|пыта\p{L}*|старает\p{L}*|представ\p{L}*|выгляд\p{L}*|казать\p{L}*|позиционир\p{L}*|имидж\p{L}*|образ\p{L}*|намерен\p{L}*|готов\p{L}*|претенд\p{L}*|выставля\p{L}*|выстав\p{L}* себя|пода[её]т себя|подают себя|пода[вю]\p{L}* себя)(?!\p{L})/u;
/** Words too common to tie a question to what is aimed at. */
const MIN_STEM = 4;

const words = (text: string) =>
  foldQuestion(text)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length >= MIN_STEM);

/**
 * Whether the question asks as a fact what the evidence gives only as an aim: one of its words stands among the
 * words the aim governs, and it names no aim of its own.
 */
export function asksAimAsFact(folded: string, evidence: Answer, lang: Lang): boolean {
  if ((lang === "ru" ? ASKS_AIM_RU : ASKS_AIM_EN).test(folded)) return false;
  const stem = lang === "ru" ? russianStem : stemmer;
  const asked = new Set(words(folded).map(stem));
  for (const q of evidence.quotes) {
    const text = lang === "ru" ? (q.translation ?? "") : q.text;
    for (const m of text.matchAll(lang === "ru" ? AIM_RU : AIM_EN)) {
      const aimed = words(m[1] ?? "").map(stem);
      if (aimed.some((w) => asked.has(w))) return true;
    }
  }
  return false;
}
