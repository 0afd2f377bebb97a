// Who does what to whom: "Washington blamed Putin" of "he [Putin] directs blame towards the United States" has
// every word of the passage, with the doer and the one it is done to changed places.
import { stemmer } from "stemmer";
import { sameActorOrTerm } from "./actors.js";
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import type { ClaimChange, ClaimSource } from "./types.js";

/** A preposition of a relation both sides share ("ties with", "talks with"): order says nothing of who acts. */
const MUTUAL = new Set(["with", "between", "and", "с", "со", "между", "и"]);
/** The agent of a passive ("is criticized by Putin"), English and Russian ("Путиным" needs no word). */
const AGENT = new Set(["by"]);
/** (claims-r2-38) A Russian passive's verb: «был раскритикован», «раскритикован», «критикуется»; its doer follows. */
const RUSSIAN_PASSIVE_AUX = /^(?:был|была|было|были|будет|будут)$/u;
const RUSSIAN_PARTICIPLE = /\p{L}{3,}(?:ан|ян|ен|ён|ит|ыт|ут|от)[аоы]?$/u;
const RUSSIAN_REFLEXIVE = /\p{L}{3,}(?:ется|ются|ится|ятся)$/u;
/** A Russian doer's instrumental: «Путиным», «Вашингтоном», «Кремлём», «Россией». */
const INSTRUMENTAL = /(?:ом|ем|ём|ым|им|ой|ей|ами|ями)$/u;

/**
 * «Вашингтон был раскритикован Путиным …»: a Russian passive between two actors, its doer (the second) right after
 * the verb; with «был» any case (an indeclinable «США»), without it the instrumental.
 */
function russianPassive(between: string[], doer: string): boolean {
  const words = between.map((w) => w.toLowerCase());
  if (words.some((w) => RUSSIAN_PASSIVE_AUX.test(w)) && words.some((w) => RUSSIAN_PARTICIPLE.test(w)))
    return true;
  return (
    INSTRUMENTAL.test(doer.toLowerCase()) &&
    words.some((w) => RUSSIAN_PARTICIPLE.test(w) || RUSSIAN_REFLEXIVE.test(w))
  );
}

interface Placed {
  word: Word;
  /** Its place among the claim's tokens. */
  at: number;
  /** Its place among the passage's words; -1 for the passage's reported speaker it does not write (its doer). */
  spanAt: number;
}

/**
 * Two actors of the claim on either side of a word of the passage, standing the other way round in the passage:
 * "The United States criticizes Putin for monopolizing …" of "Putin criticizes Washington for monopolizing …",
 * "Washington blamed Putin …" of "he [Putin] directs blame towards the United States …". A passive claim ("… is
 * criticized by Putin") reads its order the other way; a mutual relation ("shares common ground with") is left
 * alone. `subject`: the claim's subject term, taken off the pairs (`subjectAt` its token place); `surfaces`: the
 * claim's tokens' surfaces, for the small words between.
 */
export function swappedRoles(
  pairs: Pair[],
  spanWords: Word[],
  sources: ClaimSource[],
  subject: string | null,
  subjectAt: number | undefined,
  surfaces: string[],
): ClaimChange | null {
  const speakers = new Set(sources.filter((s) => s.voice === "reported").map((s) => `@${s.speakerId}`));
  const placeOf = (term: string, span: Word | null): number => {
    if (span) return spanWords.indexOf(span);
    const named = spanWords.findIndex((w) => w.entity && sameActorOrTerm(w.term, term));
    if (named >= 0) return named;
    return [...speakers].some((s) => sameActorOrTerm(s, term)) ? -1 : -2;
  };
  const actors: Placed[] = pairs
    .filter((p) => p.claim.entity && !p.claim.negated && p.claim.at >= 0)
    .map((p) => ({ word: p.claim, at: p.claim.at, spanAt: placeOf(p.claim.term, p.span) }));
  if (subject !== null && subjectAt !== undefined) {
    const word = { term: subject, surface: surfaces[subjectAt] ?? subject } as Word;
    actors.push({ word, at: subjectAt, spanAt: placeOf(subject, null) });
  }
  const known = actors.filter((a) => a.spanAt >= -1).sort((x, y) => x.at - y.at);
  if (known.length < 2) return null;
  const pivots = pairs.filter((p) => p.span && !p.claim.entity && p.claim.weight > 0 && !p.flipped);
  for (const [i, a] of known.entries()) {
    for (const b of known.slice(i + 1)) {
      if (sameActorOrTerm(a.word.term, b.word.term) || a.spanAt === b.spanAt) continue;
      const between = surfaces.slice(a.at + 1, b.at);
      if (between.some((s) => MUTUAL.has(s))) continue;
      const russian = /\p{Script=Cyrillic}/u.test(b.word.surface);
      const passive =
        between.some((s) => AGENT.has(s)) || (russian && russianPassive(between, b.word.surface));
      // The verb: the first word after the first actor that counts, lined up with the passage.
      const p = pairs.find((q) => q.claim.at > a.at && (q.claim.weight > 0 || q.span !== null));
      if (!p || !pivots.includes(p) || p.claim.at >= b.at) continue;
      // The one it is done to stands right after the verb ("blamed Putin"), or after "by" in a passive: a name
      // after another preposition ("live in Israel", "according to Putin") is no object of it.
      if (passive && !russian ? surfaces[b.at - 1] !== "by" : b.at !== p.claim.at + 1) continue;
      const v = spanWords.indexOf(p.span!);
      const reversed = passive ? a.spanAt < v && v < b.spanAt : b.spanAt < v && v < a.spanAt;
      if (reversed) return { kind: "actor", claimed: a.word.surface, article: b.word.surface };
    }
  }
  return null;
}

/**
 * A name of the passage's put on another of its words: "Israeli citizens living in Russia" of "former Russian
 * citizens residing there [in Israel]". The passage's word is a phrase with a name in it ("former Russian
 * citizens"); the claim's word lined up with it has right before it another name, one the passage has elsewhere.
 * `spanNames`: the passage's words written with a capital (lower case), not opening it.
 */
export function swappedName(pairs: Pair[], spanNames: Set<string>): ClaimChange | null {
  const claimAt = new Map(pairs.map((p) => [p.claim.at, p]));
  for (const p of pairs) {
    if (!p.span || p.claim.entity || p.claim.weight <= 0 || p.flipped || p.span.parts.length < 2) continue;
    const name = claimAt.get(p.claim.at - 1);
    if (!name?.claim.entity || !name.span || name.span === p.span) continue;
    const own = new Set([...name.claim.parts, ...name.span.parts, name.claim.term]);
    if (p.span.parts.some((part) => own.has(part))) continue;
    const other = p.span.parts.find((part) => spanNames.has(part));
    if (other) return { kind: "actor", claimed: name.claim.surface, article: other };
  }
  return null;
}

/** The stems of the words a text writes with a capital, bar its first word. */
export function capitalStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[^\p{L}](\p{Lu}[\p{L}]*)/gu)) out.add(stemmer(m[1]!.toLowerCase()));
  return out;
}
