// Transliterated Russian words beside Cyrillic ones in one message ("zachem rossii vsё eto, чего хочет кремль"):
// the message counts as Russian by its letters, and the Russian reader took the Latin words for English words or
// unknown names, so the whole was refused (quality-ru42). A run of two or more Latin words that reads as
// transliterated Russian, not English, is put back in Cyrillic; an English phrase ("failed policy") or a lone
// name (Putin) stays as typed. A Cyrillic letter typed inside a Latin word ("vsё") is taken as part of it.
import { readsAsEnglish } from "../english.js";
import { holdsTransliteratedWords } from "./translit-words.js";
import { fromTranslit, looksTransliterated } from "./transliterated.js";

/** A word of Latin letters, perhaps with a stray ё/е/й in it, and one apostrophe for ь. */
const LATIN_WORD = /^(?=[^\p{Script=Cyrillic}]*[a-z])[a-z'ёей]+$/u;

/** The message with each transliterated Latin run in Cyrillic. */
export function withTranslitRuns(text: string): string {
  const parts = text.split(/(\s+|[,.!?;:]+)/);
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const words = run.filter((p) => LATIN_WORD.test(p.toLowerCase()));
    const latin = run.join("").toLowerCase().replace(/ё/g, "yo").replace(/е/g, "e").replace(/й/g, "y");
    const asRussian =
      words.length >= 2 &&
      (looksTransliterated(latin) || holdsTransliteratedWords(latin, () => false)) &&
      !readsAsEnglish(latin);
    out.push(asRussian ? fromTranslit(latin) : run.join(""));
    run = [];
  };
  for (const part of parts) {
    if (LATIN_WORD.test(part.toLowerCase())) run.push(part);
    else if (run.length > 0 && /^\s+$/.test(part)) run.push(part);
    else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out.join("");
}
