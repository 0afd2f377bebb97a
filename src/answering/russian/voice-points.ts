// One voice's main points asked in Russian ("каковы основные тезисы заявления президента РФ относительно ситуации в
// секторе Газа?", "главные тезисы Путина по Газе", "какие ключевые тезисы выдвигает МИД России?", "перечисли основные
// положения позиции Пескова"): what that voice said, as English voice-points.ts reads "putin's main messages"
// (quality40ru). Read as typed, "тезисы" and "положения" were words of the story in brief and of the article's
// conclusion, and the question stayed unsure between them. Read as "что сказал <voice>", or with a topic the
// voice's words are asked about ("что сказал путин о ситуации в секторе газа"); the conflict as a whole, the
// war or "the situation" alone is no topic.

import { foldedRussian } from "./plain-text.js";

/** "основные тезисы", "ключевые положения", "главные моменты", or "тезисы" alone. */
const POINTS =
  /(?<!\p{L})(?:(?:основн|главн|ключев|важнейш|центральн)\p{L}*\s+(?:тезис|положени|момент|мысл|пункт|посыл|иде[ий]|месседж)\p{L}*|тезис\p{L}*)(?!\p{L})/u;
/** The voices and the plain form they are asked by. */
const VOICES: readonly [RegExp, string][] = [
  [
    /(?<!\p{L})(?:путин\p{L}*|президент\p{L}*\s+(?:росси\p{L}*|рф)|российск\p{L}*\s+(?:президент|лидер)\p{L}*)(?!\p{L})/u,
    "путин",
  ],
  [/(?<!\p{L})песков\p{L}*(?!\p{L})/u, "песков"],
  [/(?<!\p{L})(?:мид\p{L}*|министерств\p{L}*\s+иностранных\s+дел)(?!\p{L})/u, "мид россии"],
  [/(?<!\p{L})кремл\p{L}*(?!\p{L})/u, "кремль"],
];
/** What the points are about, after the voice: "относительно ситуации в секторе газа", "по газе". */
const TOPIC = /(?<!\p{L})(?:относительно|касательно|насчет|по|о|об|про)\s+((?:\p{L}+\s*){1,5})$/u;
/** The conflict as a whole: no topic of its own. */
const WHOLE = /^(?:конфликт\p{L}*|войн\p{L}*|происходящ\p{L}*|ситуаци\p{L}*|кризис\p{L}*|событи\p{L}*)$/u;
/** The article's own points or its end are not a voice's (article-conclusion, the summary). */
const ARTICLE = /(?<!\p{L})(?:стать\p{L}*|текст\p{L}*|автор\p{L}*|вывод\p{L}*|материал\p{L}*)(?!\p{L})/u;

/** The question as what one voice said when its main points are asked, or as typed. */
export function asRussianVoicePoints(text: string): string {
  if (text.length > 200) return text;
  const plain = foldedRussian(text);
  if (!POINTS.test(plain) || ARTICLE.test(plain)) return text;
  const found = VOICES.flatMap(([name, voice]) => {
    const m = name.exec(plain);
    return m ? [{ voice, end: m.index + m[0].length }] : [];
  });
  if (found.length !== 1 || !found[0]) return text;
  const { voice, end } = found[0];
  const after = plain.slice(end);
  const topic = TOPIC.exec(after)?.[1]?.trim();
  if (topic === undefined || WHOLE.test(topic)) return `что сказал ${voice}`;
  return `что сказал ${voice} о ${topic}`;
}
