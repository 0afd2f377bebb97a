// A yes/no question that asks what a party said or how it reacted, where the party is no voice the article quotes
// ("did the US respond?", «а Вашингтон ответил?», «США признали свою ошибку?»): the article doesn't say. Moved from
// verdict-read.ts (tidy39), which asks it before any entry's verdict.

import type { Lang } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";
import { ADMITTING_RU } from "./admission.js";
import { unquotedProposal } from "./proposal-unquoted-ru.js";
import { AGREEING_RU, REACTING_RU } from "./reaction.js";
import type { SpeakerNames } from "./speakers.js";
import { LEADS } from "./yes-no-question.js";

/** Verbs of saying: "did Hamas make a statement?", "did the US respond?" */
const SAYING = lean(
  /(?<![\p{L}])(?:say|said|says|statement|statements|comment|commented|respond|responded|react|reacted|reply|replied|answer|answered|(?:clap|hit|fire|strike|shoot|push|talk)(?:s|ed|ped)? back|struck back|shot back|retort|retorted|rebut|rebutted|agree|agreed|disagree|disagreed|announce|announced|speak out|spoke out|condemn|condemned|deny|denied|admit|admits|admitted|own(?:s|ed)? up|concede|conceded|apologi[sz]e|apologi[sz]ed)(?![\p{L}])/u,
);

/** "does russia say its talking…", "does the kremlin claim it keeps…": a party's own deed asked as its words. */
const SAYS_OWN_DEED =
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did) (?:the )?(?:russia|moscow|kremlin|russian government) (?:say|claim)(?: that)? (?:it's|its|it is|it|they're|they are|they) (?!(?:did|does|was|were)n't|not|never)/u;
/** "does it say who…", "did it mention whether…": the article's saying, not a party's. */
const IT_SAYS = lean(
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did) it (?:(?:actually|even|really) )?(?:say|mention|tell|explain) (?:who|whos|who's|whom|whose|why|whether|if|how|which|what)(?!\p{L})/u,
);

/** A reaction (Russian) or a saying (English) of a party the article does not quote. */
export function unquotedSaying(folded: string, lang: Lang, speakers: SpeakerNames): boolean {
  // "а Вашингтон ответил?", "Эрдоган отреагировал?": a reaction of a party the article does not quote.
  // «США признали свою ошибку?»: an admission is a reaction too (dialog27).
  if (lang === "ru" && (REACTING_RU.test(folded) || ADMITTING_RU.test(folded))) {
    const first = speakers.namedIn(folded)[0];
    if (first === undefined || !speakers.isQuoted(first.id)) return true;
  }
  // «а эрдоган что, согласился?», «эрдоган с ним согласен?»: a named party's agreement, where the article quotes
  // no word of his — doesn't say (dialog47ru; the English "did erdogan agree?" is a saying below).
  if (lang === "ru" && AGREEING_RU.test(folded)) {
    const first = speakers.namedIn(folded)[0];
    if (first !== undefined && !speakers.isQuoted(first.id)) return true;
  }
  // «а эрдоган что-нибудь предложил?»: an unquoted person's proposal (proposal-unquoted-ru.ts).
  if (lang === "ru" && unquotedProposal(folded, speakers)) return true;
  // "does it say who is responsible?": "it" saying is the article, no voice left unquoted (dialog27).
  // "does russia say it's talking to both?": its own deed asked as its words, read as the deed (said-claim.ts).
  if (lang === "en" && SAYING.test(folded) && !IT_SAYS.test(folded) && !SAYS_OWN_DEED.test(folded)) {
    const subject = speakers.namedIn(subjectPart(folded, speakers))[0];
    const quoted = subject !== undefined && subject.start <= 4 && speakers.isQuoted(subject.id);
    if (!quoted && !startsWithKnownSpeaker(folded, speakers)) return true;
  }
  return false;
}

/** "Did Putin say…": the subject right after the auxiliary is a speaker the article quotes. */
function startsWithKnownSpeaker(folded: string, speakers: SpeakerNames): boolean {
  const rest = subjectPart(folded, speakers);
  if (/^(?:the )?(?:article|story|author|report|piece)\b/.test(rest)) return true;
  const first = speakers.namedIn(rest)[0];
  return first !== undefined && first.start === 0 && speakers.isQuoted(first.id);
}

/**
 * Where the subject starts: after the first word ("did Putin say…", "basically the article says…"), or at once in
 * a statement asked back by a voice's name ("putin said the us monopolised peace efforts??", whose name was dropped
 * as if an auxiliary; dialog31).
 */
function subjectPart(folded: string, speakers: SpeakerNames): string {
  const unled = folded.replace(LEADS, "");
  return speakers.namedIn(unled)[0]?.start === 0 ? unled : unled.replace(/^\S+\s/, "");
}
