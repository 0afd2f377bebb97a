// An English phrase quoted inside a Russian question ("что имеется в виду под failed policy", "в чём смысл фразы
// impartial mediator", "что значит compromises acceptable to both sides в статье"): the phrase is the article's
// own English, which the Russian reader scores weakly (its entries are worded in Russian), and the Russian frame
// around it ("смысл фразы", "как понимать") read as unknown words. When the Russian question finds no answer, the
// phrase alone is read by the English reader, and its entry answers in Russian (refused-sides.ts).

/** A run of Latin words (two or more), apostrophes and hyphens inside them. */
const LATIN_RUN = /[a-z][a-z'’-]*(?:[ ,]+[a-z][a-z'’-]*)+/gi;
const CYRILLIC = /[а-яё]/i;
/** An English question word or auxiliary: the run is a question begun in English ("What did Hamas ответил…"),
 * mixed by the asker, not a phrase of the article's quoted. */
const ASKS =
  /(?:^|[ ,])(?:what|who|whom|whose|why|how|when|where|which|did|does|do|is|are|was|were|can|could|will|would)(?=[ ,]|$)/i;

/**
 * The longest run of two or more Latin words in a question written in Cyrillic, whose words read as English
 * (`readsAsEnglish`), or null; null too when a run asks in English.
 */
export function englishPhraseIn(text: string, readsAsEnglish: (s: string) => boolean): string | null {
  if (text.length > 400 || !CYRILLIC.test(text)) return null;
  let best: string | null = null;
  for (const m of text.matchAll(LATIN_RUN)) {
    const run = m[0].trim();
    if (ASKS.test(run)) return null;
    if ((best === null || run.length > best.length) && readsAsEnglish(run)) best = run;
  }
  return best;
}
