// (claims37) The remedy of what the passage faults, prescribed to the one it faults: ¶2 criticizes Washington "for
// monopolizing peace efforts without considering compromises acceptable to both sides"; "Putin said the US must
// consider compromises acceptable to both sides" and "… must stop monopolizing peace efforts" say what the
// criticism asks for. Each was read altered (claims-own41): "consider" against the passage's "not considering", "stop"
// read as a negation of "monopolizing". A claim read altered only by negations and opposites, each change a word
// right after a prescription ("must", "should", "ought to", "needs to", "has to") that turns the passage's fault round
// (the faulted lack done: "must consider" of "without considering", "should address" of "failure to address"; the
// faulted deed stopped: "must stop monopolizing"), said of a party the passage faults after its fault word, agrees
// in substance: a paraphrase. A prescription of the fault itself ("should keep monopolizing", "must not consider")
// is altered. Russian («США должны учитывать интересы палестинцев» of «не учло») by the change alone.
import { lean } from "../lib/lean-regexp.js";
import { partiesIn } from "./parties.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** A prescription, then optionally a negation or a verb of stopping (group 1), then the prescribed word (group 2). */
const PRESCRIPTION = lean(
  /(?<!\p{L})(?:must|should|ought\s{1,3}to|needs?\s{1,3}to|has\s{1,3}to|have\s{1,3}to)\s{1,3}(?:(not|never|stop|quit|cease|end)\s{1,3})?([\p{L}-]+)/giu,
);
/** A fault word of the passage: criticism, blame, a failure. */
const FAULT = /(?<!\p{L})(?:criticiz\p{L}*|criticis\p{L}*|blam\p{L}*|fault\p{L}*|fail\p{L}*)/iu;
/** A Russian fault: criticism, blame, failure, or the lack said of the party («не учло»). */
const FAULT_RU =
  /(?<!\p{L})(?:критику\p{L}*|вин\p{L}{1,3}|возлага\p{L}*|провал\p{L}*|неудач\p{L}*|не\s{1,3}учл\p{L}*)/iu;
/** The passage's lack right before its word: "without considering", "failure to address", "not …". */
const LACK_BEFORE = /(?<!\p{L})(?:without|not|no|never|failure\s{1,3}to|fail(?:s|ed)?\s{1,3}to)\s{1,3}$/iu;
/** How many characters before a prescription its subject may stand ("the US must", "Washington should"). */
const SUBJECT_REACH = 30;
/** How many characters before the passage's fault word its faulted party may stand ("the US government's failure"). */
const FAULTED_REACH = 40;

const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/^(?:not|не)\s+/u, "")
    .slice(0, 5);

interface Prescribed {
  /** The word prescribed, lower case. */
  word: string;
  /** Whether the prescription turns the passage's fault round (true) or prescribes the fault itself (false). */
  remedy: boolean;
}

/**
 * Each prescription of the claim to a party the passage faults, on a word the passage has after its fault word:
 * whether it prescribes the remedy (the lack done, the deed stopped) or the fault itself.
 */
export function prescriptionsOfFault(claim: string, passage: string): Prescribed[] {
  const fault = FAULT.exec(passage);
  if (fault === null || /\p{Script=Cyrillic}/u.test(claim)) return [];
  const faulted = partiesIn(passage.slice(Math.max(0, fault.index - FAULTED_REACH)));
  const lower = passage.toLowerCase();
  const out: Prescribed[] = [];
  for (const p of claim.matchAll(PRESCRIPTION)) {
    const word = p[2]!.toLowerCase();
    const subject = partiesIn(claim.slice(Math.max(0, p.index - SUBJECT_REACH), p.index));
    if (![...subject].some((x) => faulted.has(x))) continue;
    const at = word.length >= 4 ? lower.indexOf(stem(word), fault.index) : -1;
    if (at < 0) continue;
    const lack = LACK_BEFORE.test(lower.slice(Math.max(0, at - 30), at));
    out.push({ word, remedy: Boolean(p[1]) !== lack });
  }
  return out;
}

/** Russian prescriptions: «должны (не / перестать) учитывать …», «нужно», «следует». */
const PRESCRIPTION_RU = lean(
  /(?<!\p{L})(?:долж\p{L}{1,3}|нужно|надо|следует|стоит|обязан\p{L}{0,2})\s{1,3}(?:(не|перестать|прекратить)\s{1,3})?(\p{L}+)/giu,
);
/** A change's passage side that is a lack: "not considering", «не учло», «без рассмотрения». */
const LACK = /^(?:not|no|without|не|без)\s/iu;

/**
 * A change of the claim that is a prescribed remedy: its claim word right after a prescription to a party its
 * passage names, turning the passage's side round (the lack done, the deed stopped).
 */
function remedies(text: string, passage: string, claimed: string, article: string): boolean {
  const russian = /\p{Script=Cyrillic}/u.test(text);
  const named = partiesIn(passage);
  // "должны … монополизировать": the change's last word is the one prescribed.
  const word = claimed.split(/\s*…\s*/u).at(-1) ?? claimed;
  for (const p of text.matchAll(russian ? PRESCRIPTION_RU : PRESCRIPTION)) {
    if (stem(p[2]!) !== stem(word)) continue;
    const subject = partiesIn(text.slice(Math.max(0, p.index - SUBJECT_REACH), p.index));
    if (![...subject].some((x) => named.has(x))) continue;
    // A lack word prescribed turned ("must not ignore") is the lack done, as "must consider" is.
    if ((negated(text, p) !== LACK_WORD.test(p[2]!)) !== LACK.test(article)) return true;
  }
  return false;
}

/** Words of considering in either language: "consider", «учитывать», «учесть», «рассматривать». */
const CONSIDER_WORD = /^(?:consider|учитыв|учест|учёт|учет|рассматр|рассмотр)/iu;
/** The passage's considering lacked: "without considering", «без рассмотрения», «без учёта», «не учло». */
const CONSIDER_LACKED =
  /(?<!\p{L})(?:without\s{1,3}consider\p{L}*|без\s{1,3}(?:рассмотрени\p{L}|уч[её]т\p{L}{0,2})|не\s{1,3}уч(?:л|ел|ёл|итыва)\p{L}{0,3})/iu;

/**
 * (claims-r2-37) «США должны учитывать компромиссы …» of «без рассмотрения компромиссов»: a word of considering
 * the passage lines up with nothing (a stance change), prescribed not negated to a party it names, where the
 * passage lacks the considering: the lack done, the remedy.
 */
function consideringRemedy(text: string, passage: string, claimed: string): boolean {
  if (!CONSIDER_WORD.test(claimed) || !CONSIDER_LACKED.test(passage)) return false;
  const named = partiesIn(passage);
  const russian = /\p{Script=Cyrillic}/u.test(text);
  for (const p of text.matchAll(russian ? PRESCRIPTION_RU : PRESCRIPTION)) {
    if (stem(p[2]!) !== stem(claimed) || negated(text, p)) continue;
    const subject = partiesIn(text.slice(Math.max(0, p.index - SUBJECT_REACH), p.index));
    if ([...subject].some((x) => named.has(x))) return true;
  }
  return false;
}

/** The prescription turned: a negation or a stop after it, or «не» before it («не должны»). */
function negated(text: string, p: RegExpExecArray | RegExpMatchArray): boolean {
  return Boolean(p[1]) || NOT_BEFORE.test(text.slice(Math.max(0, (p.index ?? 0) - 8), p.index));
}
const NOT_BEFORE = /(?<!\p{L})(?:не|not)\s{1,3}$/iu;

/**
 * (Russian) A confirmed claim prescribing a lack to a party its passage names, the passage's translation stating a
 * lack («США не должны рассматривать компромиссы» of «без рассмотрения компромиссов»): its negation lined up with
 * the passage's, so what it prescribes is the fault. The prescribed word, or null.
 */
function russianFaultPrescribed(text: string, translation: string, passage: string): string | null {
  if (!/\p{Script=Cyrillic}/u.test(text) || !/(?<!\p{L})(?:не|без)\s/iu.test(translation)) return null;
  const named = partiesIn(passage);
  const lower = translation.toLowerCase();
  for (const p of text.matchAll(PRESCRIPTION_RU)) {
    const subject = partiesIn(text.slice(Math.max(0, p.index - SUBJECT_REACH), p.index));
    if (![...subject].some((x) => named.has(x)) || !negated(text, p)) continue;
    // The word stands in the translation as its deed, not negated («монополизацию»): stopping it is the remedy.
    const at = lower.indexOf(stem(p[2]!));
    if (at >= 0 && !/(?<!\p{L})(?:не|без)\s{1,3}$/iu.test(lower.slice(Math.max(0, at - 6), at))) continue;
    return p[2]!.toLowerCase();
  }
  return null;
}

/** A word that is itself a lack: ignoring, overlooking, «игнорировать», «пренебрегать». */
const LACK_WORD = /^(?:ignor|overlo|disreg|neglec|игнор|пренеб)/iu;

/**
 * A confirmed claim prescribing a lack word, not negated, to a party its passage names, the passage faulting
 * («США должны игнорировать чаяния палестинцев» of «не учло интересы палестинцев»): the fault prescribed.
 */
function lackWordPrescribed(text: string, passage: string): string | null {
  if (!FAULT.test(passage) && !FAULT_RU.test(passage)) return null;
  const named = partiesIn(passage);
  const russian = /\p{Script=Cyrillic}/u.test(text);
  for (const p of text.matchAll(russian ? PRESCRIPTION_RU : PRESCRIPTION)) {
    const subject = partiesIn(text.slice(Math.max(0, p.index - SUBJECT_REACH), p.index));
    if ([...subject].some((x) => named.has(x)) && !negated(text, p) && LACK_WORD.test(p[2]!))
      return p[2]!.toLowerCase();
  }
  return null;
}

/**
 * The checker: an altered claim whose every change is a prescribed remedy of the fault read as a paraphrase; a
 * confirmed one prescribing the fault itself ("must not consider compromises") read as altered.
 */
export function judgingPrescribedRemedy(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.span === null) return verdict;
    if (confirms(verdict.verdict)) {
      const both = `${verdict.span.text}\n${verdict.translation ?? ""}`;
      const fault =
        prescriptionsOfFault(text, verdict.span.text).find((p) => !p.remedy)?.word ??
        russianFaultPrescribed(text, verdict.translation ?? "", both) ??
        lackWordPrescribed(text, both);
      if (fault === undefined || fault === null) return verdict;
      return {
        ...verdict,
        verdict: "altered",
        exact: null,
        changes: [...verdict.changes, { kind: "opposite", claimed: fault, article: "(faulted)" }],
      };
    }
    if (verdict.verdict !== "altered" || verdict.changes.length === 0) return verdict;
    const passage = `${verdict.span.text}\n${verdict.translation ?? ""}`;
    // The passage faults (criticism, blame, failure) or states the lack itself («не учло»).
    if (!FAULT.test(passage) && !FAULT_RU.test(passage)) return verdict;
    const remedied = verdict.changes.every(
      (c) =>
        ((c.kind === "negation" || c.kind === "opposite") && remedies(text, passage, c.claimed, c.article)) ||
        (c.kind === "stance" && consideringRemedy(text, passage, c.claimed)),
    );
    return remedied ? { ...verdict, verdict: "paraphrase", exact: null, changes: [] } : verdict;
  };
}
