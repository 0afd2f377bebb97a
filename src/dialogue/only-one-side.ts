// Kind (issue 11, dialog-r2-33): one side asked as the only one where the evidence names both ("is it only israeli
// victims he cares about?", «он только за израиль переживает?», «только за палестинцев?» on his concern over the
// casualties "in both Israel and the Gaza Strip"): No. Not an either-or ("… too or only …", too-or-only.ts) and
// only on the casualties evidence, the one place the article names Israel and Gaza together. Plain tests, linear.
import type { Answer, Lang } from "../answering/types.js";
import { ONLY_EN as ONLY_EN_WORDS, ONLY_RU as ONLY_RU_WORDS } from "./restrictive-only.js";

function evidenceOf(answer: Answer): string {
  return [answer.answer, ...answer.quotes.map((q) => `${q.text} ${q.translation ?? ""}`)].join(" ");
}

const ONLY_EN = new RegExp(`(?<!\\p{L})${ONLY_EN_WORDS}(?!\\p{L})`, "u");
const ONLY_RU = new RegExp(`(?<!\\p{L})${ONLY_RU_WORDS}(?!\\p{L})`, "u");
const ALTERNATIVE = /(?<!\p{L})(?:or|или|too|also|as well|тоже|также)(?!\p{L})/u;
const ISRAEL = /(?<!\p{L})(?:israel\p{L}*|израил\p{L}*|израильт\p{L}*|израильск\p{L}*)/u;
const GAZA = /(?<!\p{L})(?:gaza\p{L}*|palestin\p{L}*|газ[аеуы]\p{L}*|палестин\p{L}*)/u;

/** The evidence of the victims on both sides, the one place the article names Israel and Gaza together. */
const CASUALTIES = /casualt|civilian|жертв|мирных/u;

/** "No" where one of Israel / Gaza is asked as the only one and the evidence names both; null otherwise. */
export function onlyOneSideVerdict(question: string, answer: Answer, lang: Lang): "no" | null {
  if (!answer.answered) return null;
  const text = question.toLowerCase();
  if (!(lang === "ru" ? ONLY_RU : ONLY_EN).test(text) || ALTERNATIVE.test(text)) return null;
  const israel = ISRAEL.test(text);
  if (israel === GAZA.test(text)) return null;
  const evidence = evidenceOf(answer).toLowerCase();
  return CASUALTIES.test(evidence) && ISRAEL.test(evidence) && GAZA.test(evidence) ? "no" : null;
}
