// An either/or between two names of which the article knows only one ("did Putin call Erdogan or Netanyahu?",
// "was it Peskov or Lavrov who spoke?"): the name the article never mentions trips the vocabulary gate and the
// whole question is refused, though its known side is answerable. The unknown alternative (with its preposition)
// is taken out and the rest read as the question; the reply then names the known side, which settles the choice.
// Russian too ("Путин говорит с Эрдоганом или с Нетаньяху?"; quality-ru44): "или" and the Russian prepositions.

/**
 * One word, its preposition ("to", "with"…) kept apart so either side may carry one. The second side may come with
 * its article and the head it shares with the first ("the turkish leader or the iranian one", "… or the egyptian
 * president"): the head goes with the unknown side.
 */
const PREP = "(to|with|by|from|at|on|against|с|со|к|ко|от|у|на|против|для)";
const WORD = String.raw`([\p{L}][\p{L}'’-]*)`;
const END = String.raw`(?![\p{L}'’-])`;
const HEAD = String.raw`\s+(?:one|leader|president|premier|prime\s+minister|chancellor|king|emir|guy)${END}`;
const ALTERNATIVES = new RegExp(
  String.raw`(?:(?<![\p{L}'’-])${PREP}\s+)?(?<![\p{L}'’-])${WORD}\s*,?\s+(?:or|или)\s+(?:${PREP}\s+)?` +
    String.raw`(?:(?:the|an?)\s+(?=[\p{L}][\p{L}'’-]*${HEAD}))?${WORD}(?:${HEAD})?${END}`,
  "giu",
);

export interface NameReading {
  /** The word is a name the article never uses (Macron, Netanyahu). */
  unknownName(word: string): boolean;
  /** The word is one the article knows (a speaker, a place, a word it uses). */
  known(word: string): boolean;
}

/**
 * The question with its unknown alternative taken out, when exactly one "X or Y" has one side an unknown name and
 * the other a known word; null otherwise (both unknown, both known, no either/or).
 */
export function withoutUnknownAlternative(question: string, read: NameReading): string | null {
  const matches = [...question.matchAll(ALTERNATIVES)];
  if (matches.length !== 1) return null;
  const m = matches[0]!;
  const [whole, prepA, a, prepB, b] = m as unknown as [string, string?, string?, string?, string?];
  if (a === undefined || b === undefined) return null;
  const aUnknown = read.unknownName(a);
  const bUnknown = read.unknownName(b);
  if (aUnknown === bUnknown) return null;
  const kept = aUnknown ? { prep: prepB ?? prepA, word: b } : { prep: prepA ?? prepB, word: a };
  if (!read.known(kept.word)) return null;
  const replacement = kept.prep ? `${kept.prep} ${kept.word}` : kept.word;
  const at = m.index ?? 0;
  return `${question.slice(0, at)}${replacement}${question.slice(at + whole.length)}`.replace(/\s+,/g, ",");
}
