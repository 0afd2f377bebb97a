// "Из-за чего" (also written apart, "из за чего") and "по какой причине" ask why, as "почему" does: read one by
// one, "из", "за" and "чего" are glue and "what", and the question loses its reason ("из за чего путин винит
// США" read as "что … винит"). Rewritten to "почему", except where fuss follows ("из-за чего весь сыр-бор" asks
// what the story is: brief-request.ts reads that whole).

/** Fuss words after "из за чего" that make it a request for the story, not a why-question. */
const FUSS_NEXT =
  /^(?:весь|вся|этот|эта|такой|такая|шум|шумиха|шумихи|сыр|кипиш|кипишь|кипеш|движ|движуха|хайп|хайпа|скандал|суета|суеты|переполох|замут|замес)$/;

/** The words with a cause asked by a phrase put as "почему". */
export function causeAsWhy(words: string[]): string[] {
  for (let i = 0; i + 2 < words.length; i++) {
    const [a, b, c] = [words[i], words[i + 1], words[i + 2]];
    const fromOver = a === "из" && b === "за" && c === "чего";
    const byWhich = a === "по" && (b === "какой" || b === "каким") && /^причин[еаы]?$/.test(c!);
    if (!fromOver && !byWhich) continue;
    if (fromOver && FUSS_NEXT.test(words[i + 3] ?? "")) continue;
    if (fromOver && i + 3 >= words.length) continue;
    return [...words.slice(0, i), "почему", ...words.slice(i + 3)];
  }
  return words;
}
