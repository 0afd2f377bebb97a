// How a claim reads against its passage, beyond its words lining up: whom it puts in the passage's speaker's
// place, whether it says something new of its subject, whether its attribution verb took the article's own.
import type { Token } from "../answering/lexicon.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { sameActorOrTerm } from "./actors.js";
import { contextOf, sharesContext, type Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import type { ClaimChange, ClaimSource } from "./types.js";
/**
 * A name in the claim that nothing in the passage backs, standing where the passage has its reported speaker,
 * whom the claim does not name: "Netanyahu emphasized …" of "Putin emphasized …", "…, Peskov has expressed deep
 * concern …" of "…, Putin has expressed …". The words around both are the same (a word nearby in common).
 */
export function speakerSwap(pairs: Pair[], spanWords: Word[], sources: ClaimSource[]): Word | null {
  const lined = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  const speakers = new Set(sources.filter((s) => s.voice === "reported").map((s) => `@${s.speakerId}`));
  const claimWords = pairs.map((p) => p.claim);
  // A name the claim writes twice backs the passage's one mention once: "In a call with Erdogan, Erdogan …".
  const again = new Set(pairs.filter((p, i) => p.span && pairs.slice(0, i).some((q) => q.span === p.span)));
  for (const [si, s] of spanWords.entries()) {
    if (!speakers.has(s.term) || lined.has(s)) continue;
    const around = contextOf(spanWords, si);
    for (const [ci, p] of pairs.entries()) {
      if ((p.span && !again.has(p)) || !p.claim.entity || p.claim.negated) continue;
      if (sharesContext(contextOf(claimWords, ci), around)) return p.claim;
    }
  }
  return null;
}

const COPULAS = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "seem",
  "seems",
  "seemed",
  // An auxiliary before the last word: "… casualties has peaked", "… the crisis will double"; "to" before it:
  // "… expresses its readiness to fight".
  "to",
  "has",
  "have",
  "had",
  "will",
  "would",
  "may",
  "might",
  "could",
  "can",
  "should",
  "must",
]);

/**
 * What the claim says of its subject is a word the passage does not back, after "is/were …" at its end: "Putin
 * said civilian casualties in Gaza were exaggerated" is about the article's casualties but asserts something the
 * article does not say at all. Not in the article, though its topic is.
 */
export function newPredicate(pairs: Pair[], tokens: Token[]): boolean {
  const last = pairs.findLast((p) => p.claim.weight > 0);
  if (!last || last.span || last.claim.entity || last.claim.at < 1) return false;
  const before = tokens[last.claim.at - 1]?.surface ?? "";
  const twoBefore = tokens[last.claim.at - 2]?.surface ?? "";
  return COPULAS.has(before) || (before.endsWith("ly") && COPULAS.has(twoBefore));
}

/**
 * The words found stand right after a word of the article's own sentence (not "that", not a clause break), and
 * the claim's attribution verb stands right before them without a "that": the claim swapped the article's verb
 * for its own ("Putin stressed the urgent need …" where the article has "emphasized").
 */
export function objectOfArticleVerb(
  kb: KnowledgeBase,
  span: { paragraph: number; start: number },
  text: string,
  statement: string,
): boolean {
  const before = (kb.article.paragraphs[span.paragraph - 1] ?? "").slice(
    Math.max(0, span.start - 40),
    span.start,
  );
  const articleWord = /([\p{L}'’-]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (articleWord === undefined || articleWord === "that") return false;
  const at = text.lastIndexOf(statement);
  const frameWords = (at <= 0 ? "" : text.slice(0, at)).trim().toLowerCase();
  return /[\p{L}]$/u.test(frameWords) && !/\bthat$/.test(frameWords) && !frameWords.startsWith("according");
}

/** "(Both) Putin and Erdogan called for …", "(И) Путин и Эрдоган призвали …": two names as one subject. */
const TWO_SUBJECTS =
  /^\s*(?:[Bb]oth\s+|И\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),?\s+(?:and|и)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+\p{Ll}/u;

/**
 * A second subject the passage does not give its words to: "Both Putin and Erdogan called for an immediate
 * ceasefire" of Putin's words in his call with Erdogan (Erdogan lines up with the call, not with the saying).
 * `says`: the passage gives its words to that name (or speaks of it as its actor: the Kremlin in Peskov's words).
 */
export function addedSubject(claim: string, says: (name: string) => boolean): ClaimChange | null {
  const m = TWO_SUBJECTS.exec(claim);
  if (!m) return null;
  const [first, second] = [m[1]!, m[2]!];
  const [a, b] = [says(first), says(second)];
  if (a === b) return null;
  return { kind: "actor", claimed: a ? second : first, article: "" };
}

/** "Putin, who criticizes Washington, …": the subject and an aside about it, up to the comma that closes it. */
const ASIDE = /^\s*[^,]+?,\s+(?:who|which|который|которая|которое|которые)\s+[^,]+,/iu;

/** How many tokens the claim's aside after its subject takes, as `read` counts them; -1 when it has none. */
export function asideEndOf(statement: string, read: (text: string) => Token[]): number {
  const m = ASIDE.exec(statement);
  return m ? read(m[0]).length : -1;
}

/** The subject and any aside set off by commas after it: "Israel, for its part,", "Moscow, meanwhile,". */
const PARENTHETICAL = /^\s*[^,]{1,60}?,\s+[^,]{1,60},/u;

/** How many tokens the claim's subject and a comma aside after it take, as `read` counts them; -1 for none. */
export function parentheticalEndOf(statement: string, read: (text: string) => Token[]): number {
  const m = PARENTHETICAL.exec(statement);
  return m ? read(m[0]).length : -1;
}

/** A clause opening with a relative pronoun: its doer is the name before it ("…, which overlooked …", "…, которая"). */
export const RELATIVE_CLAUSE = /^\s*(?:which|who|that|котор\p{L}*|кто)(?=$|[^\p{L}])/iu;

/**
 * The claim's subject does what, in the passage, another actor does: "Putin monopolized peace efforts" of "Putin
 * criticizes Washington for monopolizing peace efforts", "Putin ignored the aspirations of Palestinians" of "…
 * blame towards the United States for its failed policy …, which overlooked the aspirations". The claim's first
 * word after its subject lines up with a passage word that stands after a name the claim leaves out, itself
 * after the subject: that name is whom the passage gives the deed to. `spanWords`: the passage's words, those of
 * its sentence before it first when the passage is a relative clause (RELATIVE_CLAUSE); `asideEnd`: where a
 * relative clause set off by commas after the claim's subject ends (its token count), -1 when there is none.
 */
export function borrowedPredicate(
  pairs: Pair[],
  spanWords: Word[],
  subject: string | null,
  subjectAt: number | undefined,
  asideEnd = -1,
): ClaimChange | null {
  if (subject === null || subjectAt === undefined) return null;
  // Its first word after the subject (and after an aside: "Putin, who criticizes Washington, monopolized …") that
  // counts or lines up ("failed" of "failure to address" weighs nothing).
  const after = Math.max(subjectAt, asideEnd - 1);
  const first = pairs.find((p) => p.claim.at > after && (p.claim.weight > 0 || p.span !== null));
  if (!first?.span || first.claim.entity) return null;
  // A name the claim says only inside the aside is not the one it gives the deed to.
  const claimTerms = new Set(
    pairs.filter((p) => p.claim.at <= subjectAt || p.claim.at >= asideEnd).map((p) => p.claim.term),
  );
  const from = Math.max(
    0,
    spanWords.findIndex((w) => sameActorOrTerm(w.term, subject)),
  );
  const at = spanWords.indexOf(first.span);
  if (at <= from) return null;
  const doer = spanWords
    .slice(from, at)
    .find(
      (w) =>
        w.entity &&
        !claimTerms.has(w.term) &&
        !w.term.startsWith("@") &&
        !sameActorOrTerm(w.term, subject) &&
        !partOfNameHeld(spanWords, w, claimTerms),
    );
  return doer ? { kind: "actor", claimed: first.claim.surface, article: doer.surface } : null;
}

/**
 * "Реджепом" of the passage's "Реджепом Тайипом Эрдоганом" when the claim says "Эрдоганом": a word of a name
 * written in several words (names standing next to each other) whose other word the claim has is that name, not
 * another actor.
 */
function partOfNameHeld(spanWords: Word[], w: Word, claimTerms: ReadonlySet<string>): boolean {
  const i = spanWords.indexOf(w);
  for (const step of [-1, 1]) {
    let at = spanWords[i]!.at;
    for (let j = i + step; j >= 0 && j < spanWords.length; j += step) {
      const next = spanWords[j]!;
      if (!next.entity || Math.abs(next.at - at) !== 1) break;
      if (claimTerms.has(next.term)) return true;
      at = next.at;
    }
  }
  return false;
}
