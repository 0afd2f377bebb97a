// "are those people still Russian citizens?", "они до сих пор граждане России?" on evidence that calls them
// "former Russian citizens" / "бывших граждан России": No — the article gives the status as a past one. The
// checker, comparing words, found every word of the question in the evidence and said Yes (or doesn't say).
// Read only with a word asking about now ("still", "currently", "до сих пор") and a word of the question in the
// phrase the evidence marks as former.
import type { Answer, Lang } from "../answering/types.js";
import { countryOf } from "./countries.js";

const NOW_EN =
  /(?<!\p{L})(?:still|currently|now|today|presently|at present|anymore|any more|any longer|remain|remains|these days)(?!\p{L})/u;
const NOW_RU =
  /(?<!\p{L})(?:вс[её] ещ[её]|до сих пор|сейчас|теперь|по-прежнему|остаются|оста[её]тся|остались|нынешние|ныне)(?!\p{L})/u;
const FORMER_EN = /(?<!\p{L})(?:former|ex-|onetime|one-time|erstwhile)\s*((?:\p{L}+\s+){0,2}\p{L}+)/gu;
const FORMER_RU = /(?<!\p{L})(?:бывш\p{L}*|прежн\p{L}*)\s+((?:\p{L}+\s+){0,2}\p{L}+)/gu;
// A citizen is a national ("россияне" too: citizens of Russia); holding a passport is not the status itself (the blind label for "do they still
// hold Russian passports?" is doesn't say).
const SAME = (w: string) =>
  w
    .replace(/^nationa\p{L}*/u, "citize")
    .replace(/^подданн\p{L}*/u, "гражда")
    .replace(/^россиян\p{L}*/u, "гражда");
const STEM = 6;

const stems = (text: string, stop: RegExp): string[] =>
  text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !stop.test(w))
    .map((w) => SAME(w).slice(0, STEM));
const STOP_EN =
  /^(?:still|currently|those|these|they|them|people|their|really|actually|were|have|been|there|living)$/u;
const STOP_RU = /^(?:ещ[её]|сейчас|теперь|остаются|люди|этих|эти|они|тоже|являются)$/u;

/** No when the question asks whether a status still holds that the evidence gives as former; else null. */
export function formerStatusVerdict(question: string, answer: Answer, lang: Lang): "no" | null {
  if (!answer.answered || answer.kind !== "entry" || !answer.entry) return null;
  const asked = question.toLowerCase().replace(/ё/gu, "е");
  if (!(lang === "ru" ? NOW_RU : NOW_EN).test(asked)) return null;
  // "do former Russian citizens still live there?": the question itself names the status as former.
  if (/(?<!\p{L})(?:former|ex-|onetime|erstwhile|бывш\p{L}*|прежн\p{L}*)/u.test(asked)) return null;
  const stop = lang === "ru" ? STOP_RU : STOP_EN;
  const wanted = new Set(stems(asked, stop));
  const texts = lang === "ru" ? [answer.answer] : [answer.answer, ...answer.entry.quotes.map((q) => q.text)];
  const former = lang === "ru" ? FORMER_RU : FORMER_EN;
  for (const text of texts)
    for (const m of text.toLowerCase().replace(/ё/gu, "е").matchAll(former)) {
      // A word of the status itself, not only its country ("Russian"), must be the one asked about.
      const status = (m[1] ?? "").split(/\s+/u).filter((w) => countryOf(w) === null);
      if (stems(status.join(" "), stop).some((w) => wanted.has(w))) return "no";
    }
  return null;
}
