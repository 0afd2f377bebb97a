// Kind: "in both israel and gaza?", "on both sides, israel and gaza?", "with israel and with hamas both?", "и в
// израиле, и в газе?", and the bare "both places?", "и там и там?" right after an answer. The "both?" check
// (both-asked.ts) took only a bare "both" and Yes only where the evidence says "both"; these name the two things
// (or ask of two places) and came back with the last answer and no yes/no line. Yes where the last answer's
// evidence names each of the two (by the word's first letters: "gaza" in "the Gaza Strip", "газе" in "Газа", "израиле" in
// "Израиле"), or, for the bare form, names two places joined by "and" ("in Israel and the Gaza Strip") or says
// "both"; null otherwise, so other readers decide.
import type { Answer, Lang } from "../answering/types.js";
import { compiledRegExp } from "../lib/compiled-regexp.js";
import { bothVerdict } from "./both-asked.js";

const W = String.raw`\p{L}[\p{L}-]*`;
const LEAD_EN = String.raw`^(?:(?:so|and|ok|okay|really|wait)[, ]+)*`;
const PREP_EN = String.raw`(?:(?:in|on|with|to|for|at) )?(?:the )?`;
const PAIR_EN = [
  new RegExp(
    `${LEAD_EN}${PREP_EN}both(?: sides| places| countries| parties)?,? ${PREP_EN}(${W}) and ${PREP_EN}(${W})\\s*\\?+$`,
    "iu",
  ),
  new RegExp(`${LEAD_EN}${PREP_EN}(${W}) and ${PREP_EN}(${W}),? both\\s*\\?+$`, "iu"),
];
const PAIR_RU = new RegExp(
  String.raw`^(?:(?:а|ну|так)[, ]+)*и (?:(?:в|во|с|со|на|для|у) )?(${W}),? и (?:(?:в|во|с|со|на|для|у) )?(${W})\s*\?+$`,
  "iu",
);
const BARE =
  /^(?:(?:so|and|ok|okay|really|а|ну|так)[, ]+)*(?:(?:in|at) )?(?:both (?:places|countries|locations)|и там,? и там|в обоих местах|в обеих странах)\s*\?+$/iu;
const TWO_PLACES = /(?<!\p{L})(?:in|в|во) (?:the )?\p{L}+ (?:and|и) (?:in |в |во |the )?\p{L}+/iu;

const said = (evidence: Answer, lang: Lang): string =>
  [evidence.answer, ...evidence.quotes.map((q) => (lang === "ru" ? (q.translation ?? "") : q.text))]
    .join(" ")
    .toLowerCase();

/** Whether `text` asks "both X and Y?" or "both places?" of the last answer. */
export function bothNamedOf(text: string): string[] | "bare" | null {
  const t = text.trim();
  if (t.length > 80) return null;
  if (BARE.test(t)) return "bare";
  const m = PAIR_EN.map((p) => p.exec(t)).find((x) => x) ?? PAIR_RU.exec(t);
  return m?.[1] && m[2] ? [m[1].toLowerCase(), m[2].toLowerCase()] : null;
}

/** Yes when the last answer's evidence names both, else null. */
export function bothNamedVerdict(asked: string[] | "bare", evidence: Answer, lang: Lang): "yes" | null {
  const text = said(evidence, lang);
  if (asked === "bare") return TWO_PLACES.test(text) ? "yes" : bothVerdict(evidence, lang);
  const stem = (w: string) => w.slice(0, Math.max(3, Math.min(w.length - 1, 5)));
  const names = (w: string) => compiledRegExp(`(?<!\\p{L})${stem(w)}`, "iu").test(text);
  return asked.every(names) ? "yes" : null;
}
