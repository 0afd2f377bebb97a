// A claim's and an article span's meaningful words, read from Lexicon tokens: what each is compared by, how much
// it counts, whether a negation stands before it, and the words near it (match.ts lines them up).
import type { Token } from "../answering/lexicon.js";
import { keepsRelation } from "./kept-relation.js";
import { litotesLength } from "./litotes.js";
import {
  CEASE_WORDS,
  FAIL_WORDS,
  INABILITY_REACH,
  NEGATIVE_PRONOUNS,
  NEGATOR_PAIRS,
  NEGATORS,
  RUSSIAN_CONCORD_NEGATORS,
  RUSSIAN_FAIL_WORDS,
  RUSSIAN_INABILITY,
  RUSSIAN_INFINITIVE,
} from "./polarity.js";
import { partsOf, stemOf } from "./stems.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/** A meaningful word of a claim or an article span. */
export interface Word {
  /** What it is compared by: a concept ("=united_states"), a speaker ("@putin") or a stem. */
  term: string;
  surface: string;
  /** How much it counts: rare words more than common ones; frame words ("said") nothing. */
  weight: number;
  /** An odd number of negators stands before it ("no mention", but "not without controversy" is even). */
  negated: boolean;
  /** Its opposite-pair class and side, or -1 when it has none. */
  cls: number;
  side: number;
  /** A named actor: a speaker, a capitalised thing the article names, or an unknown name. */
  entity: boolean;
  /** Stems of the words a phrase token is made of ("warring sides": war, side); one stem for a single word. */
  parts: string[];
  /** Its place among the text's tokens (small words counted), -1 for a negation standing alone. */
  at: number;
}

/** The term of a negation that negates nothing ("… the negotiation process not."): it lines up with no word. */
export const DANGLING_NEGATION = "¬";

/**
 * Words from Lexicon tokens: negation carried forward, frame words kept (weight 0) so "no mention" counts. A
 * negator with nothing after it is kept as a word of its own, so a "not" tacked on at the end still counts.
 */
export function wordsOf(
  tokens: Token[],
  vocabulary: ClaimVocabulary,
  isEntity: (term: string, surface: string) => boolean,
): Word[] {
  const out: Word[] = [];
  let pending = 0;
  // Russian negation is concord: "никогда не" is one "never", not two negations that cancel; "не не" and
  // "не без" are two, as "not without" is in English.
  let concord = { ni: false, ne: false };
  let skipTo = -1;
  // The infinitive a Russian inability word negates further on (-1: none): «неспособность правительства США учесть».
  let negateAt = -1;
  for (const [i, t] of tokens.entries()) {
    if (i < skipTo) continue;
    // "не обходится без споров", "не лишено споров": two negations that say the thing is there (litotes.ts).
    const litotes = litotesLength(tokens, i);
    if (litotes > 0) {
      skipTo = i + litotes;
      continue;
    }
    const pairedWith = NEGATOR_PAIRS.get(t.surface);
    if (NEGATORS.has(t.surface) || (pairedWith !== undefined && pairedWith === tokens[i + 1]?.surface)) {
      if (RUSSIAN_CONCORD_NEGATORS.has(t.surface)) {
        if (!concord.ni && !concord.ne) pending++;
        concord = { ...concord, ni: true };
      } else if (t.surface === "не" || t.surface === "нет") {
        // "нет ничего общего", "ничего не": one negation, whichever of the two comes first.
        if (!concord.ni || concord.ne) pending++;
        concord = { ...concord, ne: true };
      } else pending++;
      continue;
    }
    // "stopped criticizing": the cessation negates what it stops, and says nothing of its own.
    if (CEASE_WORDS.has(t.surface) && /^\p{L}+ing\b/u.test(tokens[i + 1]?.surface ?? "")) {
      pending++;
      continue;
    }
    if (NEGATIVE_PRONOUNS.has(t.surface)) {
      // "mentions nothing about": the verb it is the object of is what is negated ("makes no mention").
      const verb = out[out.length - 1];
      if (verb !== undefined && verb.at === i - 1 && pending === 0) {
        verb.negated = !verb.negated;
        continue;
      }
      out.push({ ...NEGATED_NOTHING, surface: t.surface, negated: pending % 2 === 0 });
      pending = 0;
      continue;
    }
    const opposite = vocabulary.classOf(t.surface);
    // A small word is skipped unless it is one side of an opposite pair: "thanks", "both", "all", "within".
    const small = t.role === "stop" || t.role === "question";
    if (small && !opposite) continue;
    const concordBefore = concord;
    concord = { ni: false, ne: false };
    const term = t.role === "frame" || small ? stemOf(t.surface) : t.term;
    out.push({
      term,
      surface: t.surface,
      weight: t.role === "frame" || small ? 0 : vocabulary.weightOf(term),
      negated: (pending % 2 === 1) !== (i === negateAt),
      cls: opposite?.cls ?? -1,
      side: opposite?.side ?? -1,
      entity: isEntity(term, t.surface),
      parts: partsOf(t.surface),
      at: i,
    });
    // "failure to address": what comes after "to" did not happen ("failure not to" twice over, so it did;
    // small words between are read through: "failure of the talks to", "fails not at all to");
    // "отказывается обсуждать" likewise.
    let next = i + 1;
    while (
      next < tokens.length &&
      tokens[next]!.surface !== "to" &&
      (NEGATORS.has(tokens[next]!.surface) || tokens[next]!.role === "stop")
    )
      next++;
    const infinitive = RUSSIAN_INABILITY.test(t.surface) ? infinitiveAfter(tokens, i) : -1;
    const fails =
      (FAIL_WORDS.has(t.surface) && tokens[next]?.surface === "to") ||
      RUSSIAN_FAIL_WORDS.has(t.surface) ||
      infinitive > 0;
    // "failed to" only marks the negation: "Putin failed to mention" is about mentioning, not failing.
    if (fails) out[out.length - 1]!.weight = 0;
    // "maintains ties", «поддерживает отношения»: the relation is the word; the verb's negation goes on to it.
    if (keepsRelation(tokens, i)) {
      Object.assign(out[out.length - 1]!, { weight: 0, negated: false });
      // «не поддерживает никаких отношений»: one negation, as «не … никаких» is without the verb.
      concord = concordBefore;
      continue;
    }
    // The party between an inability word and its infinitive is not negated: the infinitive is.
    if (infinitive > i + 1) negateAt = infinitive;
    pending = fails && infinitive <= i + 1 ? 1 : 0;
  }
  if (pending % 2 === 1) out.push({ ...NEGATED_NOTHING });
  return out;
}

/** The infinitive a Russian inability word at `at` governs, a few words on, or -1. */
function infinitiveAfter(tokens: Token[], at: number): number {
  for (let j = at + 1; j < tokens.length && j <= at + INABILITY_REACH; j++) {
    if (RUSSIAN_INFINITIVE.test(tokens[j]!.surface)) return j;
  }
  return -1;
}

/** A negation with no word of its own: a "not" at the end, or "nothing"; it lines up with no word. */
const NEGATED_NOTHING: Word = {
  term: DANGLING_NEGATION,
  surface: "not",
  weight: 0,
  negated: true,
  cls: -1,
  side: -1,
  entity: false,
  parts: [],
  at: -1,
};

export const CONTEXT_WORDS = 3;

/**
 * The meaningful terms within a few words of `at`: opposites and swapped actors only count when they are about
 * the same thing. Speakers are left out: "Putin" is near half the article's words.
 */
export function contextOf(words: Word[], at: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, at - CONTEXT_WORDS); i <= Math.min(words.length - 1, at + CONTEXT_WORDS); i++) {
    const w = words[i]!;
    if (i !== at && w.weight > 0 && !w.term.startsWith("@")) out.add(w.term);
  }
  return out;
}

export function sharesContext(a: Set<string>, b: Set<string>): boolean {
  for (const t of a) if (b.has(t)) return true;
  return false;
}
