// Kind: a guilt asked of a party with no blaming doer: "so Washington is the one to blame?", "it's America's
// fault?", "is the US at fault?". The party before the blame word is the one blamed, not the one blaming: read as
// the act's target (agent-swap.ts), so Putin blaming the US answers it instead of being read as a swapped doer.

import type { Answer, Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { viewAsAccording } from "./asker-degree.js";

/** "… is (the one) to blame" / "… are the ones to blame" / "… at fault" right before the blame word's end. */
const TO_BLAME_BEFORE =
  /(?:(?:is|are|was|were|'s|'re)\s+(?:(?:the\s+)?ones?\s+|(?:really|actually|mainly|mostly)\s+)?to|at)\s+$/u;
/**
 * Asked with the verb first: "is washington (really) the one to blame", "is the us to blame", "was putin at fault".
 * One to three words between, none a verb's -ing or a word of readiness ("is russia trying to blame…" is a doer).
 */
const INVERTED_BEFORE =
  /(?<!\p{L})(?:is|are|was|were)\s+(?:it\s+)?(?:(?!\p{L}*ing(?!\p{L})|(?:about|able|ready|likely|quick|eager|going|set|keen|willing)(?!\p{L}))[\p{L}.'’]+\s+){1,3}(?:(?:the\s+)?ones?\s+to|(?:really|actually|mainly|mostly|also|himself|itself|themselves)\s+(?:to|at)|to|at)\s+$/u;
/** "does the US deserve (the) blame", "the us deserves some of the blame": the party before is the one blamed. */
const DESERVES_BEFORE =
  /(?<!\p{L})(?:deserv(?:e|es|ed|ing)|bear(?:s)?|take(?:s)?)\s+(?:(?:the|some|any|most|all|much)\s+(?:of\s+the\s+)?)?$/u;
/** "America's fault", "americas fault", "the us's fault": a possessive right before "fault". */
const OWNER_BEFORE = /\p{L}(?:'s|s'|s)\s+$/u;

/** Whether the blame word at `index` in `text` (`word`) asks a guilt: its party before is the target. */
export function guiltAt(text: string, index: number, word: string): boolean {
  const before = text.slice(0, index);
  if (/^blame$/u.test(word))
    return TO_BLAME_BEFORE.test(before) || INVERTED_BEFORE.test(before) || DESERVES_BEFORE.test(before);
  if (/^fault$/u.test(word))
    return TO_BLAME_BEFORE.test(before) || INVERTED_BEFORE.test(before) || OWNER_BEFORE.test(before);
  return false;
}

/** The guilt tail right after the party: "'s fault", "s fault", " is the one to blame", " are at fault". */
const GUILT_TAIL =
  /^(?:'s|s'|s)?\s+(?:fault|(?:is|are|was|were)\s+(?:(?:the\s+)?ones?\s+|(?:really|actually|mainly|mostly)\s+)?(?:to blame|at fault))\s*\??$/u;
/** Asked verb first, "is washington the one to blame (according to putin)?": the blaming voice's frame may close it. */
const INVERTED_TAIL =
  /^\s+(?:(?:the\s+)?ones?\s+to blame|(?:really\s+|actually\s+)?(?:to blame|at fault))(?:\s+according to (?:putin|him|the russian (?:leader|president)))?\s*\??$/u;
const VERB_FIRST = /^(?:(?:so|and|but|then)[, ]+)?(?:is|are|was|were)\s+(?:the\s+)?$/u;
/** "does the US deserve (the) blame (according to putin)?": asked with "do", the guilt as deserved. */
const DO_FIRST = /^(?:(?:so|and|but|then)[, ]+)?(?:does|do|did)\s+(?:the\s+)?$/u;
const DESERVES_TAIL =
  /^\s+(?:really\s+)?deserve\s+(?:(?:the|some|any|most|all|much)\s+(?:of\s+the\s+)?)?blame(?:\s+according to (?:putin|him|the russian (?:leader|president)))?\s*\??$/u;
const NEGATED = /(?<!\p{L})(?:not|never|no)(?!\p{L})|n't(?!\p{L})/u;
const BLAME_IN_EVIDENCE = /(?<!\p{L})(?:blam\p{L}*|fault\p{L}*)(?!\p{L})/u;

/**
 * "so it's America's fault?", "so Washington is the one to blame?" where the evidence's own sentence blames that
 * party: the card holds the Yes. The party must close the question with its guilt (nothing after it), the
 * question carry no negation, and one sentence of the evidence name the party after its blame word.
 */
export function guiltOfBlamed(asked: string, answer: Answer, lang: Lang, parties: Parties): boolean {
  if (lang !== "en" || !answer.answered || answer.kind !== "entry" || NEGATED.test(asked)) return false;
  // "… in putin's eyes" as "according to putin" (asker-degree.ts).
  const text = viewAsAccording(asked.toLowerCase().trim());
  const party = partyMentions(parties, text).find(
    (p) =>
      GUILT_TAIL.test(text.slice(p.end)) ||
      (VERB_FIRST.test(text.slice(0, p.start)) && INVERTED_TAIL.test(text.slice(p.end))) ||
      (DO_FIRST.test(text.slice(0, p.start)) && DESERVES_TAIL.test(text.slice(p.end))),
  );
  return party !== undefined && evidenceBlames(answer, party.id, parties, BLAME_IN_EVIDENCE);
}

/**
 * Whether one sentence of the evidence (the reply's own text or the article's quotes) names the party after its
 * blame word (`blameWord`: the language's words of blame): the evidence blames that very party. Shared with
 * guilt-ru.ts.
 */
export function evidenceBlames(
  answer: Answer,
  partyId: string,
  parties: Parties,
  blameWord: RegExp,
): boolean {
  const sentences = [answer.answer, ...answer.quotes.map((q) => q.text)].join(" ").split(/(?<=[.!?;])\s+/u);
  return sentences.some((s) => {
    const lower = s.toLowerCase().replace(/ё/gu, "е");
    const blame = blameWord.exec(lower);
    if (!blame) return false;
    const after = blame.index + blame[0].length;
    return partyMentions(parties, lower).some((p) => p.id === partyId && p.start >= after);
  });
}
