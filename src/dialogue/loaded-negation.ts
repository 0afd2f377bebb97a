// A loaded or negated yes/no question: "so Russia doesn't talk to Israel at all?", "Peskov never mentioned a
// settlement, right?", "разве МИД не за прямой диалог?", "то есть Кремль вообще не хочет помогать?". The verdict is
// the article's, not the question's polarity: the positive question is read by the ordinary verdict path, and
// where the article backs it the negated statement is No. A negative question that expects agreement ("doesn't
// Putin want a ceasefire?", "разве … не …?") takes the positive verdict as it is. A positive "doesn't say" stays.
import type { Answer, Lang } from "../answering/types.js";
import { type Verdict, verdictFor } from "./yes-no.js";

export interface Loaded {
  /** The question with its negation taken out, asked plainly. */
  positive: string;
  /** A negative question asking for agreement ("doesn't he…?", "разве не…?"): the positive verdict stands. */
  expectsYes: boolean;
}

const LEAD_EN = /^(?:(?:so|then|and|but|wait|ok|okay|is it true that|you mean|meaning)[, ]+)+/;
const FILLER_EN = /\s+(?:at all|though|then|really|anymore|whatsoever|in the slightest)(?=\s|$)/g;
/** A short subject: a pronoun or a name of a word to four, no question word. */
const SUBJECT =
  "((?!(?:who|whom|whose|what|which|why|when|where|how)\\b)[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,3}?)";
const DO_NOT = new RegExp(`^${SUBJECT} (?:(does|do|did)n't|(does|do|did) not) (.+)$`, "u");
const BE_NOT = new RegExp(`^${SUBJECT} (?:(is|are|was|were)n't|(is|are|was|were) not) (.+)$`, "u");
const NEVER = new RegExp(`^${SUBJECT} never (\\p{L}+) (.+)$`, "u");
/** "doesn't Putin want…?", "isn't the Kremlin ready…?": asks for agreement. */
const NEGATIVE_QUESTION = /^(does|do|did|is|are|was|were)n't (.+)$/u;
const PAST_IRREGULAR: Readonly<Record<string, string>> = {
  said: "say",
  spoke: "speak",
  made: "make",
  gave: "give",
  took: "take",
  thought: "think",
  sought: "seek",
  meant: "mean",
};
const baseOf = (verb: string) =>
  PAST_IRREGULAR[verb] ??
  (verb.endsWith("ied")
    ? `${verb.slice(0, -3)}y`
    : verb.replace(/(?<=[gvcuz]|[^s]s)ed$/, "e").replace(/ed$/, ""));

function loadedEn(text: string): Loaded | null {
  const t = text
    .toLowerCase()
    .replace(/[?!.\s]+$/, "")
    .replace(LEAD_EN, "")
    .replace(FILLER_EN, "")
    .trim();
  const asked = NEGATIVE_QUESTION.exec(t);
  if (asked?.[1] && asked[2]) return { positive: `${asked[1]} ${asked[2]}?`, expectsYes: true };
  const done = DO_NOT.exec(t);
  if (done?.[1] && done[4])
    return { positive: `${done[2] ?? done[3]} ${done[1]} ${done[4]}?`, expectsYes: false };
  const been = BE_NOT.exec(t);
  if (been?.[1] && been[4])
    return { positive: `${been[2] ?? been[3]} ${been[1]} ${been[4]}?`, expectsYes: false };
  const never = NEVER.exec(t);
  if (never?.[1] && never[2] && never[3] && (never[2].endsWith("ed") || never[2] in PAST_IRREGULAR))
    return { positive: `did ${never[1]} ${baseOf(never[2])} ${never[3]}?`, expectsYes: false };
  return null;
}

const LEAD_RU = /^(?:(?:правда ли,? что|то есть|значит|так что|выходит|получается|а|и|но|ну)[, ]+)+/u;
/** "ему всё равно на X": not caring, asked as "он не обеспокоен X". */
const CARELESS_RU = /^([\p{L}-]+) (?:вообще |совсем |просто )?(?:всё|все) равно (?:на |до |к )?(.+)$/u;
const SUBJECT_OF: Readonly<Record<string, string>> = { ему: "он", ей: "она", им: "они" };
const TAG_RU = /,?\s*(?:да|так|верно|правда|ведь так|не так ли)\s*$/u;
/**
 * "разве … не …?", "неужели … не …?": asks for agreement with the positive, the particle first or after the subject
 * («а россия разве не в квартете?» asks whether it is: Да, dialog35).
 */
const RHETORICAL_RU = /(?<!\p{L})(?:разве|неужели)(?!\p{L})\s*/u;
/**
 * The negation: "не", "вообще не", "совсем не", "ничего не", "никогда не", "ни разу не", "ни слова не" (the whole
 * unit goes: «путин ни слова не сказал о X?» is asked of «путин сказал о X», yesno-ru-own line 29).
 */
const NOT_RU =
  /(?<!\p{L})(?:(?:вообще|совсем|совершенно|ничего|никогда|ни разу|нисколько|ни слова|ни словом|ни полслова)\s+)?не(?!\p{L})\s*/u;
/** "X же/ведь …": a particle of insistence, not part of the claim. */
const PARTICLE_RU = /(?<!\p{L})(?:же|ведь)(?!\p{L})\s*/gu;

function loadedRu(text: string): Loaded | null {
  let t = text
    .toLowerCase()
    .replace(/[?!.\s]+$/, "")
    .replace(TAG_RU, "")
    .replace(LEAD_RU, "")
    .trim();
  const careless = CARELESS_RU.exec(t);
  if (careless?.[1] && careless[2])
    return {
      positive: `${SUBJECT_OF[careless[1]] ?? careless[1].replace(/у$/u, "")} обеспокоен ${careless[2]}?`,
      expectsYes: false,
    };
  const rhetorical = RHETORICAL_RU.test(t);
  t = t.replace(RHETORICAL_RU, "");
  // "не всё равно", "не только", "не раз": a negation that is part of a phrase, not of the claim.
  if (/(?<!\p{L})не (?:всё|все) равно|не только|не раз(?!\p{L})|не так ли|ли(?!\p{L})/u.test(t)) return null;
  if (!NOT_RU.test(t)) return null;
  const positive = t.replace(NOT_RU, "").replace(PARTICLE_RU, "").replace(/\s+/g, " ").trim();
  if (positive.split(" ").length < 2) return null;
  return { positive: `${positive}?`, expectsYes: rhetorical };
}

/** The loaded question's positive reading, or null when it carries no negation of its claim. */
export function loadedNegationOf(text: string, lang: Lang): Loaded | null {
  return lang === "ru" ? loadedRu(text) : loadedEn(text);
}

/**
 * The verdict on a yes/no question, a loaded negation read through its positive: the article backing the
 * positive makes the negated statement No (Yes where agreement was asked); the article denying it stays No, as
 * an English speaker answers "he didn't, did he?" ("No, he didn't").
 */
export function verdictThroughNegation(
  asked: string,
  answer: Answer,
  lang: Lang,
  deps: Parameters<typeof verdictFor>[3],
): Verdict | null {
  const loaded = answer.answered ? loadedNegationOf(asked, lang) : null;
  const plain = loaded ? verdictFor(loaded.positive, answer, lang, deps) : null;
  if (!loaded || !plain) return verdictFor(asked, answer, lang, deps);
  // The positive not backed: the negated reading's own Yes would confirm what the article never says.
  if (plain.verdict === "not-said") {
    const own = verdictFor(asked, answer, lang, deps);
    return own?.verdict === "yes" ? plain : own;
  }
  // A positive the article denies: English keeps its No ("he didn't mention it, did he?" — "No, he didn't"); a
  // Russian negated statement asked is agreed with ("путин не упомянул роль россии?" — «Да, не упомянул»), a
  // rhetorical «разве … не …?» keeps the positive's Нет (quality-en51).
  if (lang === "ru" && !loaded.expectsYes && plain.verdict === "no")
    return { verdict: "yes", source: plain.source };
  return { verdict: loaded.expectsYes ? plain.verdict : "no", source: plain.source };
}
