// «Упоминал ли Путин переговоры?», «Путин упоминает прекращение огня?» (quality46ru): a topic a voice is asked to have
// mentioned, where the engine owns the «Да» — it reads the question as what the voice said of the topic
// (answering/russian/voice-mention.ts) and finds the card that says it. As typed, the yes/no layer's Russian claim
// path met «упоминал» against Putin's "makes no mention of Russia's own role" and said «Нет» over that card. So the
// turn is read in the engine's plain form, «Путин говорил о переговоры», but only where the engine owns a Yes on it:
// a silence («упоминал ли путин роль россии…») or a voice the article does not have speak of the topic («Песков
// упоминал Квартет?») keeps the reading as typed and its verdict.
import { asRussianVoiceMention } from "../answering/russian/voice-mention.js";
import type { Answer, Lang } from "../answering/types.js";

/** The turn as «<voice> говорил о <topic>» where the engine owns its Yes; null otherwise. */
export function voiceMentionOwnedOf(
  text: string,
  lang: Lang,
  findAnswer: (question: string, lang: Lang) => Answer,
): string | null {
  if (!/\p{Script=Cyrillic}/u.test(text)) return null;
  const read = asRussianVoiceMention(text);
  if (read === text) return null;
  return findAnswer(read, lang === "ru" ? lang : "ru").owned === "yes" ? read : null;
}
