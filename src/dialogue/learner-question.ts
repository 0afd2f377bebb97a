// "Putin want stop fire?", "russia is in quartet?", "peskov say kremlin want help?": a yes/no question asked in a
// learner's grammar — a party, then a bare verb or "is", and a question mark — asked back in the auxiliary form the
// rest of the dialogue reads ("does Putin want a ceasefire?", "is Russia in quartet?").
import type { SpeakerNames } from "./speakers.js";
import { ANY_QUESTION_WORD, LEADS } from "./yes-no-question.js";

/** Parties the article names that are no quoted speaker: they lead a learner's question as well. */
export const ARTICLE_PARTY =
  /^(?:the )?(?:us|u\.s\.|usa|united states|america|americans|washington|israel|israelis|hamas|palestinians|gaza|turkey|erdogan|russia|moscow|kremlin|quartet|un|united nations|eu|european union|west)(?![\p{L}.])/u;
/** The whole text is one of the article's parties. */
export const isArticleParty = (text: string): boolean => ARTICLE_PARTY.exec(text)?.[0] === text;
const BE = /^(?:is|are|was|were)$/;
/** Present verbs a learner puts right after the subject, with or without the third person's -s. */
const BARE_VERB =
  /^(?:want|say|think|blame|support|call|critici[sz]e|believe|agree|like|need|back|accept|recogni[sz]e|help|ask|speak|talk|hate|condemn|demand|propose|suggest|know|care|feel|see|mention|have)(?:s|es)?$/;
/** A learner's word for a ceasefire (a calque of "прекращение огня"). */
const STOP_FIRE =
  /(?<!\p{L})(?:(?:to )?stop(?:ping)? (?:the )?(?:fire|shooting|fighting|fight)|fire ?stop|(?:the )?(?:fight|fighting|shooting) (?:to )?stop)(?!\p{L})/gu;
/** "He want stop fire?" after an answer: a pronoun leads the learner's question too, read in context later. */
const PRONOUN_SUBJECT = /^(?:he|she|it|they)(?!\p{L})/u;

/** The question in the auxiliary form, or null when the message is not a learner's yes/no question. */
export function learnerQuestionOf(folded: string, typed: string, speakers: SpeakerNames): string | null {
  if (!typed.trim().endsWith("?")) return null;
  const asked = folded.replace(LEADS, "").replace(/\?+$/, "").trim();
  if (ANY_QUESTION_WORD.test(asked)) return null;
  const named = speakers.namedIn(asked)[0];
  const subjectEnd =
    named && named.start === 0
      ? named.end
      : (ARTICLE_PARTY.exec(asked)?.[0].length ?? PRONOUN_SUBJECT.exec(asked)?.[0].length ?? 0);
  if (subjectEnd === 0) return null;
  const subject = asked.slice(0, subjectEnd).trim();
  const [verb = "", ...rest] = asked.slice(subjectEnd).trim().split(/\s+/);
  if (rest.length === 0) return null;
  // "stop the shooting fast" is the article's "immediate ceasefire".
  const object = rest
    .join(" ")
    .replace(STOP_FIRE, "a ceasefire")
    .replace(
      /a ceasefire (?:fast|quick|quickly|soon|now|right now|right away|at once)$/u,
      "an immediate ceasefire",
    );
  if (BE.test(verb)) return `${verb} ${subject} ${object}?`;
  if (!BARE_VERB.test(verb)) return null;
  const base = verb === "has" ? "have" : verb.replace(/(?<=(?:sh|ch|ss|x))es$|(?<!s)s$/, "");
  return `${subject === "they" ? "do" : "does"} ${subject} ${base} ${object}?`;
}
