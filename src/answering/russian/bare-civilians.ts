// "Мирные" standing alone as a noun ("жалеет мирных", "переживает за мирных", "что с мирными"): the people, as
// "мирняк" is, not the peace of "мирные переговоры". Its stem alone met the peace talks first. A plural form of
// мирный with no noun of its own after it is read as "мирных жителей".

/** Nouns a plural "мирные" describes when it is an adjective (жители, переговоры, усилия, инициативы…). */
const OWN_NOUN =
  /^(?:жител|населени|граждан|люд|человек|переговор|процесс|урегулир|усили|план|инициатив|пут|соглаш|договор|решени|средств|цел|дипломат|диалог|предложени|призыв|шаг|иниц|демонстр|протест|акци|перспектив|рамк|формат|беседы|контакт|отношени|сосед|дн|времен|годы|лет)/;

/** A plural of мирный, as a whole word, with the next word if any. */
const BARE = /(^|[^\p{L}])(мирн(?:ых|ым|ые|ыми))(?![\p{L}])([\s,.!?]*)(\p{L}*)/giu;

/** The question with a bare plural "мирные" read as the civilians, or as it came. */
export function withCiviliansNamed(s: string): string {
  return s.replace(BARE, (whole, before: string, _word: string, gap: string, next: string) =>
    next !== "" && OWN_NOUN.test(next.toLowerCase()) ? whole : `${before}мирных жителей${gap}${next}`,
  );
}
