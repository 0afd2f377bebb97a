// The verdict read from the entry the engine found and the claim checker: the entry's curated verdict for its own
// question, the checker's opposite or negation for a No, a changed actor or speaker for "doesn't say" (English),
// and the Russian claim path (russian-verdict.ts). yes-no.ts runs its kind-specific readers first, then this.

import type { Answer, Lang } from "../answering/types.js";
import { type ClaimChecker, isAddedWish, joinPhrasalVerbs } from "../claims/index.js";
import type { LocalEntry } from "../knowledge/index.js";
import type { Parties } from "../knowledge/parties.js";
import { lean } from "../lib/lean-regexp.js";
import { hasWholeWord } from "../lib/whole-word.js";
import { misalignedOnly, namesAnotherActor } from "./actor-change.js";
import { ADMITTING_RU } from "./admission.js";
import { isDegreeWord, withoutDegree } from "./asker-degree.js";
import {
  type Checked,
  contradicts,
  hedged,
  MAX_CHECKED_CHARS,
  SURE_OF_ENTRY,
  wordsOnly,
} from "./checker-reading.js";
import type { Conversation } from "./conversation-file.js";
import {
  AGAINST,
  asksEntryOwnQuestion,
  entryBacksQuestion,
  lightOnly,
  oppositeSaid,
} from "./entry-own-question.js";
import { stanceOfNoVoice } from "./entry-voice.js";
import { oppositeOfAnother } from "./opposite-of-another.js";
import { remedyAsked } from "./prescribed-remedy.js";
import { REACTING_RU } from "./reaction.js";
import { russianVerdict } from "./russian-verdict.js";
import type { SpeakerNames } from "./speakers.js";
import type { VerdictSource, YesNo } from "./types.js";
import { asBothWarringSides } from "./warring-pair.js";
import { LEADS, OR_WHAT, statementOf } from "./yes-no-question.js";

export interface Verdict {
  verdict: YesNo;
  source: VerdictSource;
  /**
   * The checker's plain "doesn't say": only words of the question it matched in no passage (replaced or added), no
   * other actor, stance, opposite, negation or added wish. The engine's owned verdict outranks it (yes-no.ts).
   */
  plain?: true;
}

export interface VerdictDeps {
  claims: ClaimChecker | null;
  conversation: Conversation;
  /** The article's parties (kb.parties): the party readers' table. */
  parties: Parties;
  speakers: SpeakerNames;
  /** The Russian side of the entries, by id: a Russian question's own-question test reads their phrasings. */
  localEntries?: ReadonlyMap<string, LocalEntry>;
  /** The engine's concepts of an English text: the own-question test compares by them when given. */
  terms?: (text: string) => string[];
  /** The article's paragraph count: "at the end" is its last paragraph (article-view.ts). */
  paragraphs?: number;
  /** The article's paragraphs: a thing asked in its near words is read there (article-phrase.ts). */
  articleText?: readonly string[];
  /** The question respelled as the engine reads it (verdict-respell.ts); as typed when absent. */
  respell?: (text: string, lang: Lang) => string;
}

/** A stance whose object is a bare pronoun at the question's end: "is he against it?", "does russia back that?". */
const STANCE_ON_PRONOUN =
  /(?<!\p{L})(?:against|oppos\p{L}*|support\p{L}*|back\p{L}*|reject\p{L}*|favou?r\p{L}*|endors\p{L}*) (?:it|that|this|them)(?: (?:then|now|too|either|at all))?\s*\??$/u;

/** Verbs of saying: "did Hamas make a statement?", "did the US respond?" */
const SAYING = lean(
  /(?<![\p{L}])(?:say|said|says|statement|statements|comment|commented|respond|responded|react|reacted|reply|replied|answer|answered|(?:clap|hit|fire|strike|shoot|push|talk)(?:s|ed|ped)? back|struck back|shot back|retort|retorted|rebut|rebutted|agree|agreed|disagree|disagreed|announce|announced|speak out|spoke out|condemn|condemned|deny|denied|admit|admits|admitted|own(?:s|ed)? up|concede|conceded|apologi[sz]e|apologi[sz]ed)(?![\p{L}])/u,
);

/** "does it say who…", "did it mention whether…": the article's saying, not a party's. */
/** "does russia say its talking…", "does the kremlin claim it keeps…": a party's own deed asked as its words. */
const SAYS_OWN_DEED =
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did) (?:the )?(?:russia|moscow|kremlin|russian government) (?:say|claim)(?: that)? (?:it's|its|it is|it|they're|they are|they) (?!(?:did|does|was|were)n't|not|never)/u;
const IT_SAYS = lean(
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did) it (?:(?:actually|even|really) )?(?:say|mention|tell|explain) (?:who|whos|who's|whom|whose|why|whether|if|how|which|what)(?!\p{L})/u,
);

/** "does the article give / mention / say…": a question about the article itself, not about the world. */
const ASKS_ABOUT_ARTICLE = lean(
  /^(?:(?:and|so|but)\s+)?(?:does|did|is|do) (?:the )?(?:article|story|piece|report|text|author) (?:give|gives|mention|mentions|say|says|name|names|list|lists|include|includes|report|reports|provide|provides|offer|contain|contains|tell|specify|state|explain|describe|quote|cite|identify|there)/,
);

/**
 * "does it say how many died?", "does it give any numbers?": a count asked of the article ("it"), answered No where
 * the article gives none, as "does the article give casualty figures?" is. "does it say which regional players?"
 * stays "doesn't say": the sets read a name left out so (o4-en-09, o52-en-09).
 */
const IT_GIVES_COUNT = lean(
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did) it (?:(?:actually|even|really) )?(?:give|say|mention|tell|list|report|provide|include) (?:us )?(?:how many|how much|(?:any |the )?(?:exact )?(?:casualty |death |victim )?(?:numbers|figures|count|toll|stats|statistics))(?!\p{L})/u,
);

/** "в статье есть…?", "статья называет…?": a Russian question about the article itself. */
const ASKS_ABOUT_ARTICLE_RU = lean(
  /^(?:(?:а|и|но)\s+)?(?:в )?(?:стать[яеи]|тексте?|заметк[аеи]|материале?|автор) (?:есть|приводит|приведены|указ\p{L}*|называ\p{L}*|назван\p{L}*|сообща\p{L}*|упомина\p{L}*|упомянут\p{L}*|пишет|да[её]т|содержит|говорится|сказано|написано)(?!\p{L})/u,
);

/** Words that may turn a question against its entry's own ("did he reject…", "отверг ли…"): no curated verdict. */
const OPPOSITE_SENSE = lean(
  /(?<!\p{L})(?:not|never|no|reject\p{L}*|refus\p{L}*|oppos\p{L}*|against|den(?:y|ie\p{L}*)|condemn\p{L}*|prais\p{L}*|stop\p{L}*|end\p{L}*|не|нет|ни|никогда|против|отверг\p{L}*|отказ\p{L}*|осуд\p{L}*|осужд\p{L}*|похвал\p{L}*|хвал\p{L}*|одобр\p{L}*|прекрат\p{L}*)(?!\p{L})/u,
);

/**
 * Giving up what the entry has a party do ("is russia ready to give up on mediating?", "about to quit trying to
 * mediate?", «готова отказаться от посредничества?»): the entry's curated Yes is for doing it, not for leaving it.
 */
const GIVES_UP = lean(
  /(?<!\p{L})(?:give up|gave up|giving up|gives up|quit\p{L}*|abandon\p{L}*|walk(?:s|ed|ing)? away|back(?:s|ed|ing)? out|pull(?:s|ed|ing)? out|withdraw\p{L}*|bow(?:s|ed|ing)? out|drop(?:s|ped|ping)? out|брос\p{L}*|сдат\p{L}*|сда[её]т\p{L}*|выйти из|выход\p{L}* из)(?!\p{L})/u,
);

const ASKS_WHICH = lean(/(?<!\p{L})(?:which|how many|how much)(?!\p{L})/u);

/** Russia as a whole ("Moscow", "Russia") speaks through the Kremlin and the Foreign Ministry in this article. */
const RUSSIA_AS_STATE = lean(
  /(?<![\p{L}])(?:russia|moscow|the russian government|russian government)(?![\p{L}])/u,
);
const RUSSIAN_VOICES = ["the kremlin", "the russian foreign ministry"];

/** The checker reads a wish the passage never states, for Russia's own voices too ("is Russia keen to help?"). */
function addsWish(statement: string | null, checked: Checked | null, check: ClaimChecker | null): boolean {
  if (statement === null || !checked || !check || !checked.changes.some(isAddedWish)) return false;
  const voices = RUSSIA_AS_STATE.test(statement) ? RUSSIAN_VOICES : [];
  return voices.every((voice) => check(statement.replace(RUSSIA_AS_STATE, voice)).changes.some(isAddedWish));
}

export const asksArticle = (folded: string) =>
  ASKS_ABOUT_ARTICLE.test(folded) || ASKS_ABOUT_ARTICLE_RU.test(folded) || IT_GIVES_COUNT.test(folded);

/** Words the checker found no passage for, less the asker's degree words ("at least", "whole"; asker-degree.ts). */
const askersDetail = (unbacked: readonly string[]) => unbacked.filter((w) => !isDegreeWord(w));

export function verdictRead(question: string, answer: Answer, lang: Lang, deps: VerdictDeps): Verdict | null {
  // "Is Russia neutral or not?", "Russia is neutral or no?" ask whether it is.
  const folded = question.replace(OR_WHAT, "").replace(/,? or not?$|,? или нет$/u, "");
  const entry = answer.entry;
  // "Does the article give casualty figures?": of a gap the article leaves open, the answer is plainly no.
  if (answer.kind === "entry" && entry?.kind === "not-in-article")
    return {
      verdict: asksArticle(folded) ? "no" : "not-said",
      source: "not-in-article",
    };
  if (answer.kind === "none" && answer.reason === "out-of-scope")
    return { verdict: "not-said", source: "not-in-article" };
  // "Did the talks resume?", "how many were killed?": the entry found does not give that (answer-type.ts).
  if (!answer.answered && answer.kind === "entry" && answer.reason === "not-in-article")
    return {
      verdict: asksArticle(folded) ? "no" : "not-said",
      source: "not-in-article",
    };
  if (!answer.answered || answer.kind !== "entry" || !entry) return null;
  // "а Вашингтон ответил?", "Эрдоган отреагировал?": a reaction of a party the article does not quote.
  // «США признали свою ошибку?»: an admission is a reaction too (dialog27).
  if (lang === "ru" && (REACTING_RU.test(folded) || ADMITTING_RU.test(folded))) {
    const first = deps.speakers.namedIn(folded)[0];
    if (first === undefined || !deps.speakers.isQuoted(first.id))
      return { verdict: "not-said", source: "not-in-article" };
  }
  // "does it say who is responsible?": "it" saying is the article, no voice left unquoted (dialog27).
  // "does russia say it's talking to both?": its own deed asked as its words, read as the deed (said-claim.ts).
  if (lang === "en" && SAYING.test(folded) && !IT_SAYS.test(folded) && !SAYS_OWN_DEED.test(folded)) {
    const subject = deps.speakers.namedIn(subjectPart(folded, deps.speakers))[0];
    const quoted = subject !== undefined && subject.start <= 4 && deps.speakers.isQuoted(subject.id);
    if (!quoted && !startsWithKnownSpeaker(folded, deps.speakers))
      return { verdict: "not-said", source: "not-in-article" };
  }
  // "so is he against it?" with nothing left to read "it" as: a stance on a thing never named, no entry's verdict
  // (the US-policy entry's curated Yes on "against" alone was a false Yes, d51-08#3).
  if (lang === "en" && STANCE_ON_PRONOUN.test(folded)) return null;
  // «сша за палестинское государство?» on Putin's words: the entry's verdict is its voice's, not the party's.
  if (lang === "ru" && stanceOfNoVoice(folded, answer, deps.speakers, deps.parties))
    return { verdict: "not-said", source: "article-text" };
  const curated = deps.conversation.verdicts.get(entry.id);
  const ownQuestion = asksEntryOwnQuestion(folded, entry, deps.speakers, deps.terms);
  const flips = OPPOSITE_SENSE.test(folded) || GIVES_UP.test(folded);
  // "Did Putin reject a ceasefire?" where the entry has him stand for one: the question's one word against it,
  // with the rest the entry's own question, turns the curated yes into no.
  const against = lang === "en" && curated === "yes" && deps.conversation.standsFor?.has(entry.id);
  const turned = against ? AGAINST.exec(folded) : null;
  if (turned && asksEntryOwnQuestion(folded.replace(turned[0], " "), entry, deps.speakers, deps.terms))
    return { verdict: "no", source: "curated" };
  // "Does Putin think US policy worked?" on the entry saying it failed: a word of the opposite, with no word of
  // negation beside it ("did the US fail to address…" asks the entry's own point), and no other speaker.
  // In Russian by the curators' Russian opposites ("без споров" against "not without controversy").
  const oppositeRead = lang === "en" || /\p{Script=Cyrillic}/u.test(folded);
  // "does putin say the us should consider compromises?": the fault's remedy, Yes (prescribed-remedy.ts).
  if (oppositeRead && remedyAsked(folded, answer, deps)) return { verdict: "yes", source: "article-text" };
  if (oppositeRead && curated === "yes" && oppositeSaid(folded, entry, deps))
    return { verdict: "no", source: "curated" };
  const check = deps.claims;
  // The question as a statement, checked once whichever way the verdict goes (the checker reads English only).
  const statement =
    lang === "en" && check && folded.length <= MAX_CHECKED_CHARS ? statementOf(folded, deps.speakers) : null;
  let checked = check && statement !== null ? check(statement) : null;
  if (checked && hedged(checked)) return { verdict: "not-said", source: "claim-checker" };
  // The entry's own question, with no word that could turn its sense, has its curated answer — unless its words
  // put another actor in the passage's place ("is Israel in the Quartet?": the entry's words, Russia's place).
  if (curated && ownQuestion && !flips && !(curated === "yes" && ASKS_WHICH.test(folded))) {
    // Or a wish the passage never states ("does the US want peace?" on Washington monopolizing peace efforts:
    // "want" is glue to the entry's words, the checker reads it as added).
    // An "actor" whose passage side names no one is a misaligned word, not another doer (actor-change.ts).
    const wish = addsWish(statement, checked, check);
    if (checked && !wish && namesAnotherActor(checked.changes, deps.parties, deps.speakers))
      return actorsInEvidence(checked, answer)
        ? { verdict: "not-said", source: "claim-checker", plain: true }
        : { verdict: "not-said", source: "claim-checker" };
    if (wish) return { verdict: "not-said", source: "claim-checker" };
    // The entry's words, but the checker reads the passage against them ("does the US want a Palestinian
    // state?" on the entry saying the US failed to address that aspiration): no curated yes.
    if (curated === "yes" && checked !== null && contradicts(checked))
      return { verdict: "not-said", source: "claim-checker" };
    return { verdict: curated, source: "curated" };
  }
  if (lang === "ru")
    return russianVerdict(folded, answer, curated, flips, check, deps.localEntries?.get(entry.id));
  if (!check || statement === null || checked === null) {
    // Without the checker (it reads English only) nothing guards a curated verdict against a question of the
    // opposite sense but the engine's certainty; below it, no verdict rather than a guess.
    if (curated && !flips && answer.confidence >= SURE_OF_ENTRY)
      return { verdict: curated, source: "curated" };
    return null;
  }
  // "Is Russia ready to help?" — the article says it of the Kremlin: Russia's voices stand in for Russia.
  // "kremlin open to talking to hamas and israel?" — the article says "both warring sides" (warring-pair.ts).
  const paired = asBothWarringSides(statement);
  for (const told of paired === null ? [statement] : [statement, paired]) {
    const again = told === statement ? checked : check(told);
    if (again.verdict === "verbatim" || again.verdict === "paraphrase") {
      if (told !== statement && again.unbacked.length === 0) checked = again;
      break;
    }
    for (const voice of RUSSIA_AS_STATE.test(told) ? RUSSIAN_VOICES : []) {
      const voiced = check(told.replace(RUSSIA_AS_STATE, voice));
      if (voiced.verdict === "verbatim" || voiced.verdict === "paraphrase") checked = voiced;
      if (checked === voiced) break;
    }
    if (checked.verdict === "verbatim" || checked.verdict === "paraphrase") break;
  }
  // "Has Turkey cut off trade with Israel?" against Russia's passage: another party's deed, no verdict at all.
  if (contradicts(checked))
    return oppositeOfAnother(statement, checked, deps.parties)
      ? null
      : { verdict: "no", source: "claim-checker" };
  // "Does it say which regional players?": a statement asking for a name or a number is no claim the checker's
  // word-by-word "yes" can confirm.
  const checkerSaysYes =
    (checked.verdict === "verbatim" || checked.verdict === "paraphrase") &&
    checked.unbacked.length === 0 &&
    !ASKS_WHICH.test(statement);
  // The entry's own question ("does Putin support a Palestinian state?") has its curated answer, even where
  // the checker reads "support" as a stance the passage does not take.
  // "did Putin refuse compromises?" on Putin faulting Washington for not considering them: the entry's words, but
  // a word of the opposite sense (so no curated path above) and another doer in the passage's place — the
  // curated yes is Washington's, not the asked party's (quality49).
  const otherDoer = flips && checked.changes.some((c) => c.kind === "actor");
  if (
    curated &&
    !otherDoer &&
    !GIVES_UP.test(folded) &&
    (ownQuestion || (checkerSaysYes && answer.confidence >= SURE_OF_ENTRY))
  )
    return { verdict: curated, source: "curated" };
  // Every concept of the question is the entry's own (its phrasings, answer or quotes) and the checker reads no
  // change in it: the entry's verdict, not "doesn't say so in those words" above the passage that says it.
  if (
    curated &&
    !flips &&
    deps.terms &&
    checked.changes.length === 0 &&
    checked.verdict !== "misattributed" &&
    // Words the checker met in no passage at all ("did putin slam israel for the bombing"): the asker's detail.
    (lightOnly(askersDetail(checked.unbacked), deps.terms) ||
      checked.verdict === "verbatim" ||
      checked.verdict === "paraphrase") &&
    !ASKS_WHICH.test(folded) &&
    entryBacksQuestion(
      // "the u.s. blew it": the idiom read as its one word (failed), as the checker reads it.
      joinPhrasalVerbs(withoutDegree(folded)),
      entry,
      deps.speakers,
      deps.terms,
      askersDetail(checked.unbacked),
    )
  )
    return { verdict: curated, source: "curated" };
  if (checked.changes.length > 0 || checked.verdict === "misattributed")
    return wordsOnly(checked) || misalignedOnly(checked, deps.parties, deps.speakers)
      ? { verdict: "not-said", source: "claim-checker", plain: true }
      : { verdict: "not-said", source: "claim-checker" };
  // Neither the checker nor a curated verdict confirms it: the article does not say so, at least not in words
  // the bot can match; the evidence below lets the reader judge.
  return checkerSaysYes
    ? { verdict: "yes", source: "claim-checker" }
    : { verdict: "not-said", source: "unconfirmed" };
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

/**
 * "does russia have ties with israel" on the card of Russia's common ground with Israel: the checker held it against
 * the Palestinians' passage ("another actor"), but every such actor is named in the found card's own quotes — a
 * passage chosen elsewhere, no other doer; plain for the engine's owned verdict only.
 */
function actorsInEvidence(checked: Checked, answer: Answer): boolean {
  const quoted = answer.answered ? answer.quotes.map((q) => q.text.toLowerCase()).join(" ") : "";
  return checked.changes.every(
    (c) =>
      (c.kind === "replaced" || c.kind === "actor") &&
      (c.kind !== "actor" || (c.claimed !== "" && hasWholeWord(quoted, c.claimed.toLowerCase()))),
  );
}
