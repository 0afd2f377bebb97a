// "What did Putin say about Hamas?": the article never has him name Hamas, and the engine finds Hamas's own-words
// card ("What does Hamas itself say?"), which is right that the article doesn't say, but answers under Hamas's title
// and of Hamas's silence. The reply keeps the card's facts and its "doesn't say", but says it of the voice asked
// (quality-r2-33): "The article doesn't report Vladimir Putin saying anything about Hamas. It mentions Hamas only…".
import type { Analysis } from "./lexicon.js";
import type { Answer } from "./types.js";

/** A party's own-words card, by its question: "What does Hamas itself say?", «Что говорит сам ХАМАС?». */
const OWN_WORDS_EN = /^What does (.{1,40}?) itself say\?$/;
const OWN_WORDS_RU = /^Что говорит (?:сам|сама|само|сами) (.{1,40}?)\?$/u;
/** The card's first sentence, its own "doesn't say", replaced. */
const FIRST_SENTENCE = /^[^.]{1,200}\.\s*/;
/** A voice's words or view asked. */
const ASKED_OF_VOICE = new Set(["~say", "~think"]);

/**
 * `answer` told of the voice asked when a voice's words on a party are asked and the card found is that party's own
 * words, quoting no word of the voice; null otherwise. `englishQuestion`: the card's English question (the reply's
 * title may be Russian); `voice`: the asked voice's name in the reply's language.
 */
export function silentVoiceReply(
  a: Analysis,
  answer: Answer,
  englishQuestion: string,
  voice: (id: string) => string,
): Answer | null {
  if (answer.answered || a.speakers.length !== 1 || !a.cues.some((c) => ASKED_OF_VOICE.has(c))) return null;
  const [speaker] = a.speakers as [string];
  if (!OWN_WORDS_EN.test(englishQuestion) || answer.entry?.quotes.some((q) => q.speaker === speaker))
    return null;
  const ru = answer.lang === "ru";
  const party = (ru ? OWN_WORDS_RU : OWN_WORDS_EN).exec(answer.title)?.[1];
  if (!party) return null;
  const name = voice(speaker);
  const rest = answer.answer.replace(FIRST_SENTENCE, "");
  return ru
    ? {
        ...answer,
        title: `Что ${name} сказал о ${party}?`,
        answer: `Статья не сообщает, чтобы ${name} что-либо говорил о ${party}. ${rest}`.trim(),
      }
    : {
        ...answer,
        title: `What did ${name} say about ${party}?`,
        answer: `The article doesn't report ${name} saying anything about ${party}. ${rest}`.trim(),
      };
}
