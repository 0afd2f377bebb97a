// "X отвергает идею Y?", «отрицает необходимость Y», «отклоняет создание Y»: a stance against Y asked with a verb of
// rejecting and a noun before the thing. Read as typed, «отвергает» and «идею» are unknown words and the stance
// split the engine between Putin's stand on a Palestinian state and what the US failed to do (quality-r2-36). Read as
// «X против Y», the stance entries answer it (and the engine's own verdict: No, owned-points.ts).

/** The verb of rejecting and the noun before the thing rejected (one linear pass; the thing stays as typed). */
const REJECTED =
  /(?<!\p{L})(?:отвергает|отвергают|отверг|отвергла|отрицает|отрицают|отклоняет|отклоняют)(?:\s+(?:саму|сам|само|вообще))?(?:\s+(?:идею|идеи|необходимость|создание|возможность|мысль|концепцию))?(?!\p{L})/iu;

/** The question with the rejecting verb read as «против», or as typed. */
export function asRussianRejectedIdea(text: string): string {
  if (text.length > 200) return text;
  return text.replace(REJECTED, "против");
}
