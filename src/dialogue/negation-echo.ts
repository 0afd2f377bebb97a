// The verdict line of a negated yes/no question ("the EU isn't in it, is it?", «ЕС ведь не входит в квартет?"),
// whose verdict answers the positive fact (loaded-negation.ts, dialog39). A bare "Yes." after a negation reads as
// agreeing with it ("yes, it isn't"), so the line echoes the positive the way a person answers one: "Yes, it is." /
// "No, he didn't." / «Да, входит.» / «Нет, не упомянул.». Read after the verdict is settled (stand-alone.ts).
import type { Answer, Lang } from "../answering/types.js";
import { asksTruthOfNegation, loadedNegationOf } from "./loaded-negation.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { SpeakerNames } from "./speakers.js";
import type { YesNo } from "./types.js";

/** A subject that is many: "the palestinians", "the israelis", "both sides", "the two of them". */
const PLURAL_EN = /(?:ians|eans|lis|ers|ists|sides|people|members|parties|countries|them)$/u;
const NEGATIVE_EN: Readonly<Record<string, string>> = {
  is: "isn't",
  are: "aren't",
  was: "wasn't",
  were: "weren't",
  does: "doesn't",
  do: "don't",
  did: "didn't",
};

/** "he", "it", "they" for the statement's subject; null for the asker or the bot ("I", "you", "we"). */
function pronounOf(subject: string, auxiliary: string, speakers: SpeakerNames): string | null {
  if (/^(?:he|she|it|they)$/u.test(subject)) return subject;
  if (/^(?:i|you|we|this|that)$/u.test(subject)) return null;
  if (/^(?:are|were|do)$/u.test(auxiliary) || PLURAL_EN.test(subject)) return "they";
  const named = speakers.namedIn(subject);
  return named.length === 1 && named[0] && speakers.isPerson(named[0].id) ? "he" : "it";
}

/** The auxiliary agreeing with the pronoun: "they are", "it does". */
function agreeing(auxiliary: string, pronoun: string): string {
  const many = pronoun === "they";
  if (auxiliary === "is" || auxiliary === "are") return many ? "are" : "is";
  if (auxiliary === "was" || auxiliary === "were") return many ? "were" : "was";
  if (auxiliary === "does" || auxiliary === "do") return many ? "do" : "does";
  return auxiliary;
}

/** The echoed verdict line for a negated question, or null when the question carries no negation to echo. */
export function negationEcho(
  asked: string,
  typed: string,
  verdict: YesNo,
  lang: Lang,
  speakers: SpeakerNames,
): string | null {
  if (verdict === "not-said") return null;
  const loaded = loadedNegationOf(asked, lang);
  // "is it true that he didn't…?": "Yes." answers the truth asked, with nothing to echo.
  if (!loaded || asksTruthOfNegation(typed) || asksTruthOfNegation(asked)) return null;
  if (lang === "ru") {
    if (!loaded.negated) return null;
    return verdict === "yes" ? `Да, ${loaded.negated}.` : `Нет, не ${loaded.negated}.`;
  }
  const { subject, auxiliary } = loaded;
  if (!subject || !auxiliary) return null;
  const pronoun = pronounOf(subject, auxiliary, speakers);
  if (!pronoun) return null;
  const aux = agreeing(auxiliary, pronoun);
  return verdict === "yes"
    ? `Yes, ${pronoun} ${aux}.`
    : `No, ${pronoun} ${NEGATIVE_EN[aux] ?? `${aux} not`}.`;
}

/** The answer opened with the echoed verdict line where the question was negated; else as it was. */
export function withNegationEcho(
  asked: string,
  typed: string,
  answer: Answer,
  verdict: YesNo | null,
  lang: Lang,
  speakers: SpeakerNames,
): Answer {
  if (!verdict || !answer.answered || answer.kind !== "entry") return answer;
  const echo = negationEcho(asked, typed, verdict, lang, speakers);
  return echo ? { ...answer, answer: `${echo} ${withoutOwnVerdict(answer.answer)}` } : answer;
}
