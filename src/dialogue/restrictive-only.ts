// "only"/"just" read as a restriction ("only the US?", "just in Gaza?", «только Израиль?»), never the adjective
// "just" ("a just resolution", "just and lasting", "the article wants a just settlement"): one reading for every
// dialogue reader that meets a restricting word (inner-restriction, elliptical, exclusive-side, list-member,
// blame-scope, only-restriction, only-one-side, offered-answer; not-only reads them after "not"). Each reader adds its
// own further words (simply, alone, everything…) around these; too-or-only.ts keeps its own (an either-or's halves).

/**
 * "just" meaning "only": not after an article or a degree word ("a just", "the just", "more just"), not before "and"
 * or a comma ("just and lasting"), nor before a noun the adjective qualifies ("just resolution/settlement/cause"),
 * nor last after a copula ("should the outcome be just?"; "civilians in gaza just?" still restricts).
 * Fixed-width look-arounds only, so linear on long input.
 */
const JUST_AS_ONLY =
  "(?<!(?:^|[^\\p{L}])(?:a|an|the|more|most|very|truly)\\s)just(?!\\s*(?:and|,)\\s|\\s+(?:resolution|settlement|solution|cause|outcome|order)(?!\\p{L})|(?<=(?<!\\p{L})(?:be|is|are|was|were|seem|seems)\\sjust)\\s*[?.!]*$)";

const EN_WORDS = `only|${JUST_AS_ONLY}|solely|exclusively|merely`;
/** «справедливый» ("just") is a word of its own and never one of these. */
const RU_WORDS = "только|лишь|исключительно";

/** The English restricting words (regular-expression source, no capture group). */
export const ONLY_EN = `(?:${EN_WORDS})`;
/** The Russian ones (source). */
export const ONLY_RU = `(?:${RU_WORDS})`;
/** Both languages' restricting words (source, no capture group). */
export const ONLY_WORDS = `(?:${EN_WORDS}|${RU_WORDS})`;

/** A restricting word of its own, not "not only"/«не только» (which widens: not-only.ts). */
const RESTRICTS = new RegExp(`(?<!\\p{L})(?<!(?:not|не)\\s)${ONLY_WORDS}(?!\\p{L})`, "u");

/** Whether a folded question restricts with "only/just/solely/merely", «только/лишь/исключительно». */
export const restrictsWithOnly = (folded: string): boolean => RESTRICTS.test(folded);
