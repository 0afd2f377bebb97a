// "is the Quartet part of the negotiations?", "is the Quartet involved in the peace talks too?": whether a party
// takes part in a process, asked yes/no. The checker, reading "part of"/"involved in" as a stance the passage
// does not take, said "doesn't say" where the evidence has the party as the subject of taking part ("the Quartet
// formed to facilitate Israeli-Palestinian negotiations"). Yes when a sentence of the evidence names the party
// before a word of taking part and the process after it; a pronoun for the process settles nothing here.
import type { Answer } from "../answering/types.js";

const ASKED = [
  /^(?:(?:so|and|but|ok|okay)[, ]+)?(?:is|are|was|were) (.{2,40}?) (?:(?:also|too|really|actually|even) )?(?:(?:a |any )?part of|involved in|involved with|engaged in|taking part in|a (?:player|participant|party) in) (.{3,50}?)(?: too| as well| also| at all)?$/u,
  /^(?:(?:so|and|but|ok|okay)[, ]+)?(?:does|did) (.{2,40}?) (?:(?:also|really|actually) )?(?:have|play) (?:a |any )?(?:part|role|hand) in (.{3,50}?)(?: too| as well| also| at all)?$/u,
];
const PRONOUN = /^(?:it|that|this|them|those|these|besides|either)$/u;
const TAKING_PART =
  /(?<!\p{L})(?:part of|formed to|set up to|created to|facilitat\p{L}*|member of|members of|involved in|takes? part|participat\p{L}*)(?!\p{L})/gu;
/** One spelling for the process: talks and the peace process are the negotiations here. */
const SAME = (w: string) => w.replace(/^(?:talks|dialog\p{L}*)$/u, "negotiations");
const STOP =
  /^(?:the|a|an|of|in|to|for|and|peace|process|between|israeli|palestinian|israeli-palestinian|middle|east)$/u;
const STEM = 6;

/**
 * The party asked by the article's other name for Russia, and its "itself" (quality47: "is moscow itself part of
 * those efforts?"). Not the Kremlin: the article gives it a role of its own (a constructive role, open lines).
 */
const PARTY_SAME = (w: string) => w.replace(/^moscow$/u, "russia");
const SELF = /^(?:itself|themselves|himself|herself)$/u;

const stems = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter((w) => w.length >= 3 && !STOP.test(w))
    .map((w) => SAME(w).slice(0, STEM));

/** Yes when the evidence has the party take part in the process; null when it settles nothing. */
export function partInVerdict(plain: string, answer: Answer): "yes" | null {
  if (!answer.answered || answer.kind !== "entry" || !answer.entry) return null;
  const asked = plain
    .toLowerCase()
    .replace(/[?!.\s]+$/u, "")
    .trim();
  const m = ASKED.map((re) => re.exec(asked)).find((r) => r);
  if (!m?.[1] || !m[2]) return null;
  const party = stems(
    m[1]
      .split(/\s+/u)
      .filter((w) => !SELF.test(w))
      .map(PARTY_SAME)
      .join(" "),
  );
  const process = m[2].trim().replace(/^(?:the|a|an|these|those)\s+/u, "");
  if (PRONOUN.test(process) || party.length === 0 || party.length > 3) return null;
  const wanted = stems(process);
  // "the peace process" alone: all its words are stop words, so it stands for the negotiations.
  const processStems = wanted.length > 0 ? wanted : /peace/u.test(process) ? ["negoti"] : [];
  if (processStems.length === 0 || processStems.length > 3) return null;
  const sentences = answer.entry.quotes.flatMap((q) => q.text.split(/(?<=[.!?])\s+/u));
  const takes = sentences.some((s) => {
    const lower = s.toLowerCase();
    return [...lower.matchAll(TAKING_PART)].some((verb) => {
      const before = new Set(stems(lower.slice(0, verb.index)));
      const after = new Set(stems(lower.slice(verb.index)));
      return party.every((w) => before.has(w)) && processStems.every((w) => after.has(w));
    });
  });
  return takes ? "yes" : null;
}
