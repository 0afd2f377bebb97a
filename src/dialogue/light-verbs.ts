// "он говорит что сша всё решали в одиночку?", "the us handled it all by itself?": a verb that carries no content
// of its own, beside a manner the checker matched to the passage's verb («в одиночку» for "monopolizing"). Left
// unbacked by the checker, it took a backed paraphrase to "doesn't say" (dialog30, d57-36#2). Only such verbs,
// and only where the checker found the rest: a verb of content left unbacked still is.

const LIGHT_RU =
  /^(?:реша\p{L}*|решил\p{L}*|действова\p{L}*|действу\p{L}*|дела\p{L}*|сделал\p{L}*|поступа\p{L}*|поступил\p{L}*|вел[аио]?|ведут|вед[её]т|занима\p{L}*|занял\p{L}*)$/u;
const LIGHT_EN =
  /^(?:acted|acts|act|acting|did|does|do|doing|done|handled|handles|handle|handling|went|goes|go|going|ran|runs|run|running)$/u;

/** True when every unbacked word is a light verb (and there is one at least). */
export function onlyLightVerbs(unbacked: readonly string[]): boolean {
  return (
    unbacked.length > 0 &&
    unbacked.every((w) => {
      const word = w.trim().toLowerCase();
      return LIGHT_RU.test(word) || LIGHT_EN.test(word);
    })
  );
}
