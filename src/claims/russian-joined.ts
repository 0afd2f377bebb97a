// One English sentence, two curated translations: "The Kremlin, meanwhile, maintains open communication with both
// warring sides" and "expresses its readiness to contribute to reaching a settlement." are quoted (and translated)
// apart, so a Russian claim that says both halves ("Кремль поддерживает … и выражает готовность содействовать …")
// met only one of them and read as news. Two translated spans that the article joins by "and" or a comma alone
// are also read as one span, their translations joined the same way.

/** The article's words between two spans of one sentence, and what joins their translations. */
const JOINS: [RegExp, string][] = [
  [/^\s*,?\s*and\s*$/i, " и "],
  [/^\s*,\s*$/, ", "],
];

export interface TranslatedSpan {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  translation: string;
  speakers: Set<string>;
}

/** The spans two neighbours of one sentence make together (not already among `spans`). */
export function joinedSpans(spans: TranslatedSpan[], paragraphs: readonly string[]): TranslatedSpan[] {
  const out: TranslatedSpan[] = [];
  const known = new Set(spans.map((s) => `${s.paragraph}:${s.start}:${s.end}`));
  for (const a of spans) {
    const paragraph = paragraphs[a.paragraph - 1] ?? "";
    for (const b of spans) {
      if (b.paragraph !== a.paragraph || b.start <= a.end) continue;
      const gap = paragraph.slice(a.end, b.start);
      const join = JOINS.find(([re]) => re.test(gap))?.[1];
      if (join === undefined || known.has(`${a.paragraph}:${a.start}:${b.end}`)) continue;
      known.add(`${a.paragraph}:${a.start}:${b.end}`);
      out.push({
        paragraph: a.paragraph,
        start: a.start,
        end: b.end,
        text: paragraph.slice(a.start, b.end),
        translation: `${a.translation.replace(/[.!?…]\s*$/, "")}${join}${b.translation}`,
        speakers: new Set([...a.speakers, ...b.speakers]),
      });
    }
  }
  return out;
}
