// A loaded or negated yes/no question: "so Russia doesn't talk to Israel at all?", "Peskov never mentioned a
// settlement, right?", "the EU isn't in it, is it?", "разве МИД не за прямой диалог?", "ЕС ведь не входит в квартет?".
// The verdict answers the positive fact (dialog39, session 39): the positive question is read by the ordinary
// verdict path and its verdict is the reply's — "the EU isn't in it, is it?" is Yes (the article lists the EU),
// "he didn't mention Russia's role, did he?" is No (he makes no mention). The verdict line echoes the positive so
// it never reads as agreeing with the negation ("Yes, it is." / «Да, входит.»; negation-echo.ts). A positive
// "doesn't say" stays.
import type { Answer, Lang } from "../answering/types.js";
import { negationInCharge } from "./charge-frame.js";
import { negationInReportedClause } from "./reported-clause.js";
import type { YesNo } from "./types.js";
import { type Verdict, verdictFor } from "./yes-no.js";

export interface Loaded {
  /** The question with its negation taken out, asked plainly. */
  positive: string;
  /** A negative question asking for agreement ("doesn't he…?", "разве не…?"): the positive verdict stands. */
  expectsYes: boolean;
  /** The statement's subject and auxiliary as typed ("the eu", "is"), for the verdict line's echo. English. */
  subject?: string;
  auxiliary?: string;
  /** The word the negation stood before ("входит", "в квартете"), for the verdict line's echo. Russian. */
  negated?: string;
}

const LEAD_EN = /^(?:(?:so|then|and|but|wait|ok|okay|is it true that|you mean|meaning)[, ]+)+/;
const FILLER_EN = /\s+(?:at all|though|tho|then|really|anymore|whatsoever|in the slightest)(?=\s|$)/g;
/** A short subject: a pronoun or a name of a word to four, no question word. */
const SUBJECT =
  "((?!(?:who|whom|whose|what|which|why|when|where|how)\\b)[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,3}?)";
// "doesnt", "isnt": the apostrophe left off is the same negation.
const DO_NOT = new RegExp(`^${SUBJECT} (?:(does|do|did)n'?t|(does|do|did) not) (.+)$`, "u");
const BE_NOT = new RegExp(`^${SUBJECT} (?:(is|are|was|were)n'?t|(is|are|was|were) not) (.+)$`, "u");
const NEVER = new RegExp(`^${SUBJECT} never (\\p{L}+) (.+)$`, "u");
/** "doesn't Putin want…?", "isn't the Kremlin ready…?": asks for agreement. */
// Typed with its apostrophe only: "doesnt that upset israel?" stays as typed (chat-shorthand.ts, dialogues20 en-16).
const NEGATIVE_QUESTION = /^(does|do|did|is|are|was|were)n't (.+)$/u;
/** "is the US not in the quartet?", "does he not blame israel?": the negation after the subject. */
const AUX_SUBJECT_NOT = new RegExp(`^(is|are|was|were|does|do|did) ${SUBJECT} not (.+)$`, "u");
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
  // "is the united states not in the quartet?" (a tag the dialogue turned round: "the US is not in it, right?"):
  // the positive fact, echoed ("Yes, it is.", dialog40).
  const notAfter = AUX_SUBJECT_NOT.exec(t);
  if (notAfter?.[1] && notAfter[2] && notAfter[3])
    return {
      positive: `${notAfter[1]} ${notAfter[2]} ${notAfter[3]}?`,
      expectsYes: false,
      subject: notAfter[2],
      auxiliary: notAfter[1],
    };
  for (const pattern of [DO_NOT, BE_NOT]) {
    const m = pattern.exec(t);
    const auxiliary = m?.[2] ?? m?.[3];
    if (m?.[1] && m[4] && auxiliary)
      return { positive: `${auxiliary} ${m[1]} ${m[4]}?`, expectsYes: false, subject: m[1], auxiliary };
  }
  const never = NEVER.exec(t);
  if (never?.[1] && never[2] && never[3] && (never[2].endsWith("ed") || never[2] in PAST_IRREGULAR))
    return {
      positive: `did ${never[1]} ${baseOf(never[2])} ${never[3]}?`,
      expectsYes: false,
      subject: never[1],
      auxiliary: "did",
    };
  return null;
}

const LEAD_RU = /^(?:(?:правда ли,? что|то есть|значит|так что|выходит|получается|а|и|но|ну)[, ]+)+/u;
/** "ему всё равно на X": not caring, asked as "он не обеспокоен X". */
const CARELESS_RU = /^([\p{L}-]+) (?:вообще |совсем |просто )?(?:всё|все) равно (?:на |до |к )?(.+)$/u;
const SUBJECT_OF: Readonly<Record<string, string>> = { ему: "он", ей: "она", им: "они" };
const TAG_RU = /,?\s*(?<!\p{L})(?:да|так|верно|правда|ведь так|не так ли)\s*$/u;
/**
 * "разве … не …?", "неужели … не …?": asks for agreement with the positive, the particle first or after the subject
 * («а россия разве не в квартете?» asks whether it is: Да, dialog35).
 */
const RHETORICAL_RU = /(?<!\p{L})(?:разве|неужели)(?!\p{L})\s*/u;
/**
 * The negation: "не", "вообще не", "совсем не", "ничего не", "никогда не", "ни разу не", "ни слова не" (the whole
 * unit goes: «путин ни слова не сказал о X?» is asked of «путин сказал о X», yesno-ru-own line 29; «ни у кого не
 * вызывает вопросов» of «вызывает вопросов», d62-38).
 */
const NOT_RU =
  /(?<!\p{L})(?:(?:вообще|совсем|совершенно|ничего|никогда|ни разу|нисколько|ни слова|ни словом|ни полслова|ни у кого|никто|никому)\s+)?не(?!\p{L})\s*/u;
/** The asker's own clause before the negation: «я … не», «мы … не». */
const FIRST_PERSON_RU = /(?<!\p{L})(?:я|мы)(?:\s+\p{L}+){0,3}\s*$/u;
/** The word the negation stands before («входит»), with its noun when it is a preposition («в квартете»). */
const NEGATED_WORD_RU = /^(?:(?:в|во|на|за|с|со|у|к|о|об|про|против|из)\s+)?\p{L}[\p{L}-]*/u;
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
      negated: "обеспокоен",
    };
  const rhetorical = RHETORICAL_RU.test(t);
  t = t.replace(RHETORICAL_RU, "");
  // "не всё равно", "не безразличны", "не только", "не раз": a negation that is part of a phrase, not of the claim
  // (care is «не всё равно» / «не безразличны» / «не равнодушен», care-asked.ts).
  if (
    /(?<!\p{L})не (?:всё|все) равно|(?<!\p{L})не (?:безразлич|равнодуш)\p{L}*|не только|не раз(?!\p{L})|не так ли|(?<!\p{L})ли(?!\p{L})/u.test(
      t,
    )
  )
    return null;
  // «я вообще не в теме, …, и я так и не понял, кремль …?»: the asker's own negations are no part of the claim
  // asked; the question is what follows them (own60-06).
  let own = false;
  for (
    let mine = NOT_RU.exec(t);
    mine && FIRST_PERSON_RU.test(t.slice(0, mine.index));
    mine = NOT_RU.exec(t)
  ) {
    const comma = t.indexOf(",", mine.index);
    if (comma < 0) return null;
    t = t.slice(comma + 1).trim();
    own = true;
  }
  const not = NOT_RU.exec(t);
  if (!not) return own && t.split(" ").length >= 2 ? { positive: `${t}?`, expectsYes: true } : null;
  // «(вообще) ни слова не сказал о X» is asked of «что-то сказал о X» (said something), which the mention reader takes.
  const nothing = /^(?:ни слова|ни словом|ни полслова|ничего)(?!\p{L})/u.test(not[0]);
  const affirmed = nothing
    ? t.replace(NOT_RU, "что-то ").replace(/(?<!\p{L})(?:вообще|совсем)\s+(?=что-то)/u, "")
    : t.replace(NOT_RU, "");
  const positive = affirmed
    .replace(PARTICLE_RU, "")
    .replace(/\s+/g, " ")
    .trim()
    // «путин про палестинцев что-то сказал» → «путин что-то сказал про палестинцев»: the order the mention reader reads.
    .replace(/^(\p{L}+) ((?:про|о|об|насчет|насчёт) [\p{L} -]+?) (что-то \p{L}+)$/u, "$1 $3 $2");
  if (positive.split(" ").length < 2) return null;
  const negated = NEGATED_WORD_RU.exec(t.slice(not.index + not[0].length))?.[0].trim();
  return { positive: `${positive}?`, expectsYes: rhetorical, ...(negated ? { negated } : {}) };
}

/**
 * The loaded question's positive reading, or null when it carries no negation of its claim — nor where its negation
 * is a charge's own matter ("criticize washington for not …", «упрекает … за то, что тот не …»: charge-frame.ts), nor
 * where it stands in a clause reported of a party ("so he thinks they didn't …", «он считает, что они не …»).
 */
export function loadedNegationOf(text: string, lang: Lang): Loaded | null {
  const lower = text.toLowerCase();
  if (negationInCharge(lower) || negationInReportedClause(lower)) return null;
  return lang === "ru" ? loadedRu(text) : loadedEn(text);
}

/**
 * "is it true that he didn't mention it?", «правда ли, что Песков не говорил…?» as typed: the truth of the negated
 * statement is asked in so many words, so the answer is that statement's ("Yes, it's true: he makes no mention").
 * A Russian tag the dialogue rewrote into that frame («…, да?» → «правда ли, что …?», claim-frame.ts) is not typed
 * so: the positive's, as is that frame typed word for word (its verdict line echoes the positive: «Да, говорил.»).
 * An English tag becomes "so …?"; "is it true that …" comes from a claim put by someone ("my uncle says …, is that
 * true?"), whose truth is asked.
 */
const FRAMED_TAG = /^правда ли, что(?!\p{L})/u;
const TRUTH_FRAME =
  /(?<!\p{L})(?:true|правда|верно|так ли)(?!\p{L})(?:,?\s+(?!(?:that|что)(?!\p{L}))\p{L}+){0,4},?\s+(?:that|что)(?!\p{L})/u;

/**
 * The verdict on a yes/no question, a loaded negation read through its positive: the verdict is the positive's,
 * whatever the polarity typed ("the EU isn't in it, is it?" — Yes; "he didn't mention it, did he?" — No), except
 * where the truth of the negated statement was asked in so many words (TRUTH_FRAME).
 */
export function verdictThroughNegation(
  asked: string,
  answer: Answer,
  lang: Lang,
  deps: Parameters<typeof verdictFor>[3],
  typed: string = asked,
): Verdict | null {
  const loaded = answer.answered ? loadedNegationOf(asked, lang) : null;
  const plain = loaded ? verdictFor(loaded.positive, answer, lang, deps) : null;
  if (!loaded) return verdictFor(asked, answer, lang, deps);
  if (!plain) {
    // The positive unread («мид же не говорил о прямом диалоге?»: no reader takes «мид говорил о …?» alone): the
    // negated question's own verdict, turned to the positive fact's — the article denying "it didn't" says it did.
    const negated = verdictFor(asked, answer, lang, deps);
    return negated && { ...negated, verdict: turnedToPositive(negated.verdict, loaded, typed, asked) };
  }
  // The positive not backed: the article doesn't say, whatever the negated wording reads as on its own (its No was
  // the negated claim's, which answered "the ministry doesn't want direct talks…, does it?" No).
  if (plain.verdict === "not-said") return plain;
  if (!loaded.expectsYes && (asksTruthOfNegation(typed) || asksTruthOfNegation(asked)))
    return { verdict: plain.verdict === "yes" ? "no" : "yes", source: plain.source };
  // Until dialog39 a backed positive made the negated statement No in English and a denied one Yes in Russian:
  // fresh writers label by the positive fact (scripts/fresh-sets/brief-dialogues.md), and so does the reply.
  return plain;
}

/**
 * «он говорит, что Вашингтон не учёл…?», "does he say the US didn't…?": the negation is in the words reported, so
 * the question is whether they are said — the negated statement's own truth, as under TRUTH_FRAME (own58-13).
 */
const SAID_FRAME =
  /(?<!\p{L})(?:говорит|говорил\p{L}*|сказал\p{L}*|заявля\p{L}*|заявил\p{L}*|утвержда\p{L}*|says|said|claims|claimed|states|stated)(?!\p{L}),?\s+(?:что|that)(?!\p{L})/u;

/** The message asks, in so many words, whether its negated statement is true (or said). */
export const asksTruthOfNegation = (typed: string): boolean => {
  const t = typed.toLowerCase().trim();
  if (TRUTH_FRAME.test(t) && !FRAMED_TAG.test(t)) return true;
  // The negation in the words reported, not on the saying ("путин же не говорил, что …" is the saying negated).
  const said = SAID_FRAME.exec(t);
  return said !== null && !NEGATION.test(t.slice(0, said.index)) && NEGATION.test(t.slice(said.index));
};
const NEGATION =
  /(?<!\p{L})(?:не|not|never|doesnt|dont|didnt|isnt|arent|wasnt|werent)(?!\p{L})|\p{L}n't(?!\p{L})/u;

/**
 * The claim checker's verdict on a negated claim («МИД не говорил о прямом диалоге»: No, it did) as the positive
 * fact's (Yes), the convention above; a truth asked in so many words keeps the checker's verdict on the claim.
 */
export function checkedAsPositive(verdict: YesNo, asked: string, typed: string, lang: Lang): YesNo {
  const loaded = loadedNegationOf(asked, lang);
  return loaded ? turnedToPositive(verdict, loaded, typed) : verdict;
}

/**
 * A verdict on the negated statement as typed, turned to the positive fact's: Yes ↔ No, unless nothing is settled,
 * agreement with the positive was asked ("doesn't he…?"), or one of `truthAsked` asks the negation's own truth.
 */
function turnedToPositive(verdict: YesNo, loaded: Loaded, ...truthAsked: string[]): YesNo {
  if (verdict === "not-said" || loaded.expectsYes || truthAsked.some(asksTruthOfNegation)) return verdict;
  return verdict === "yes" ? "no" : "yes";
}
