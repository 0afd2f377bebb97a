// A party taken out of a two-party compound (claims36). "ЕС помогает палестинцам", "евросоюз прекратил помощь
// палестинцам", "the EU stopped helping the Palestinians" lined up with the Quartet sentence ("… formed to
// facilitate Israeli-Palestinian negotiations", «… для содействия израильско-палестинским переговорам»): the claim's
// words all stand there ("help" for "facilitate", "Palestinians" in "Israeli-Palestinian"), so it read as a
// paraphrase, or, with "stopped" read as a negation, as that sentence denied (and the chat answered "Нет."). But the
// passage names the Palestinians only as one half of "Israeli-Palestinian negotiations": a thing between two parties,
// not a party that is helped, aided or harmed. A claim that names one half alone (neither the other half nor the
// compound's noun) says something of that party the passage does not: not in the article when it covers little of
// the passage, else the passage altered (the compound replaced by the party). Nothing is confirmed here.
// Every regular expression is linear: whole words, one hyphen, one following word.
import { formsPattern, type Parties } from "../knowledge/parties.js";
import type { Sentence } from "./contrary-deed.js";
import { notReported } from "./new-event.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";

/** Two words joined by a hyphen and the noun they qualify: "israeli-palestinian negotiations". */
const COMPOUND = /(?<!\p{L})(\p{L}+)[-‑](\p{L}+)\s+(\p{L}+)/gu;
/** A passage this much covered by the claim is the claim's own statement, the compound replaced in it. */
const COVERED = 0.45;
/** Letters a head noun's forms share at the start ("negotiat", "перегов"). */
const STEM = 6;

interface PartyForms {
  id: string;
  pattern: RegExp;
}

/** The checker, a party alone where its passage has it only as half of a two-party compound: not confirmed. */
export function judgingCompoundParty(
  check: ClaimChecker,
  sentences: readonly Sentence[],
  parties: Parties,
): ClaimChecker {
  const forms = (lang: "en" | "ru"): PartyForms[] =>
    parties.flatMap((p) => {
      const list = [...p.names[lang], ...p.mentions[lang]];
      return list.length === 0
        ? []
        : [{ id: p.id, pattern: new RegExp(`(?<!\\p{L})(?:${formsPattern(list)})(?!\\p{L})`, "gu") }];
    });
  const byLang = { en: forms("en"), ru: forms("ru") };
  return (text) => {
    const verdict = check(text);
    if ((verdict.verdict !== "paraphrase" && verdict.verdict !== "altered") || verdict.span === null)
      return verdict;
    const lang = /\p{Script=Cyrillic}/u.test(verdict.statement) ? "ru" : "en";
    const passage = (
      lang === "ru" ? (verdict.translation ?? "") : sentenceOf(sentences, verdict)
    ).toLowerCase();
    const claim = verdict.statement.toLowerCase();
    // Altered by another change of its own ("the quartet was formed to impose sanctions on israel"): so it stays.
    const denials = verdict.changes.filter((c) => c.kind === "negation" || c.kind === "opposite");
    if (verdict.verdict === "altered" && (denials.length === 0 || denials.length < verdict.changes.length))
      return verdict;
    const found = loneHalf(claim, passage, byLang[lang]);
    if (found === null) return verdict;
    if (verdict.similarity.coverage < COVERED) return notReported(verdict);
    // A denial of the passage's deed ("stopped helping" of "facilitate") denies a deed done to another object: the
    // replaced object is the change, not a denial (a yes/no question reads a denial as the article's "No").
    const kept = verdict.changes.filter((c) => !denials.includes(c));
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...kept, { kind: "replaced", claimed: found.party, article: found.compound }],
    };
  };
}

/** Where each party stands in a text. */
function placesOf(text: string, party: PartyForms): { start: number; end: number; surface: string }[] {
  // exec from 0 to its null (which puts lastIndex back at 0): matchAll's matches without its copy of the pattern.
  const out: { start: number; end: number; surface: string }[] = [];
  const { pattern } = party;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0] });
    if (m[0] === "") pattern.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return out;
}

/**
 * The claim's party that its passage names only inside compounds of it and another party, where the claim names
 * neither that other party nor the compound's noun; null when there is none.
 */
function loneHalf(
  claim: string,
  passage: string,
  parties: readonly PartyForms[],
): { party: string; compound: string } | null {
  const compounds = [...passage.matchAll(COMPOUND)].map((m) => ({
    start: m.index,
    end: m.index + m[1]!.length + 1 + m[2]!.length,
    halves: [m[1]!, m[2]!],
    noun: m[3]!,
    text: m[0],
  }));
  if (compounds.length === 0) return null;
  const partyOf = (word: string) => parties.find((p) => placesOf(word, p).length > 0)?.id ?? null;
  for (const party of parties) {
    const inClaim = placesOf(claim, party);
    if (inClaim.length === 0) continue;
    const inPassage = placesOf(passage, party);
    if (inPassage.length === 0) continue;
    const holding = (at: { start: number }) => compounds.find((c) => c.start <= at.start && at.start < c.end);
    // Named alone anywhere in the passage: the claim may be about that mention.
    if (inPassage.some((at) => holding(at) === undefined)) continue;
    const compound = holding(inPassage[0]!)!;
    const others = compound.halves.filter((half) => {
      const id = partyOf(half);
      return id !== null && id !== party.id;
    });
    if (others.length === 0) continue;
    // The other half named in any form ("israel/palestine" of "israeli-palestinian"): both parties, no lone half.
    if (others.some((half) => claim.includes(half.slice(0, Math.min(STEM, half.length - 1))))) continue;
    const stem = compound.noun.slice(0, Math.min(STEM, compound.noun.length - 1));
    if (claim.includes(stem)) continue;
    return { party: inClaim[0]!.surface, compound: compound.text };
  }
  return null;
}

/** The span's whole sentence (the first sentence it starts in). */
function sentenceOf(sentences: readonly Sentence[], verdict: ClaimVerdict): string {
  const span = verdict.span;
  const found = sentences.find(
    (s) => span !== null && s.paragraph === span.paragraph && s.start <= span.start && span.start < s.end,
  );
  return found?.text ?? span?.text ?? "";
}
