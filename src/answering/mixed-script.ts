// A Latin-heavy question with Russian words in it ("Peskov said what про роль Kremlin", "Putin blames кого for
// the violence"): the script rule (src/lib/script-language.ts) reads it as English, and the English reader cannot
// read the Russian words, so it refuses them as names. The Russian reader reads Latin names and English words as
// well, so such a question refused in English is read again in Russian (message-reading.ts), and its answer taken only when
// it answers. A Cyrillic name alone ("what did Путин say") is put in English earlier (cyrillic-names.ts).

/** A Russian word of two letters or more: one makes a Latin question worth a second, Russian reading. */
const RUSSIAN_WORD = /(?:^|[^\p{L}])\p{Script=Cyrillic}{2,}(?=$|[^\p{L}])/u;

/** Whether a question the script rule reads as English holds Russian words. */
export function holdsRussianWords(question: string): boolean {
  return RUSSIAN_WORD.test(question.slice(0, 2000));
}
