// «а путин предлагал провести конференцию?» + «а возобновить переговоры?»: a Russian follow-up that is an act alone
// (an infinitive) is asked with the previous question's verb (dialog28, d52-40#3).

/** A Russian infinitive (5+ letters), not one of the nouns that end the same way. */
const INFINITIVE_RU =
  /^(?!(?:часть|власть|область|новость|честь|смерть|помощь|мощь)(?!\p{L}))\p{L}{3,}(?:ть|ти|чь)(?:ся|сь)?(?!\p{L})/u;

/**
 * «а возобновить переговоры?» after «а путин предлагал провести международную конференцию?»: an elliptic act
 * (an infinitive) asked after a question whose verb governs another — the same verb asked of the new act
 * («путин предлагал возобновить переговоры?»), dialog28 (d52-40#3). Null when either has no infinitive.
 */
export function actSwapped(question: string, topic: string): string | null {
  if (!INFINITIVE_RU.test(topic)) return null;
  const words = question.replace(/[?!.]+$/u, "").split(/\s+/u);
  // The first infinitive after a verb (never the first word: «а …», the subject).
  const at = words.findIndex((w, i) => i > 1 && INFINITIVE_RU.test(w));
  if (at < 0) return null;
  return `${words.slice(0, at).join(" ")} ${topic}`;
}
