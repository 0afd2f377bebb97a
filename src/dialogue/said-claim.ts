// "Is it true that Peskov said X?", "did Putin really say X?", "правда ли, что Песков сказал…?": a question about
// what someone said is a claim to check. The claim checker (src/claims/) reads the claim against the article and
// its verdict is the answer's: the article's words back it -> yes; it says something else there -> no, with its
// words; it has nothing like it -> the article doesn't say. The evidence is the entry quoting the checked span.
import type { Answer, Lang } from "../answering/types.js";
import type { ClaimVerdict } from "../claims/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { onlyLightVerbs } from "./light-verbs.js";
import type { SpeakerNames } from "./speakers.js";
import type { YesNo } from "./types.js";

const SAY_EN =
  "say|said|says|state|stated|states|claim|claimed|claims|declare|declared|tell|told|argue|argued|insist|insisted";
/** "is it true (that) …", "is it right that …": the clause after it is the claim. */
const IS_IT_TRUE_EN =
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:is it (?:really )?(?:true|right|correct|accurate|a fact)|is it true to say|would it be (?:true|right|fair) to say|am i right) (?:that )?(.+)$/;
/** "did Putin (really) say (that) …": the speaker and the claim after the verb of saying. */
const DID_SAY_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:did|does|has|had) (.+?) (?:really |actually |truly |ever |in fact |indeed )?(?:${SAY_EN})(?: that)? (.+)$`,
);
/** A clause that says who said it: "Peskov said …", "the Kremlin claimed …". */
const SPEAKER_SAID_EN = new RegExp(`^(.+?) (?:really |actually )?(?:${SAY_EN})\\b`);

const SAY_RU =
  "сказал\\p{L}*|заявил\\p{L}*|говорил\\p{L}*|говорит|утверждал\\p{L}*|утверждает|заявляет|признал\\p{L}*|назвал\\p{L}*|пообещал\\p{L}*|обещал\\p{L}*";
/** "правда ли, что …", "это правда, что …", "верно ли, что …". */
const IS_IT_TRUE_RU =
  /^(?:(?:а|и|но|ну|так)[, ]+)?(?:(?:это )?правда(?: ли)?|верно ли|так ли|действительно ли|неужели|разве),? что (.+)$/u;
/** "Песков (действительно) сказал, что …?": a speaker, a verb of saying, "что", then the claim. */
const SPEAKER_SAID_RU = new RegExp(
  `^(?:(?:а|и|но|ну|так)[, ]+)?(?:это |разве не |ведь |это ведь |это же )?(.+?)(?: же| ведь)? (?:действительно |правда |реально |точно |и правда |в самом деле )?(?:${SAY_RU}),? (?:(?:что|будто) (.+)|(?:про|о|об|обо) (.+))$`,
  "u",
);

/**
 * The claim a yes/no question about someone's words asks to check ("Peskov said Russia wants to stay out of the
 * conflict"), or null when the question is not one. The speaker must be one the article knows: "did Biden say…"
 * is a party the article never quotes, answered as before.
 */
export function saidClaimOf(folded: string, lang: Lang, speakers: SpeakerNames): string | null {
  const text = folded.replace(/[?]+$/, "").trim();
  if (lang === "ru") {
    const clause = IS_IT_TRUE_RU.exec(text)?.[1] ?? text;
    const m = SPEAKER_SAID_RU.exec(clause);
    if (!m?.[1] || !namesOneSpeaker(m[1], speakers)) return null;
    if (m[2]) return clause;
    // "Песков же говорил про прекращение огня?": what the speaker spoke about, checked as what they said.
    return m[3] ? `${m[1]} сказал о ${m[3]}` : null;
  }
  const truth = IS_IT_TRUE_EN.exec(text)?.[1];
  if (truth) {
    // "is it true that Peskov said…", and "is it true that Peskov praised…": the clause's subject is a speaker.
    const who = SPEAKER_SAID_EN.exec(truth)?.[1];
    if (who && namesOneSpeaker(who, speakers)) return truth;
    const subject = speakers.namedIn(truth)[0];
    const lead = subject ? truth.slice(0, subject.start).trim() : "x";
    return subject && /^(?:the)?$/.test(lead) && speakers.isQuoted(subject.id) ? truth : null;
  }
  const did = DID_SAY_EN.exec(text);
  if (!did?.[1] || !did[2] || !namesOneSpeaker(did[1], speakers)) return null;
  // "did Putin say that?" is a follow-up on the last answer (said-by), not a claim of its own.
  if (/^(?:that|this|it|so|those words)$/.test(did[2])) return null;
  // "does the ministry say which players?": an indirect question, not a claim of what was said.
  if (/^(?:which|who|whom|what|how|why|when|where|whether|if|anything|something)\b/.test(did[2])) return null;
  return `${did[1]} said ${did[2]}`;
}

/** "russia said it's talking to both…", "the kremlin said it keeps…": the speaker's own deed reported as said. */
const SELF_REPORT = /^(.+?) said (?:(it's|its|it is|they're|theyre|they are)|it|they) (.+)$/;

/** The deed of a self-report ("russia is talking to both…"), or null when the claim is no self-report. */
export function selfReportedDeed(said: string): string | null {
  const m = SELF_REPORT.exec(said);
  if (!m?.[1] || !m[3]) return null;
  return m[2] ? `${m[1]} is ${m[3]}` : `${m[1]} ${m[3]}`;
}

/** The claim is of words said ("Peskov said…", "Песков заявил…"), not of a deed or a stance. */
export function claimsWordsSaid(claim: string, lang: Lang): boolean {
  // The verb of saying right after a subject of a word or three ("a palestinian state" is no statement).
  return lang === "ru"
    ? new RegExp(`(?<!\\p{L})(?:${SAY_RU})`, "u").test(claim)
    : new RegExp(`^(?:\\S+ ){0,2}\\S+ (?:really |actually )?(?:${SAY_EN})\\b`).test(claim);
}

/** The subject is exactly one speaker the knowledge base knows (articles and titles aside). */
function namesOneSpeaker(subject: string, speakers: SpeakerNames): boolean {
  const named = speakers.namedIn(subject);
  if (named.length !== 1) return false;
  const rest = `${subject.slice(0, named[0]!.start)} ${subject.slice(named[0]!.end)}`
    .replace(
      /(?<!\p{L})(?:the|mr|president|spokesman|spokesperson|russian|президент|пресс-секретарь)(?!\p{L})/gu,
      "",
    )
    .trim();
  return rest === "" && speakers.isQuoted(named[0]!.id);
}

/** The checker's verdict on the claim as the answer's first line. */
export function yesNoOfCheck(checked: ClaimVerdict): YesNo {
  switch (checked.verdict) {
    case "verbatim":
      return "yes";
    case "paraphrase":
      // A word the article does not back ("China has been part of the Quartet") is not confirmed.
      // A light verb beside a matched manner ("решали в одиночку") carries nothing to back (light-verbs.ts).
      return checked.unbacked.length === 0 || onlyLightVerbs(checked.unbacked) ? "yes" : "not-said";
    case "altered":
      // Only a word of stance the passage does not take ("stay out" where it says "constructive"; also a fair
      // Russian paraphrase the checker cannot match): not enough for a No, as in the yes/no path.
      return checked.changes.every((c) => c.kind === "stance") ? "not-said" : "no";
    case "misattributed":
      return "no";
    default:
      return "not-said";
  }
}

/**
 * What to show under the verdict: the entry quoting the span the checker read (the engine's own answer when it
 * quotes it), else the engine's answer, else what the claimed speaker did say (after the curated gap the engine
 * found, if any).
 */
export function evidenceOfCheck(
  checked: ClaimVerdict,
  answer: Answer,
  deps: {
    kb: KnowledgeBase;
    answerForEntry: (id: string) => Answer | null;
    quotesBy: (speakerId: string) => Answer;
  },
): Answer | null {
  const span = checked.span;
  if (span) {
    const paragraph = deps.kb.article.paragraphs[span.paragraph - 1] ?? "";
    const covers = (q: { text: string; paragraph: number }) => {
      if (q.paragraph !== span.paragraph) return false;
      const at = paragraph.indexOf(q.text);
      return at >= 0 && at < span.end && at + q.text.length > span.start;
    };
    if (answer.answered && answer.quotes.some(covers)) return answer;
    const entry = deps.kb.entries.find((e) => e.kind === "answer" && e.quotes.some(covers));
    const shown = entry ? deps.answerForEntry(entry.id) : null;
    if (shown?.answered) return shown;
  }
  if (answer.answered) return answer;
  const id = checked.claimedSpeaker?.id;
  if (!id) return null;
  const theirs = deps.quotesBy(id);
  if (!theirs.answered) return null;
  // A curated gap the claim fell on ("nothing about any Russian military involvement") is said first.
  return answer.reason === "not-in-article" && answer.answer
    ? { ...theirs, answer: `${answer.answer} ${theirs.answer}` }
    : theirs;
}
