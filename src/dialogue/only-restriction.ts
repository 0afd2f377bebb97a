// "Does Russia talk only to Hamas?", "Путин винит исключительно США?": a yes/no question restricting a relation to
// one thing. The entry found may name that thing alone while another passage names more, so a Yes is never lent.

import type { Answer, Lang } from "../answering/types.js";
import { compiledRegExp } from "../lib/compiled-regexp.js";
import { restrictionVerdict } from "./elliptical.js";
import { fold } from "./language.js";
import { ONLY_WORDS } from "./restrictive-only.js";

/** A restricting word of the question (restrictive-only.ts's, and "alone"), not "not only"/"не только" (which widens). */
const ONLY_WORD = new RegExp(`(?<!\\p{L})(?<!(?:not|не)\\s)(?:${ONLY_WORDS}|alone)(?!\\p{L})`, "u");

/** The article restricting a relation itself: the same words in a quote (the article's text, or its translation). */
const ONLY_IN_EVIDENCE =
  /(?<!\p{L})(?:only|solely|exclusively|alone|sole|только|лишь|исключительно|единственн\p{L}*)(?!\p{L})/u;

/** A relation held with every side of the war: "both warring sides", "с обеими воюющими сторонами". */
const EVERY_SIDE =
  /(?<!\p{L})(?:(?:both|all|each of the) warring (?:sides|parties)|(?:обе|все|кажд)\p{L}* воюющ\p{L}* сторон\p{L}*)(?!\p{L})/u;

/** One side of the war named as the restricted thing: Palestinians, Israel(is), Hamas. */
const ONE_SIDE = /^(?:палестин|израил|хамас|palestin|israel|hamas)/u;

const evidenceTexts = (answer: Answer, lang: Lang, withAnswer: boolean) =>
  [
    ...(withAnswer ? [answer.answer] : []),
    ...answer.quotes.map((q) => (lang === "ru" ? (q.translation ?? q.text) : q.text)),
  ].map(fold);

/** Whether the question restricts with "only/только/лишь/исключительно" (not "not only"). */
export const restrictsOnly = (folded: string): boolean => ONLY_WORD.test(folded);

/**
 * The verdict on "only X" against the found answer and the passages the same question without "only" finds:
 * No with the passage naming more than X for that relation; "not-said" where nothing restricts it to X.
 * Null where the article's own words restrict (a Yes may stand).
 */
export function onlyVerdict(
  folded: string,
  restricted: string,
  answer: Answer,
  lang: Lang,
  findAnswer: (question: string) => Answer,
): { verdict: "no" | "not-said"; evidence: Answer } | null {
  const candidates = candidatesFor(folded.replace(ONLY_WORD, " "), restricted, answer, findAnswer);
  for (const candidate of candidates)
    if (namesMoreThan(restricted, candidate, lang)) return { verdict: "no", evidence: candidate };
  if (evidenceTexts(answer, lang, false).some((t) => ONLY_IN_EVIDENCE.test(t))) return null;
  return { verdict: "not-said", evidence: answer };
}

/** The found answer, and what the question finds without its restricting word and without the restricted thing. */
export function candidatesFor(
  unrestricted: string,
  restricted: string,
  answer: Answer,
  findAnswer: (question: string) => Answer,
): Answer[] {
  const without = unrestricted.replace(/\s+/g, " ").trim();
  const seen = new Set<string>();
  // The relation without its restricted thing ("кремль общается с …") finds a passage naming every side.
  const relation = without.replace(
    compiledRegExp(`(?<!\\p{L})${restricted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u"),
    " ",
  );
  // "дружит только с палестинцами?": where the thing is one side of the war, the same relation with both sides
  // finds the passage naming them all ("relationships with both Israelis and Palestinians").
  const bothSides = /\p{Script=Cyrillic}/u.test(restricted) ? "с обеими сторонами" : "with both sides";
  const sides = ONE_SIDE.test(restricted) ? [findAnswer(`${relation} ${bothSides}`)] : [];
  return [answer, findAnswer(without), findAnswer(relation), ...sides].filter((a) => {
    if (!a.answered || !a.entry || seen.has(a.entry.id)) return false;
    seen.add(a.entry.id);
    return true;
  });
}

/** The evidence names the restricted thing beside more ("Israel and the Gaza Strip"), or every side of the war. */
export const namesMoreThan = (restricted: string, evidence: Answer, lang: Lang): boolean =>
  restrictionVerdict(restricted, evidence, lang) === "no" ||
  evidenceTexts(evidence, lang, true).some(
    (t) => EVERY_SIDE.test(t) || (ONE_SIDE.test(restricted) && BOTH_PLACES.test(t)),
  );

/**
 * Both sides of the war named by their places: "in Israel and the Gaza Strip", «в Израиле и секторе Газа»
 * ("пожалел только палестинцев?" — the concern is for civilians on both sides; dialog44).
 */
const BOTH_PLACES =
  /(?<!\p{L})(?:israel\p{L}* and (?:the )?gaza|gaza(?: strip)? and israel|израил\p{L}* и (?:(?:в )?сектор\p{L}* )?газ\p{L}*|(?:сектор\p{L}* )?газ\p{L}* и (?:в )?израил\p{L}*)(?!\p{L})/u;
