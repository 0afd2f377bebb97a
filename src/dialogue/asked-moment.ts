// "он призывает признать палестину прямо сейчас?", "does he want them to recognize it today?": a wish or a call
// asked with a moment ("прямо сейчас", "сегодня", "завтра", "немедленно", "right now", "today", "at once"). The
// article gives a moment only where it says "immediate"/"urgent" (the ceasefire); where the evidence has no such
// word next to what the question asks for, it does not say the wish is for that moment — the verdict is "doesn't
// say", not the Yes of the wish itself nor a No. Only with a verb of wishing or calling: "is the Kremlin talking to
// both sides right now?" asks a state, which the article's present tense answers, and is left alone. A moment that
// the evidence backs ("он хочет переговоров прямо сейчас?" on "an immediate ceasefire and the resumption of the
// negotiation process") leaves the other readers to it.
import type { Answer, Lang } from "../answering/types.js";
import { stemStart } from "../answering/word-start.js";

const MOMENT_RU =
  /(?<!\p{L})(?:прямо |уже |хоть )?(?:сейчас|сегодня|завтра|немедленно|незамедлительно|сразу(?: же)?|тотчас|в ближайшее время|как можно скорее)(?!\p{L})/gu;
const MOMENT_EN =
  /(?<!\p{L})(?:right now|right away|at once|immediately|today|tomorrow|as soon as possible|straight away|this minute)(?!\p{L})/gu;
const WISH_RU =
  /(?<!\p{L})(?:призыва\p{L}*|призвал\p{L}*|треб\p{L}*|хоч\p{L}*|хот(?:ят|ел|ела|ели|ите|им)|добива\p{L}*|предлага\p{L}*|предложил\p{L}*|настаива\p{L}*|жел\p{L}*)(?!\p{L})/u;
const WISH_EN =
  /(?<!\p{L})(?:call\p{L}*|want\p{L}*|demand\p{L}*|urg(?:e|es|ed|ing)|push\p{L}*|insist\p{L}*|ask(?:s|ed|ing)? for|seek\p{L}*|wish\p{L}*)(?!\p{L})/u;
/** The article's own words of a moment: "immediate ceasefire", "urgent need". */
const BACKED = /^(?:immediat|urgent|немедлен|незамедлит|срочн)/u;
/**
 * Words that name no thing asked for: pronouns, particles, the wish verbs' company, and verbs of mere happening
 * ("did he want that to happen right away?" asks the moment of the last answer's thing, left to the other readers).
 */
const BARE =
  /^(?:он|она|они|его|ее|их|ему|им|это|что|чтобы|чтоб|ли|уже|тоже|так|значит|произош\p{L}*|произо\p{L}*|случ\p{L}*|бы|было|he|she|they|it|them|him|her|does|did|do|is|are|was|the|that|this|to|for|and|so|be|happen\p{L}*|occur\p{L}*|take|place|done)$/u;
/** The one who wishes ("did putin want that…"): a voice of the article, not the thing wished. */
const VOICE =
  /^(?:путин\p{L}*|песков\p{L}*|кремл\p{L}*|мид|эрдоган\p{L}*|москв\p{L}*|росси\p{L}*|putin\p{L}*|peskov\p{L}*|kremlin\p{L}*|erdogan\p{L}*|moscow\p{L}*|russia\p{L}*)$/u;
/** How many words after the evidence's word of a moment it qualifies ("an immediate ceasefire and the resumption…"). */
const REACH = 6;
const MAX_CHARS = 200;

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** True when a wish is asked with a moment the evidence does not give next to the thing wished. */
export function unbackedMoment(question: string, answer: Answer, lang: Lang): boolean {
  if (!answer.answered || question.length > MAX_CHARS) return false;
  const folded = question.toLowerCase().replace(/ё/gu, "е");
  const moment = lang === "ru" ? MOMENT_RU : MOMENT_EN;
  if (!folded.match(moment) || !(lang === "ru" ? WISH_RU : WISH_EN).test(folded)) return false;
  const wish = lang === "ru" ? WISH_RU : WISH_EN;
  const asked = words(folded.replace(moment, " "))
    .filter((w) => w.length > 2 && !BARE.test(w) && !VOICE.test(w) && !wish.test(w))
    .map((w) => stemStart(w, lang));
  if (asked.length === 0) return false;
  const evidence = [answer.answer, ...answer.quotes.flatMap((q) => [q.text, q.translation ?? ""])].join(" ");
  const said = words(evidence.replace(/ё/gu, "е"));
  for (let i = 0; i < said.length; i++) {
    if (!BACKED.test(said[i] ?? "")) continue;
    const near = said.slice(i + 1, i + 1 + REACH).map((w) => stemStart(w, lang));
    if (asked.some((s) => near.includes(s))) return false;
  }
  return true;
}
