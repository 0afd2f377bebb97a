// "А США искали компромиссы для обеих сторон?" where the evidence says Washington acted "не рассматривая
// компромиссов": the question asks, with no negation of its own, for a thing the evidence names only under a
// negation ("не …", "без …"). The entry's curated Yes is on its own point (Putin criticizes Washington), not on
// this one: the article says the opposite, so No.

import { russianStem } from "../answering/russian/stem.js";

const NEGATION = /(?<!\p{L})(?:не|ни|нет|без|never|not|without|no)(?!\p{L})/u;
/**
 * A negation and the one or two words it governs: "не рассматривая компромиссов" (both the verb and its object),
 * "без компромиссов", "не учитывала чаяния" ("а американцы это учитывали?" asks the verb).
 */
const NEGATED_PHRASE = /(?<!\p{L})(?:не|ни|без|without|not|never)\s+(\p{L}+)(?:\s+(\p{L}+))?/gu;
/** Short words after "не" that are grammar, not the point denied ("не было", "не только", "не так"). */
const GRAMMAR =
  /^(?:был\p{L}*|будет|есть|только|так\p{L}*|этот|этого|всегда|всех|всем|всего|очень|самом|самой)$/u;
/** Shorter words are too often grammar ("для", "обеих"); a stem of six letters matches a word in any case. */
const STEM = 6;

/**
 * A charge asked («Путин критикует американцев за то, что они игнорировали интересы палестинцев?», «упрекает США в
 * игнорировании…»): the failing the evidence negates is what the charge is for, not a thing the question says was done
 * (verdict44; the engine's owned Да or the checker read it).
 */
const CHARGE =
  /(?<!\p{L})(?:критик\p{L}*|упрек\p{L}*|упрекн\p{L}*|обвин\p{L}*|осужда\p{L}*|осудил\p{L}*|вин\p{L}*)(?!\p{L})/u;

/** The evidence's sentences: text up to and with its closing marks. */
const SENTENCE = /[^.!?…]+(?:[.!?…]+|$)/gu;

/**
 * The evidence's sentences that name every voice the question names: «песков упоминал квартет?» is not denied by
 * "Putin makes no mention of Russia's own role" — the article settles the mention for Putin, not for Peskov
 * (verdict42: it was «Нет» on Putin's silence). Without a reader of names, or with no voice named, the whole evidence.
 */
function sentencesOfAsked(
  q: string,
  evidence: string,
  voicesIn?: (text: string) => readonly string[],
): string {
  const asked = voicesIn?.(q) ?? [];
  if (asked.length === 0) return evidence;
  return [...evidence.matchAll(SENTENCE)]
    .map((m) => m[0])
    .filter((sentence) => {
      const named = voicesIn!(sentence.toLowerCase());
      return asked.every((id) => named.includes(id));
    })
    .join(" ");
}

/**
 * Whether the question asks, unnegated, for what the evidence says only with a negation; `voicesIn` gives the
 * voices a text names (by id), so a negation counts only in a sentence naming the voices asked.
 */
export function negatedInEvidence(
  question: string,
  evidence: string,
  voicesIn?: (text: string) => readonly string[],
): boolean {
  const q = question.toLowerCase();
  if (NEGATION.test(q) || CHARGE.test(q)) return false;
  evidence = sentencesOfAsked(q, evidence, voicesIn);
  const negated = [...evidence.toLowerCase().matchAll(NEGATED_PHRASE)].flatMap((m) =>
    [m[1], m[2]].filter((w): w is string => w !== undefined).map((w) => w.slice(0, STEM)),
  );
  const asked = q.split(/[^\p{L}]+/u).filter((w) => w.length >= 7);
  if (asked.some((w) => negated.some((n) => n.length === STEM && w.startsWith(n)))) return true;
  // A short verb ("а США это учли?" against "не учло") by the engine's Russian stem, grammar words aside.
  const negatedStems = new Set(
    [...evidence.toLowerCase().matchAll(NEGATED_PHRASE)]
      .map((m) => m[1]!)
      .filter((w) => w.length >= 4 && !GRAMMAR.test(w))
      .map(russianStem),
  );
  return q
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && w.length < 7 && !GRAMMAR.test(w))
    .some((w) => negatedStems.has(russianStem(w)));
}
