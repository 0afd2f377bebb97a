// "Is the US being accused of ignoring Palestinians?", "Was Israel blamed by Putin?", "США обвиняют в провале
// политики?": an accusation asked in the passive, or in Russian's impersonal plural, with the accuser left out. The
// claim checker reads the passive's subject as the actor ("the US … ignoring" against Putin's words) and finds no
// such sentence, so the plain reading says "doesn't say" where the article reports the accusation. Read instead
// as the active question of each voice the article quotes ("does Putin accuse the US of …?"), or of the accuser
// named ("by Putin"): the first reading the usual verdict path confirms answers. None confirming it: the article
// reports nobody making that accusation — "doesn't say", never a Yes on the words of the entry found.
import {
  allFormsOf,
  type Parties,
  patternsPerTable,
  phrasePattern,
  wordsPattern,
} from "../knowledge/parties.js";
import type { DialogueTurn } from "./types.js";

const MAX_CHARS = 200;
const LEAD = "(?:(?:and|so|but|ok|okay|well|wait)[, ]+)?";
/** Passive participles of accusing, each with the active verb it comes from. */
const ACCUSED: Record<string, string> = {
  accused: "accuse",
  blamed: "blame",
  criticized: "criticize",
  criticised: "criticize",
  faulted: "fault",
  condemned: "condemn",
  attacked: "attack",
  slammed: "slam",
  reproached: "reproach",
  rebuked: "rebuke",
  censured: "censure",
};
const PASSIVE_EN = new RegExp(
  `^${LEAD}(?:is|are|was|were|has|have|had) ((?:[\\p{L}.'-]+ ){0,3}?[\\p{L}.'-]+) (?:(?:being|been|also|really|actually|even|openly) )*(${Object.keys(ACCUSED).join("|")})(?: by ([\\p{L} .'-]+?))?(?: (of|for|over) (.+?))?(?: by ([\\p{L} .'-]+?))?\\s*\\??$`,
  "u",
);

/** Russian impersonal plural: "США обвиняют в …", "Эрдогана в чём-то упрекают", "Россию критикуют за …". */
const ACCUSE_RU: Record<string, string> = {
  обвиняют: "обвиняет",
  упрекают: "упрекает",
  критикуют: "критикует",
  винят: "винит",
  осуждают: "осуждает",
  обвинили: "обвинил",
  упрекнули: "упрекнул",
  раскритиковали: "раскритиковал",
};
const VERB_RU = Object.keys(ACCUSE_RU).join("|");
/** The object before or after the verb; "ли" and "ведь" may stand after the first word. */
const IMPERSONAL_RU = new RegExp(
  `^(?:(?:а|и|но|ну|так)[, ]+)?(?:((?:[\\p{L}-]+ )??[\\p{L}-]+) (?:ли |ведь |тоже |также )?(?:(в ч[её]м-то|в ч[её]м-нибудь|за что-то|за что-нибудь) )?(${VERB_RU})|(${VERB_RU}) (?:ли )?((?:[\\p{L}-]+ )??[\\p{L}-]+))(?= |$)(.*)$`,
  "u",
);

/** The article's quoted voices, as accusers: the people of the parties table whose speaker is quoted. */
const voicesOf = patternsPerTable((parties) => {
  const voices = parties.flatMap((p) =>
    p.speaks ? p.people.flatMap((person) => (person.say ? [person.say] : [])) : [],
  );
  return { en: voices.map((v) => v.en), ru: voices.map((v) => v.ru) };
});
const PRONOUN = /^(?:he|she|it|they|that|this|он|она|оно|они|это|кто|что)$/u;

/** The active readings to try, first the named accuser's; null when the message is no passive accusation. */
export function activeReadingsOf(folded: string, parties: Parties): string[] | null {
  return passiveOf(folded, parties)?.readings ?? null;
}

/** "критикуют ли в статье США?", "criticized in the article?": the article's own account, read elsewhere. */
const ARTICLE_FRAME =
  /(?<!\p{L})(?:article|story|text|piece|author|стать\p{L}*|текст\p{L}*|автор\p{L}*)(?!\p{L})/u;
/** A subject opening with a preposition is no subject ("критикуют ли в …"). */
const PREPOSITION = /^(?:в|во|на|по|за|с|со|о|об|у|к|от|из|in|on|by|for|of|at)(?!\p{L})/u;

function passiveOf(folded: string, parties: Parties): { subject: string; readings: string[] } | null {
  // A short question only: the patterns' backtracking stays bounded on a long message.
  if (folded.length > MAX_CHARS || ARTICLE_FRAME.test(folded)) return null;
  const en = PASSIVE_EN.exec(folded);
  if (en) {
    const [, subject = "", participle = "", byFirst, prep, rest, byLast] = en;
    if (PRONOUN.test(subject)) return null;
    const verb = ACCUSED[participle] ?? participle;
    const tail = prep && rest ? ` ${prep} ${rest}` : "";
    const agent = (byFirst ?? byLast)?.trim();
    const agents = agent ? [agent] : voicesOf(parties).en;
    return { subject, readings: agents.map((who) => `does ${who} ${verb} ${subject}${tail}?`) };
  }
  const ru = IMPERSONAL_RU.exec(folded);
  if (!ru) return null;
  const subject = (ru[1] ?? ru[5] ?? "").trim();
  const verb = ACCUSE_RU[ru[3] ?? ru[4] ?? ""];
  if (!verb || !subject || PRONOUN.test(subject) || PREPOSITION.test(subject)) return null;
  const vague = ru[2] ? ` ${ru[2]}` : "";
  const rest = (ru[6] ?? "").trim();
  return {
    subject,
    readings: voicesOf(parties).ru.map(
      (who) => `${who} ${verb} ${subject}${vague}${rest ? ` ${rest}` : ""}?`,
    ),
  };
}

/**
 * The turn for a passive accusation: the first active reading answered Yes (shown as what was understood), else
 * the message's own reading with "doesn't say" in place of its verdict. Null when the message is no such question.
 */
export function answerPassiveAccusation(
  folded: string,
  respond: (text: string) => DialogueTurn,
  parties: Parties,
): DialogueTurn | null {
  const passive = passiveOf(folded, parties);
  if (!passive) return null;
  for (const reading of passive.readings) {
    const turn = respond(reading);
    const [reply] = turn.replies;
    // The accused must be named in the evidence: a Yes on the entry's words alone would accuse anyone.
    if (
      turn.replies.length === 1 &&
      reply?.kind === "answer" &&
      reply.verdict === "yes" &&
      namedIn(reply.answer.answer, passive.subject, parties)
    )
      return { ...turn, replies: [{ ...reply, understood: reply.understood ?? reading }] };
  }
  const own = respond(folded);
  const [reply] = own.replies;
  if (own.replies.length !== 1 || reply?.kind !== "answer" || !reply.answer.answered) return own;
  return {
    ...own,
    replies: [{ ...reply, verdict: "not-said", verdictSource: "not-in-article" }],
    context: own.context ? { ...own.context, verdict: "not-said" } : null,
  };
}

/** An acronym (us, u.s., сша): found in an answer's text only in capitals, never as the pronoun "us". */
const ACRONYM = /^[\p{L}.]{1,4}$/u;
/** The United States by any of its names, in either language (the parties table's "us"). */
const usOf = patternsPerTable((parties) => {
  const party = parties.find((p) => p.id === "us");
  const forms = party ? [...allFormsOf(party, "en"), ...allFormsOf(party, "ru")] : [];
  const acronyms = wordsPattern(forms.filter((f) => ACRONYM.test(f)).map((f) => f.toUpperCase()));
  const words = wordsPattern(
    forms.filter((f) => !ACRONYM.test(f)),
    "iu",
  );
  return {
    asked: phrasePattern(forms),
    namedIn: (text: string) => (acronyms?.test(text) ?? false) || (words?.test(text) ?? false),
  };
});

const GOVERNMENT = / (?:government|administration|authorities|leadership|officials)$/u;

/** Whether the evidence names the accused: the US by any name, anyone else by a stem of their name. */
function namedIn(text: string, subject: string, parties: Parties): boolean {
  const us = usOf(parties);
  // "the us government", "the american administration": the country's government is the country the evidence names.
  const country = subject.replace(GOVERNMENT, "").replace(/^(?:the )?american$/u, "america");
  if (us.asked.test(subject) || us.asked.test(country)) return us.namedIn(text);
  const name = subject.replace(/^the /, "").split(" ").pop() ?? "";
  const stem = name.slice(0, Math.max(4, name.length - 2));
  return stem.length >= 3 && text.toLowerCase().includes(stem);
}
