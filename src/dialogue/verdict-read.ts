// The verdict read from the entry the engine found and the claim checker: the entry's curated verdict for its own
// question, the checker's opposite or negation for a No, a changed actor or speaker for "doesn't say" (English),
// and the Russian claim path (russian-verdict.ts). yes-no.ts runs its kind-specific readers first, then this.
// What it reads with (tidy39): questions about the article itself (article-asked.ts), a saying of an unquoted party
// (saying-unquoted.ts), the turning and narrowing words (verdict-turning-words.ts), and Russia's voices in the
// checker's reading (verdict-voices.ts).

import type { Answer, Lang } from "../answering/types.js";
import { type ClaimChecker, joinPhrasalVerbs } from "../claims/index.js";
import type { LocalEntry } from "../knowledge/index.js";
import type { Parties } from "../knowledge/parties.js";
import { misalignedOnly, namesAnotherActor, withPartiesForActors } from "./actor-change.js";
import { asksArticle } from "./article-asked.js";
import { isDegreeWord, withoutDegree } from "./asker-degree.js";
import { contradicts, hedged, MAX_CHECKED_CHARS, SURE_OF_ENTRY, wordsOnly } from "./checker-reading.js";
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
import { russianVerdict } from "./russian-verdict.js";
import { unquotedSaying } from "./saying-unquoted.js";
import { stanceOfSilentParty } from "./silent-party-stance.js";
import type { SpeakerNames } from "./speakers.js";
import type { VerdictSource, YesNo } from "./types.js";
import { ASKS_WHICH, GIVES_UP, OPPOSITE_SENSE, STANCE_ON_PRONOUN } from "./verdict-turning-words.js";
import { actorsInEvidence, addsWish, checkedAsVoices } from "./verdict-voices.js";
import { OR_WHAT, statementOf } from "./yes-no-question.js";

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

export { asksArticle };

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
  // "а Вашингтон ответил?", "Эрдоган отреагировал?", «США признали свою ошибку?»: a reaction or a saying of a
  // party the article does not quote (saying-unquoted.ts).
  if (unquotedSaying(folded, lang, deps.speakers)) return { verdict: "not-said", source: "not-in-article" };
  // "so is he against it?" with nothing left to read "it" as: a stance on a thing never named, no entry's verdict
  // (the US-policy entry's curated Yes on "against" alone was a false Yes, d51-08#3).
  if (lang === "en" && STANCE_ON_PRONOUN.test(folded)) return null;
  // «сша за палестинское государство?» on Putin's words: the entry's verdict is its voice's, not the party's.
  if (lang === "ru" && stanceOfNoVoice(folded, answer, deps.speakers, deps.parties))
    return { verdict: "not-said", source: "article-text" };
  // "does the us oppose it?" on Putin's stand: a stance the party is never given (silent-party-stance.ts).
  if (lang === "en" && stanceOfSilentParty(folded, answer, deps.speakers, deps.parties))
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
  // "did russia phone the turks?": the party's bare name for its leader in the passage is no other actor (actor-change.ts).
  let checked = check && statement !== null ? withPartiesForActors(check(statement), deps.parties) : null;
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
    return russianVerdict(
      folded,
      answer,
      curated,
      flips,
      check,
      deps.localEntries?.get(entry.id),
      deps.parties,
    );
  if (!check || statement === null || checked === null) {
    // Without the checker (it reads English only) nothing guards a curated verdict against a question of the
    // opposite sense but the engine's certainty; below it, no verdict rather than a guess.
    if (curated && !flips && answer.confidence >= SURE_OF_ENTRY)
      return { verdict: curated, source: "curated" };
    return null;
  }
  // "Is Russia ready to help?" — the article says it of the Kremlin: Russia's voices stand in for Russia.
  // "kremlin open to talking to hamas and israel?" — the article says "both warring sides" (verdict-voices.ts).
  checked = checkedAsVoices(statement, checked, check);
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
