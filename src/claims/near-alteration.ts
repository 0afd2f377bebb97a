// Clear alterations that line up with little of their passage: "The Foreign Ministry wants regional players kept
// out of the process" (¶6 coordinates them), "The Kremlin keeps open communication with Israel alone" (both warring
// sides), "Putin mildly hints at a few minor shortcomings of US policy" (a clear indication of its failure), "Putin
// acknowledges the need for a Palestinian state with East Jerusalem as its capital" (a detail ¶3 never gives).
// Each rewrites its passage, but the words it changes or adds weigh enough to keep it short of a match, and it was
// judged not in the article. Read on a claim near its passage (closeAt, two words besides names lined up, as
// framedNear requires): an exclusion where the passage includes, a restriction to one where it has both or all, a
// hedge where it is firm, or a tail of words added after everything the passage says. English and Russian (the
// passage then is its translation). Never turns a match into anything: only claims short of one are read.
// Every regular expression is bounded: a 4096-character message is read in linear time.

import { lean } from "../lib/lean-regexp.js";
import type { Closest } from "./closest.js";
import { withoutClaimantHedges } from "./hedge-scope.js";
import { foreignToArticle } from "./lone-added-word.js";
import { backedPairs } from "./match.js";
import type { ClaimChange, ClaimTuning } from "./types.js";
import { victimsSwapped } from "./victims-swapped.js";

/** Keeping someone out: "kept out of", "shut out", "sideline", "exclude", "must not be allowed"; "отстранить",
 * "исключить", "не участвовали", «нельзя допускать». */
const EXCLUDING = lean(
  /(?:^|[^\p{L}])(exclud\p{L}*|(?:keep|keeps|kept|keeping|shut|shuts|shutting|leave|leaves|left|leaving|cut|cuts|cutting|push|pushed|pushes|lock|locked)\s+(?:\p{L}+\s+){0,3}?out|sidelin\p{L}*|isolat\p{L}*|barr(?:ed|ing)|ban(?:s|ned|ning)?|отстран\p{L}*|исключ\p{L}*|изолир\p{L}*|вытесн\p{L}*|оттесн\p{L}*|(?:не|нельзя)\s+(?:участв\p{L}*|допуск\p{L}*|допуст\p{L}*|привлека\p{L}*|подпуск\p{L}*)|(?:not|n[’']t)\s+(?:be\s+)?allowed|без\s+участия)(?=$|[^\p{L}])/iu,
);
/** The passage brings parties in: coordinating, inclusive, involving, engaging; "координации", "вовлечения". */
const INCLUDING = lean(
  /(?:^|[^\p{L}])(coordinat\p{L}*|inclusive|involv\p{L}*|participat\p{L}*|engag\p{L}*|координ\p{L}*|инклюзивн\p{L}*|вовлеч\p{L}*|участи\p{L}*)(?=$|[^\p{L}])/iu,
);

/** One party in the place of a whole: "Israel alone", "only Israel", "только с Израилем". */
const RESTRICTING = lean(
  /(?:^|[^\p{L}])(alone|only|solely|exclusively|только|лишь|исключительно|единственн\p{L}*)(?=$|[^\p{L}])/iu,
);
/** The whole the passage names: "both warring sides", "all parties", "обеими сторонами", "всех сторон". */
const WHOLE = lean(/(?:^|[^\p{L}])(both|all|обе\p{L}*|оба|всех|все)(?=$|[^\p{L}])/iu);

/**
 * A claim's words for a little, or a guess: "mildly hints at a few minor …", "слегка намекает на мелкие …"; "might
 * be a sign of some shortcomings", "может говорить о некоторых недостатках" (wave AK: a weakened stance).
 */
const HEDGING = lean(
  /(?:^|[^\p{L}])(mildly|slightly|somewhat|barely|vaguely|gently|softly|hints?|hinted|hinting|minor|slight|small|tiny|perhaps|maybe|possibly|probably|arguably|might|some|(?:may|could)\s+(?:be|signal|suggest|indicate|point|reflect|show|mean)|marginal\p{L}*|некотор\p{L}*|вероятно|пожалуй|(?:может|могут|могла|мог)\s+(?:быть|свидетельствовать|говорить|указывать|означать|служить)|слегка|немного|чуть|мягко|намека\p{L}*|намекн\p{L}*|небольш\p{L}*|мелк\p{L}*|незначительн\p{L}*|возможно|отчасти)(?=$|[^\p{L}])/iu,
);
/**
 * A claim's word judging the passage's firm call its opposite: "premature", "unnecessary", "not urgent",
 * "can wait"; «преждевременным», «ненужным», «излишним», «не срочно» (wave AN: a ceasefire called premature was
 * confirmed as a paraphrase of the urgent one).
 */
const REVERSING = lean(
  /(?:^|[^\p{L}])(premature(?:ly)?|untimely|unnecessary|needless|unneeded|superfluous|pointless|optional|not\s+(?:so\s+|that\s+|very\s+)?(?:urgent|needed|necessary|pressing|a\s+priority)|no\s+(?:rush|hurry)|(?:can|could)\s+wait|преждевременн\p{L}*|несвоевременн\p{L}*|ненужн\p{L}*|излишн\p{L}*|необязательн\p{L}*|бессмысленн\p{L}*|не\s+(?:так\s+)?(?:срочн\p{L}*|нуж\p{L}*|обязательн\p{L}*|к\s+спеху)|(?:может|могут)\s+подождать)(?=$|[^\p{L}])/iu,
);
/** The passage says it firmly: deep, clear, urgent, immediate, a failure; "глубокую", "явный", "срочной", "провал". */
const FIRM = lean(
  /(?:^|[^\p{L}])(deep|deeply|clear|clearly|urgent|urgently|immediate|failure|failed|глубок\p{L}*|явн\p{L}*|ясн\p{L}*|срочн\p{L}*|немедленн\p{L}*|неотложн\p{L}*|провал\p{L}*|неудач\p{L}*)(?=$|[^\p{L}])/iu,
);

/** Tail words of a claim that says all of its passage (coverage) and then more. */
const SAYS_ALL = 0.6;

/** The change of a near, unmatched claim that rewrites its passage by leaving out, hedging or adding; else null. */
export function nearAlteration(
  best: Closest,
  text: string,
  /** The passage's sentence (for a Russian claim its translation). */
  sentence: string,
  /** The passage's whole paragraph (for a Russian claim its translation). */
  paragraph: string,
  tuning: ClaimTuning,
  framed = false,
): ClaimChange | null {
  if (best.containment < tuning.closeAt) return null;
  const backed = backedPairs(best.pairs);
  if (!backed.some((p) => !p.claim.entity)) return null;
  // Who is kept out is the passage's own ("regional players"): that word alone ties the claim to it (the speaker,
  // the claim's subject, is no pair of its words).
  const out = excluded(text, sentence, paragraph);
  if (out || backed.length < 2) return out;
  return restricted(text, sentence) ?? hedged(text, sentence, paragraph, framed) ?? addedTail(best);
}

/** "kept out" where the passage's sentence coordinates or involves them, and its paragraph excludes no one. */
function excluded(text: string, sentence: string, paragraph: string): ClaimChange | null {
  const out = EXCLUDING.exec(text);
  if (!out || EXCLUDING.test(paragraph)) return null;
  const including = INCLUDING.exec(sentence);
  return including ? { kind: "opposite", claimed: out[1]!, article: including[1]! } : null;
}

/** "Israel alone" where the passage has both or all, which the claim no longer says. */
function restricted(text: string, sentence: string): ClaimChange | null {
  const only = RESTRICTING.exec(text);
  if (!only || RESTRICTING.test(sentence)) return null;
  const whole = WHOLE.exec(sentence);
  if (!whole || WHOLE.test(text)) return null;
  return { kind: "opposite", claimed: only[1]!, article: whole[1]! };
}

/**
 * A hedge the paragraph has in no form, where the passage's sentence is firm: "slight concern" of "deep concern",
 * "hints at minor flaws" of "a clear indication of the failure". Also read on a claim that matches (judge.ts,
 * russian.ts): one hedge among words that all line up was confirmed.
 */
export function hedged(
  claim: string,
  sentence: string,
  paragraph: string,
  /** The claim came in a speaker's frame ("Putin said …"): every word of it is the speaker's. */
  framed = false,
): ClaimChange | null {
  // (claims-r2-38) The claimant's own doubt ("Putin probably voiced deep concern") weakens nothing of the passage.
  const text = framed ? claim : withoutClaimantHedges(claim);
  const hedge = HEDGING.exec(text) ?? REVERSING.exec(text);
  if (!hedge) return null;
  const word = hedge[1]!.toLowerCase();
  if (paragraph.toLowerCase().includes(word)) return null;
  const firm = FIRM.exec(sentence);
  return firm ? { kind: "replaced", claimed: hedge[1]!, article: firm[1]! } : null;
}

/**
 * On a claim that matches: an exclusion where the passage includes ("calls for sidelining regional powers"), a
 * hedge where it is firm, soldiers where its casualties are civilian (victims-swapped.ts), or a clause of its own
 * after all it lines up ("… with both warring sides and sends them weapons", "…, to be monitored by Turkish troops"). One unbacked word among many that line up was confirmed.
 * `tokens`: the claim's tokens, which its words' places index.
 */
export function changedOnMatch(
  best: Closest,
  tokens: readonly { surface: string }[],
  text: string,
  sentence: string,
  paragraph: string,
  /** The whole article (for a Russian claim its translation): a lone added word must be foreign to it. */
  article: string,
  framed = false,
): ClaimChange | null {
  return (
    excluded(text, sentence, paragraph) ??
    hedged(text, sentence, paragraph, framed) ??
    victimsSwapped(text, sentence) ??
    addedClause(best, tokens, article)
  );
}

/** Words of its own a claim's added clause has at least, unless its one word is foreign (lone-added-word.ts). */
const ADDED_WORDS = 2;

/** Words that open a clause or phrase of the claim's own: "and", "which", "to", "under"; "и", "которое", "под". */
const OPENING = new Set([
  "and",
  "which",
  "who",
  "that",
  "while",
  "whereas",
  "to",
  "under",
  "by",
  "plus",
  "then",
  "и",
  "а",
  "также",
  "которое",
  "который",
  "которая",
  "которые",
  "которого",
  "под",
  "чтобы",
  "причём",
  "причем",
]);

/**
 * After the claim's last word the passage backs (names aside) comes a word that opens a clause of its own, then
 * words it never gives: the claim says what the passage says and one thing more.
 */
function addedClause(
  best: Closest,
  tokens: readonly { surface: string }[],
  article: string,
): ClaimChange | null {
  const weighted = best.pairs.filter((p) => p.claim.weight > 0);
  const lastAt = Math.max(
    ...weighted.filter((p) => p.span !== null && !p.claim.entity).map((p) => p.claim.at),
  );
  const tail = weighted.filter((p) => p.claim.at > lastAt);
  const first = tail[0];
  // The tail opens on a word the passage lacks, and names aside ("Turkish troops") lines up with none of it.
  if (first === undefined || first.span !== null || tail.some((p) => p.span !== null && !p.claim.entity))
    return null;
  // Two words of its own at least: one is as often a word of the passage's said otherwise ("parties" for "sides",
  // "wounded" beside "killed") as an added deed.
  const own = tail.filter((p) => p.span === null && !p.claim.entity);
  if (own.length === 0) return null;
  // One word of its own: a deed the article has in no form, in a clause that lines up with nothing, names included.
  if (
    own.length < ADDED_WORDS &&
    (tail.some((p) => p.span !== null) || !foreignToArticle(own[0]!.claim.surface, article))
  )
    return null;
  const between = tokens.slice(lastAt + 1, first.claim.at).map((t) => t.surface.toLowerCase());
  if (!between.some((w) => OPENING.has(w))) return null;
  return { kind: "added", claimed: tail.map((p) => p.claim.surface).join(" "), article: "" };
}

/**
 * Everything the passage says (coverage), then words it never gives after the last word lined up: "… a
 * Palestinian state with East Jerusalem as its capital". The added words are the change.
 */
function addedTail(best: Closest): ClaimChange | null {
  if (best.coverage < SAYS_ALL) return null;
  const weighted = best.pairs.filter((p) => p.claim.weight > 0);
  const backed = weighted.filter((p) => p.span !== null);
  const unbacked = weighted.filter((p) => p.span === null);
  if (unbacked.length === 0 || backed.filter((p) => !p.claim.entity).length < 3) return null;
  const lastBacked = Math.max(...backed.map((p) => p.claim.at));
  if (unbacked.some((p) => p.claim.at < lastBacked)) return null;
  return { kind: "added", claimed: unbacked.map((p) => p.claim.surface).join(" "), article: "" };
}
