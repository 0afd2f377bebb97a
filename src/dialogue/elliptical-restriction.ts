// A restriction asked after an answer ("Only in Israel?", "только в Газе?", "where? only in gaza?"): what it
// restricts to, and its verdict against the last answer's evidence — No where the evidence names the thing beside more
// (both, all, X and Y), doesn't say where it does not name it. Split from elliptical.ts (tidy46), which re-exports it.
import { stemmer } from "stemmer";
import { russianStem } from "../answering/russian/stem.js";
import type { Answer, Lang } from "../answering/types.js";
import { fold } from "./language.js";
import { ONLY_EN, ONLY_RU } from "./restrictive-only.js";
import type { YesNo } from "./types.js";

// "only in Israel?", or the word after a place or one or two words: "in Israel only?", "the US alone?".
const ELLIPTICAL_ONLY_EN = new RegExp(
  `^(?:(?:and|but|so)[, ]+)?(?:(?:${ONLY_EN}|purely)\\s+(.+?)(?:\\s+(?:only|alone))?|((?:in|on|at|for|to|from|with|against|about)\\s+(?:\\S+\\s+){0,2}\\S+|(?:the\\s+)?\\S+(?:\\s+\\S+)?)\\s+(?:only|alone))$`,
  "u",
);
const ELLIPTICAL_ONLY_RU = new RegExp(
  `^(?:(?:а|и|но)[, ]+)?(?:(?:${ONLY_RU}|единственно)\\s+(.+)|((?:в|во|на|с|со|для|про|о|об|к|у|от|против)\\s+(?:\\S+\\s+){0,2}\\S+|\\S+)\\s+(?:только|лишь))$`,
  "u",
);

/** "Only in Israel?", "только в Газе?": the restriction asked about, or null. */
export function restrictionOf(folded: string, lang: Lang): string | null {
  // "where? only in gaza?": the bare question word before is answered by the restriction (dialog43); "where, only
  // gaza?", «где, только в газе?» the same with a comma (dialog33b); «где — только в газе?», "where: only gaza?"
  // with a dash or a colon (dialog52ru, d118-36#2).
  const asked = folded.replace(
    /^(?:(?:and|so|а|и) )?(?:where|who|whom|which(?: \p{L}+)?|what(?: \p{L}+)?|где|кто|кого|кому|что|как(?:ие|ая|ой)(?: \p{L}+)?)(?:,? (?:exactly|then|именно|же|тогда))?\s*(?:\?+|,|[–—:]+|\s-+)\s*/u,
    "",
  );
  const m = (lang === "ru" ? ELLIPTICAL_ONLY_RU : ELLIPTICAL_ONLY_EN).exec(asked.replace(/[?]+$/, "").trim());
  const rest = (m?.[1] ?? m?.[2])?.trim();
  return rest && rest.split(" ").length <= 8 ? rest : null;
}

const GLUE_EN = new Set(
  "in on at to for of the a an ones one that those which who put puts first with by from and or about those them".split(
    " ",
  ),
);
const GLUE_RU = new Set(
  "в во на с со к о об про у для от и или по при учетом учета тех те кто что которые".split(" "),
);
/** Words that widen: the evidence says both, all, or X and Y. */
const WIDER_EN = /(?<!\p{L})(?:and|both|all|every|each|as well as|also)(?!\p{L})/u;
const WIDER_RU = /(?<!\p{L})(?:и|обе|обеих|оба|обоих|все|всех|всем|каждой|также|тоже)(?!\p{L})/u;

/**
 * The verdict on a restriction against the last answer's evidence: No when the evidence names the restricted
 * thing beside more (both, all, X and Y); the article doesn't say when it does not name it; else no line.
 */
export function restrictionVerdict(restriction: string, evidence: Answer, lang: Lang): YesNo | null {
  const stem = lang === "ru" ? russianStem : stemmer;
  const glue = lang === "ru" ? GLUE_RU : GLUE_EN;
  const asked = fold(restriction)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 1 && !glue.has(w))
    .map(stem);
  if (asked.length === 0) return null;
  // Russian reads the curated translations and answer; English the article's words and our own answer.
  const texts = [
    evidence.answer,
    ...evidence.quotes.map((q) => (lang === "ru" ? (q.translation ?? q.text) : q.text)),
  ].map(fold);
  const wider = lang === "ru" ? WIDER_RU : WIDER_EN;
  let named = false;
  for (const text of texts) {
    const words = text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
    for (const [i, w] of words.entries()) {
      if (!asked.some((a) => sameOrDemonym(a, stem(w)))) continue;
      named = true;
      // "both Israel and the Gaza Strip", "the interests and aspirations of all parties": a widening word beside it.
      const near = words.slice(Math.max(0, i - WIDER_WINDOW), i + WIDER_WINDOW + 1).join(" ");
      if (wider.test(near)) return "no";
    }
  }
  return named ? null : "not-said";
}

/** "israeli" of "Israel", "gazan" of "Gaza": a people named for the place (a stem one or two letters longer). */
const sameOrDemonym = (a: string, b: string): boolean => {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
};

/** How many words either side of the restricted word a widening word may stand. */
const WIDER_WINDOW = 3;
