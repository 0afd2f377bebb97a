// Yes/no questions: recognising them, and a verdict grounded in the article: the claim checker reads the
// question as a statement ("did Putin praise Washington?" -> "Putin praise Washington": altered, so No), and
// an entry's curated verdict answers its own question. Never the question's wording alone.

import { viewsOtherFailure } from "../answering/russian/blamed-party.js";
import type { Answer, Lang } from "../answering/types.js";
import { type ClaimChecker, type ClaimVerdict, HEDGES, isAddedWish } from "../claims/index.js";
import type { LocalEntry } from "../knowledge/index.js";
import type { Parties } from "../knowledge/parties.js";
import { lean } from "../lib/lean-regexp.js";
import { isRussianText } from "../lib/script-language.js";
import { agentSwapVerdict, unsaidCharge } from "./agent-swap.js";
import { asksAimAsFact } from "./aimed.js";
import { approvalVerdict } from "./approval.js";
import { inArticleFrame } from "./article-frame.js";
import { unbackedMoment } from "./asked-moment.js";
import { blameScopeVerdict } from "./blame-scope.js";
import { ANOTHER_CALL } from "./call-party.js";
import { calledForVerdict } from "./called-for.js";
import type { Conversation } from "./conversation-file.js";
import { AGAINST, asksEntryOwnQuestion, saysOpposite } from "./entry-own-question.js";
import { asksEventForecast } from "./event-forecast.js";
import { fearedSpreadVerdict, spreadHappenedVerdict } from "./feared-spread.js";
import { formerStatusVerdict } from "./former-status.js";
import { asksJudgementRu } from "./judgement-asked.js";
import { listMemberVerdict } from "./list-member.js";
import { negatedInEvidence } from "./negated-in-evidence.js";
import { mentionVerdict } from "./omitted-mention.js";
import { partInVerdict } from "./part-in.js";
import { inPassageWords, inPassageWordsRu } from "./passage-paraphrase.js";
import { REACTING_RU } from "./reaction.js";
import { selfPresentedVerdict } from "./self-presented.js";
import type { SpeakerNames } from "./speakers.js";
import { stanceOfOtherVerdict } from "./stance-of-other.js";
import { stillMemberVerdict } from "./still-member.js";
import { talkedAboutVerdict } from "./talked-about.js";
import { asksArticleTopic } from "./topic-denied.js";
import type { VerdictSource, YesNo } from "./types.js";
import { LEADS, OR_WHAT, statementOf } from "./yes-no-question.js";
import { asksRussianEntryOwnQuestion, russianStatementOf, russianVoicesFor } from "./yes-no-ru.js";

export interface Verdict {
  verdict: YesNo;
  source: VerdictSource;
}

/** Kinds of change that turn the question's statement against what the article says. */
const CONTRADICTING = new Set(["opposite", "negation"]);

/** The article's hedge ("the crisis *may* extend") against a sure question ("has it already spread?"): not a No. */
const HEDGE: ReadonlySet<string> = new Set(HEDGES);

type Checked = Pick<ClaimVerdict, "changes">;
/** The statement asserts what the article only hedges: neither yes nor no — the article doesn't say. */
const hedged = (checked: Checked) =>
  checked.changes.some((c) => CONTRADICTING.has(c.kind) && HEDGE.has(c.article));
/** Whether the checker reads the statement against the article (a hedge of the article's is no contradiction). */
const contradicts = (checked: Checked) =>
  checked.changes.some((c) => CONTRADICTING.has(c.kind) && !HEDGE.has(c.article));

/** Verbs of saying: "did Hamas make a statement?", "did the US respond?" */
const SAYING = lean(
  /(?<![\p{L}])(?:say|said|says|statement|statements|comment|commented|respond|responded|react|reacted|reply|replied|answer|answered|(?:clap|hit|fire|strike|shoot|push|talk)(?:s|ed|ped)? back|struck back|shot back|retort|retorted|rebut|rebutted|agree|agreed|disagree|disagreed|announce|announced|speak out|spoke out|condemn|condemned|deny|denied)(?![\p{L}])/u,
);

/** "does the article give / mention / say…": a question about the article itself, not about the world. */
const ASKS_ABOUT_ARTICLE = lean(
  /^(?:(?:and|so|but)\s+)?(?:does|did|is|do) (?:the )?(?:article|story|piece|report|text|author) (?:give|gives|mention|mentions|say|says|name|names|list|lists|include|includes|report|reports|provide|provides|offer|contain|contains|tell|specify|state|explain|describe|quote|cite|identify|there)/,
);

/** "в статье есть…?", "статья называет…?": a Russian question about the article itself. */
const ASKS_ABOUT_ARTICLE_RU = lean(
  /^(?:(?:а|и|но)\s+)?(?:в )?(?:стать[яеи]|тексте?|заметк[аеи]|материале?|автор) (?:есть|приводит|приведены|указ\p{L}*|называ\p{L}*|назван\p{L}*|сообща\p{L}*|упомина\p{L}*|упомянут\p{L}*|пишет|да[её]т|содержит|говорится)(?!\p{L})/u,
);

/** Words that may turn a question against its entry's own ("did he reject…", "отверг ли…"): no curated verdict. */
const OPPOSITE_SENSE = lean(
  /(?<!\p{L})(?:not|never|no|reject\p{L}*|refus\p{L}*|oppos\p{L}*|against|den(?:y|ie\p{L}*)|condemn\p{L}*|prais\p{L}*|stop\p{L}*|end\p{L}*|не|нет|ни|никогда|против|отверг\p{L}*|отказ\p{L}*|осуд\p{L}*|осужд\p{L}*|похвал\p{L}*|хвал\p{L}*|одобр\p{L}*|прекрат\p{L}*)(?!\p{L})/u,
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

/** Longer questions are not read as one statement (and the checker's cost grows with them). */
const MAX_CHECKED_CHARS = 200;

/** The engine's confidence at which an entry's curated verdict outweighs the checker's plain "yes". */
const SURE_OF_ENTRY = 0.8;

/**
 * The verdict on a yes/no question the engine answered with `answer`, in this order (measured on
 * test/questions/yesno-own.jsonl, see notes): a gap entry or a refusal -> the article doesn't say; what a party
 * the article never quotes said -> doesn't say; the claim checker finding an opposite or a negation -> no, a
 * stance, actor or speaker of its own -> doesn't say; the entry's curated verdict when the question is the
 * entry's own; the checker's "yes" when every word is backed.
 */
export function verdictFor(
  asked: string,
  answer: Answer,
  lang: Lang,
  deps: Parameters<typeof verdictRead>[3],
): Verdict | null {
  // "did Putin blame Iran?": the engine found the fact without the party the article never names, and the
  // entry names the real one (answering/wrong-party.ts).
  // The one phoned: the reported call was with another party, No; one more call asked ("too") doesn't say (call-party.ts).
  // A charge asked as one more ("did he blame Iran too?") is silent in the article: doesn't say (dialog43).
  if (answer.wrongParty === "fact")
    return { verdict: unsaidCharge(asked.toLowerCase()) ? "not-said" : "no", source: "curated" };
  if (answer.wrongParty === "call")
    return { verdict: ANOTHER_CALL.test(asked.toLowerCase()) ? "not-said" : "no", source: "article-text" };
  // "want the fighting to stop immediately?" is "want an immediate ceasefire?" (passage-paraphrase.ts).
  // "does the text (at least) say X?" as "does the article say that X?" (article-frame.ts).
  const question = lang === "en" ? inPassageWords(inArticleFrame(asked)) : inPassageWordsRu(asked);
  const plain = question.replace(OR_WHAT, "").replace(/,? or not?$|,? или нет$/u, "");
  // "is this about ukraine?", «статья про украину?» refused: the article is about something else, No (topic-denied.ts).
  if (!answer.answered && answer.reason === "out-of-scope" && asksArticleTopic(plain.toLowerCase(), lang))
    return { verdict: "no", source: "not-in-article" };
  // "переговоры возобновят?": how events will turn out, which the article never says (event-forecast.ts).
  if (asksEventForecast(plain.toLowerCase(), lang)) return { verdict: "not-said", source: "not-in-article" };
  // "он призывает признать палестину прямо сейчас?": a moment of a wish the evidence never gives (asked-moment.ts).
  if (unbackedMoment(plain, answer, lang)) return { verdict: "not-said", source: "article-text" };
  // "путин прав?", "он молодец?": a judgement of someone, which the article never gives (judgement-asked.ts).
  if (lang === "ru" && asksJudgementRu(plain)) return { verdict: "not-said", source: "article-text" };
  // "is Russia still in it?": now, of a membership the article gives no date for (still-member.ts).
  if (stillMemberVerdict(plain, answer, lang)) return { verdict: "not-said", source: "article-text" };
  // "was China in the Quartet?", "only the US and Russia?": the full list in the evidence settles it (list-member.ts).
  const member = listMemberVerdict(plain, answer, lang);
  if (member) return { verdict: member, source: "article-text" };
  // "has it already spread?": the evidence has only the fear that it may (feared-spread.ts).
  if (spreadHappenedVerdict(plain, answer, lang)) return { verdict: "not-said", source: "article-text" };
  // "are people worried it could spread beyond Israel and Gaza?": the concerns the evidence reports (feared-spread.ts).
  if (fearedSpreadVerdict(plain, answer, lang)) return { verdict: "yes", source: "article-text" };
  // "does he blame Hamas as well?" / "…everything on Israel?" where the evidence names another (blame-scope.ts).
  // "путин считает, что это провал политики турции?": in his view the failure is the US's (russian/blamed-party.ts).
  if (lang === "ru" && answer.answered && viewsOtherFailure(plain))
    return { verdict: "no", source: "article-text" };
  const blame = blameScopeVerdict(plain.toLowerCase(), lang, answer);
  if (blame) return { verdict: blame, source: "article-text" };
  // "so Putin is the one monopolizing the peace efforts?": another doer or target of the evidence's act (agent-swap.ts).
  const swapped = agentSwapVerdict(plain, answer, lang, deps.parties);
  if (swapped) return { verdict: swapped, source: "article-text" };
  // "does Russia claim to be neutral?": the self-image the evidence quotes, in near words (self-presented.ts).
  const image = selfPresentedVerdict(plain.toLowerCase(), lang, answer, deps.parties);
  if (image) return { verdict: image, source: "article-text" };
  // "эрдоган тоже против сша?" on Putin's criticism: another voice's stance is not reported (stance-of-other.ts).
  if (stanceOfOtherVerdict(plain, answer, lang, deps.speakers, deps.parties))
    return { verdict: "not-said", source: "article-text" };
  // "Has the US done enough, in his view?" on an entry where Putin faults the US (approval.ts).
  const approval = approvalVerdict(question, answer, lang, deps.conversation, deps.parties);
  if (approval) return { verdict: approval, source: "curated" };
  // "he talked about Russia's own role, right?" / "did he forget to mention it?" on evidence (omitted-mention.ts).
  const mention = answer.answered ? mentionVerdict(question, answer.answer) : null;
  if (mention) return { verdict: mention, source: "article-text" };
  // "are they still Russian citizens?" where the evidence calls them former ones (former-status.ts).
  if (formerStatusVerdict(plain, answer, lang) === "no") return { verdict: "no", source: "article-text" };
  // "is the Quartet part of the negotiations?" where the evidence has it formed to facilitate them (part-in.ts).
  if (lang === "en" && partInVerdict(plain, answer) === "yes")
    return { verdict: "yes", source: "article-text" };
  // "did Putin talk about compromise?" where his sentence in the evidence names it (talked-about.ts).
  if (talkedAboutVerdict(plain, answer, lang, deps.speakers) === "yes")
    return { verdict: "yes", source: "article-text" };
  // "а он призывал к военной операции?": the asked act must be in the evidence, not only its topic (called-for.ts).
  const statement =
    plain.length > MAX_CHECKED_CHARS
      ? null
      : lang === "ru"
        ? russianStatementOf(plain)
        : statementOf(plain, deps.speakers);
  const called = calledForVerdict(statement, lang, answer, deps.claims, deps.conversation.standsFor);
  if (called) return { verdict: called, source: "claim-checker" };
  const read = verdictRead(question, answer, lang, deps);
  // "а США искали компромиссы?" where the evidence says "не рассматривая компромиссов" (negated-in-evidence.ts).
  if (
    (read === null || read.verdict === "yes") &&
    lang === "ru" &&
    negatedInEvidence(question, answer.answer)
  )
    return { verdict: "no", source: "article-text" };
  // "Is Russia a neutral mediator?" where the article gives that only as Moscow's aim (aimed.ts).
  if (read?.verdict === "yes" && asksAimAsFact(question, answer, lang))
    return { verdict: "not-said", source: "article-text" };
  // "a two-state solution?" on the entry saying Putin acknowledges the need for a Palestinian state: the
  // curators' list of terms the article never uses for that point; the evidence shows what it does say.
  const wider = answer.entry ? deps.conversation.notInWords?.get(answer.entry.id) : undefined;
  if (read?.verdict === "yes" && wider?.test(question)) return { verdict: "not-said", source: "curated" };
  return read;
}

function verdictRead(
  question: string,
  answer: Answer,
  lang: Lang,
  deps: {
    claims: ClaimChecker | null;
    conversation: Conversation;
    /** The article's parties (kb.parties): the party readers' table. */
    parties: Parties;
    speakers: SpeakerNames;
    /** The Russian side of the entries, by id: a Russian question's own-question test reads their phrasings. */
    localEntries?: ReadonlyMap<string, LocalEntry>;
    /** The engine's concepts of an English text: the own-question test compares by them when given. */
    terms?: (text: string) => string[];
  },
): Verdict | null {
  // "Is Russia neutral or not?", "Russia is neutral or no?" ask whether it is.
  const folded = question.replace(OR_WHAT, "").replace(/,? or not?$|,? или нет$/u, "");
  const entry = answer.entry;
  // "Does the article give casualty figures?": of a gap the article leaves open, the answer is plainly no.
  if (answer.kind === "entry" && entry?.kind === "not-in-article")
    return {
      verdict: ASKS_ABOUT_ARTICLE.test(folded) || ASKS_ABOUT_ARTICLE_RU.test(folded) ? "no" : "not-said",
      source: "not-in-article",
    };
  if (answer.kind === "none" && answer.reason === "out-of-scope")
    return { verdict: "not-said", source: "not-in-article" };
  // "Did the talks resume?", "how many were killed?": the entry found does not give that (answer-type.ts).
  if (!answer.answered && answer.kind === "entry" && answer.reason === "not-in-article")
    return {
      verdict: ASKS_ABOUT_ARTICLE.test(folded) || ASKS_ABOUT_ARTICLE_RU.test(folded) ? "no" : "not-said",
      source: "not-in-article",
    };
  if (!answer.answered || answer.kind !== "entry" || !entry) return null;
  // "а Вашингтон ответил?", "Эрдоган отреагировал?": a reaction of a party the article does not quote.
  if (lang === "ru" && REACTING_RU.test(folded)) {
    const first = deps.speakers.namedIn(folded)[0];
    if (first === undefined || !deps.speakers.isQuoted(first.id))
      return { verdict: "not-said", source: "not-in-article" };
  }
  if (lang === "en" && SAYING.test(folded)) {
    const subject = deps.speakers.namedIn(folded.replace(LEADS, "").replace(/^\S+\s/, ""))[0];
    const quoted = subject !== undefined && subject.start <= 4 && deps.speakers.isQuoted(subject.id);
    if (!quoted && !startsWithKnownSpeaker(folded, deps.speakers))
      return { verdict: "not-said", source: "not-in-article" };
  }
  const curated = deps.conversation.verdicts.get(entry.id);
  const ownQuestion = asksEntryOwnQuestion(folded, entry, deps.speakers, deps.terms);
  const flips = OPPOSITE_SENSE.test(folded);
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
  if (oppositeRead && curated === "yes" && saysOpposite(folded, entry, deps))
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
    if (checked?.changes.some((c) => c.kind === "actor") || addsWish(statement, checked, check))
      return { verdict: "not-said", source: "claim-checker" };
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
  for (const voice of RUSSIA_AS_STATE.test(statement) ? RUSSIAN_VOICES : []) {
    if (checked.verdict === "verbatim" || checked.verdict === "paraphrase") break;
    const again = check(statement.replace(RUSSIA_AS_STATE, voice));
    if (again.verdict === "verbatim" || again.verdict === "paraphrase") checked = again;
  }
  if (contradicts(checked)) return { verdict: "no", source: "claim-checker" };
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
  if (curated && !otherDoer && (ownQuestion || (checkerSaysYes && answer.confidence >= SURE_OF_ENTRY)))
    return { verdict: curated, source: "curated" };
  if (checked.changes.length > 0 || checked.verdict === "misattributed")
    return { verdict: "not-said", source: "claim-checker" };
  // Neither the checker nor a curated verdict confirms it: the article does not say so, at least not in words
  // the bot can match; the evidence below lets the reader judge.
  return checkerSaysYes
    ? { verdict: "yes", source: "claim-checker" }
    : { verdict: "not-said", source: "unconfirmed" };
}

/**
 * A Russian yes/no question, through the Russian claim path (curated translations, judged on the English span),
 * in this order (measured on the Russian yes/no turns of test/questions, see notes/README): an opposite or a
 * negation -> no; a changed actor, another speaker, a stance the passage does not take -> doesn't say; the
 * entry's curated verdict when the engine is sure of the entry and no word may turn the sense; the checker's
 * "in other words" with every word backed -> yes; else no verdict line (the evidence alone), since a Russian
 * question the checker cannot read is not thereby absent from the article.
 */
function russianVerdict(
  folded: string,
  answer: Answer,
  curated: YesNo | undefined,
  flips: boolean,
  check: ClaimChecker | null,
  russianEntry: LocalEntry | undefined,
): Verdict | null {
  const sureOfEntry = curated !== undefined && !flips && answer.confidence >= SURE_OF_ENTRY;
  const statement = russianStatementOf(folded);
  // The entry's own question, with no word that could turn its sense, has its curated answer.
  if (curated && !flips && asksRussianEntryOwnQuestion(statement, russianEntry))
    return { verdict: curated, source: "curated" };
  // Without the entry's Russian side there is no Russian knowledge base for the claim path to read by.
  if (!check || !russianEntry || folded.length > MAX_CHECKED_CHARS || !isRussianText(statement))
    return sureOfEntry ? { verdict: curated, source: "curated" } : null;
  let checked = check(statement);
  if (hedged(checked)) return { verdict: "not-said", source: "claim-checker" };
  // "Россия хочет помочь…?" — the article says it of the Kremlin: Russia's voices stand in for Russia.
  for (const again of russianVoicesFor(statement)) {
    if (checked.verdict === "verbatim" || checked.verdict === "paraphrase") break;
    const voiced = check(again);
    if (voiced.verdict === "verbatim" || voiced.verdict === "paraphrase") checked = voiced;
  }
  if (contradicts(checked)) return { verdict: "no", source: "claim-checker" };
  if (checked.changes.length > 0 || checked.verdict === "misattributed")
    return { verdict: "not-said", source: "claim-checker" };
  if (sureOfEntry) return { verdict: curated, source: "curated" };
  if ((checked.verdict === "verbatim" || checked.verdict === "paraphrase") && checked.unbacked.length === 0)
    return { verdict: "yes", source: "claim-checker" };
  return null;
}

/** "Did Putin say…": the subject right after the auxiliary is a speaker the article quotes. */
function startsWithKnownSpeaker(folded: string, speakers: SpeakerNames): boolean {
  const rest = folded.replace(LEADS, "").replace(/^\S+\s/, "");
  if (/^(?:the )?(?:article|story|author|report|piece)\b/.test(rest)) return true;
  const first = speakers.namedIn(rest)[0];
  return first !== undefined && first.start === 0 && speakers.isQuoted(first.id);
}
