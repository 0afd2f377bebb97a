// Yes/no questions: recognising them, and a verdict grounded in the article: the claim checker reads the
// question as a statement ("did Putin praise Washington?" -> "Putin praise Washington": altered, so No), and
// an entry's curated verdict answers its own question. Never the question's wording alone.
import { stemmer } from "stemmer";
import type { Answer, Lang } from "../answering/types.js";
import { type ClaimChecker, type ClaimVerdict, HEDGES } from "../claims/index.js";
import type { Entry, LocalEntry } from "../knowledge/index.js";
import { isRussianText } from "../lib/script-language.js";
import type { Conversation } from "./conversation-file.js";
import { type DialogueWords, fold } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import type { VerdictSource, YesNo } from "./types.js";
import { asksRussianEntryOwnQuestion, russianStatementOf, russianVoicesFor } from "./yes-no-ru.js";

/** A yes/no question: "did Putin…?", "is Russia…?", "правда ли…", "Путин звонил Эрдогану?" */
export function isYesNoQuestion(raw: string, folded: string, words: DialogueWords, lang: Lang): boolean {
  if (words.alternative.test(folded)) return false;
  if (words.yesNo.test(folded)) return true;
  // "So he thinks the US looked for compromises?", "you mean Russia is in the Quartet?": a statement asked back.
  if (lang === "en" && raw.trim().endsWith("?") && STATEMENT_ASKED_BACK.test(folded)) return true;
  // Russian asks yes/no by intonation alone: a question mark and no question word. "что-то" is none ("он
  // что-то сказал про Россию?"), nor "что" joining a clause ("Путин сказал, что…?", "за то, что…?").
  return (
    lang === "ru" &&
    raw.trim().endsWith("?") &&
    !words.questionStart.test(folded) &&
    !RUSSIAN_QUESTION_WORD.test(folded.replace(THAT_CONJUNCTION, " "))
  );
}

const RUSSIAN_QUESTION_WORD =
  /(?<!\p{L})(?:кто|кого|кому|кем|что|чего|чему|чем|ч[её]м|почему|зачем|отчего|как|где|куда|откуда|когда|какой|какая|какое|какие|какую|каких|каком|каким|сколько|чей|чья|чье|чьи)(?![\p{L}-])/u;
/** "что" as "that" (after a comma, "то", "так", "ли", a verb of saying or thinking) and "то, как" ("the way"). */
const THAT_CONJUNCTION =
  /(?:,|(?<!\p{L})(?:то,?|так|ли|правда|верно|сказал\p{L}*|говор\p{L}*|счита\p{L}*|дума\p{L}*|заяв\p{L}*|утвержда\p{L}*|призна\p{L}*|отмет\p{L}*|подчерк\p{L}*|уверен\p{L}*|упомянул\p{L}*|пишет|писал\p{L}*|сообща\p{L}*))\s+что(?!\p{L})|(?<!\p{L})то,?\s+как(?!\p{L})/gu;

/** A statement asked back: "so …", "you mean …", or a pronoun and a verb ("he thinks…?"), no question word. */
const STATEMENT_ASKED_BACK =
  /^(?:(?:so|and so|wait|hold on|you mean|you're saying|so you're saying|meaning)[, ]+(?!(?:who|whom|whose|what|which|why|when|where|how)\b)\S+ \S+|(?:he|she|they) (?:think|thinks|thought|say|says|said|believe|believes|want|wants|blame|blames|blamed|support|supports|call|calls|called)\b)/;
const AUXILIARY =
  /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)(?:n't)?$/;

const BE = /^(is|are|was|were|isn't|aren't|wasn't|weren't)$/;
const DO = /^(do|does|did|don't|doesn't|didn't)$/;
const LEADS = /^(?:(?:and|so|but|ok|okay|well|then)[, ]+)/;
const ASKED_BACK_LEAD = /^(?:(?:and so|wait|hold on|you mean|you're saying|so you're saying|meaning)[, ]+)/;

/**
 * The statement a yes/no question asks about: the auxiliary moved after the subject or dropped, a negative
 * question read as its positive ("didn't Putin call…" asks whether he did).
 */
export function statementOf(folded: string, speakers: SpeakerNames): string {
  const asked = folded.replace(LEADS, "").replace(ASKED_BACK_LEAD, "");
  const words = asked.split(" ");
  // A statement asked back ("so he thinks…?") is already one.
  if (!AUXILIARY.test(words[0] ?? "")) return asked;
  const aux = words.shift() ?? "";
  const rest = words.join(" ");
  if (DO.test(aux)) return rest;
  const named = speakers.namedIn(rest)[0];
  let subjectEnd: number;
  if (named && named.start <= 4) subjectEnd = named.end;
  else {
    const [first = "", second = ""] = words;
    subjectEnd = /^(the|a|an|this|that|these|those|his|their|its)$/.test(first)
      ? first.length + 1 + second.length
      : first.length;
  }
  const verb = BE.test(aux) ? aux.replace(/n't$/, "") : aux.replace(/n't$/, "");
  return `${rest.slice(0, subjectEnd)} ${verb}${rest.slice(subjectEnd)}`.replace(/\s+/g, " ").trim();
}

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
const SAYING =
  /(?<![\p{L}])(?:say|said|says|statement|statements|comment|commented|respond|responded|react|reacted|reply|replied|answer|answered|agree|agreed|disagree|disagreed|announce|announced|speak out|spoke out|condemn|condemned|deny|denied)(?![\p{L}])/u;

/** "does the article give / mention / say…": a question about the article itself, not about the world. */
const ASKS_ABOUT_ARTICLE =
  /^(?:(?:and|so|but)\s+)?(?:does|did|is|do) (?:the )?(?:article|story|piece|report|text|author) (?:give|gives|mention|mentions|say|says|name|names|list|lists|include|includes|report|reports|provide|provides|offer|contain|contains|tell|specify|state|explain|describe|quote|cite|identify|there)/;

/** "в статье есть…?", "статья называет…?": a Russian question about the article itself. */
const ASKS_ABOUT_ARTICLE_RU =
  /^(?:(?:а|и|но)\s+)?(?:в )?(?:стать[яеи]|тексте?|заметк[аеи]|материале?|автор) (?:есть|приводит|приведены|указ\p{L}*|называ\p{L}*|назван\p{L}*|сообща\p{L}*|упомина\p{L}*|упомянут\p{L}*|пишет|да[её]т|содержит|говорится)(?!\p{L})/u;

/** Words that may turn a question against its entry's own ("did he reject…", "отверг ли…"): no curated verdict. */
const OPPOSITE_SENSE =
  /(?<!\p{L})(?:not|never|no|reject\p{L}*|refus\p{L}*|oppos\p{L}*|against|den(?:y|ie\p{L}*)|condemn\p{L}*|prais\p{L}*|stop\p{L}*|end\p{L}*|не|нет|ни|никогда|против|отверг\p{L}*|отказ\p{L}*|осуд\p{L}*|осужд\p{L}*|похвал\p{L}*|хвал\p{L}*|одобр\p{L}*|прекрат\p{L}*)(?!\p{L})/u;

/** Being against something ("reject", "oppose", "cut ties"); not "end"/"stop", which may be a goal ("end the war"). */
const AGAINST =
  /(?<!\p{L})(?:reject\p{L}*|refus\p{L}*|oppos\p{L}*|against|den(?:y|ies|ied)|(?:cut|cuts|break|breaks|broke|broken|breaking)(?: off)?|abandon\p{L}*|dropp?\p{L}*|sever\p{L}*|dismiss\p{L}*|(?:turn|turns|turned|turning) down|(?:rule|rules|ruled|ruling) out|said no to|say no to)(?!\p{L})/u;

/** The question without its word of being against ("did Putin turn down a ceasefire?" -> "did Putin a ceasefire?"). */
export function withoutAgainst(folded: string): string | null {
  const m = AGAINST.exec(folded);
  return m ? `${folded.slice(0, m.index)} ${folded.slice(m.index + m[0].length)}`.replace(/\s+/g, " ") : null;
}

/** Russia as a whole ("Moscow", "Russia") speaks through the Kremlin and the Foreign Ministry in this article. */
const RUSSIA_AS_STATE = /(?<![\p{L}])(?:russia|moscow|the russian government|russian government)(?![\p{L}])/u;
const RUSSIAN_VOICES = ["the kremlin", "the russian foreign ministry"];

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
  question: string,
  answer: Answer,
  lang: Lang,
  deps: {
    claims: ClaimChecker | null;
    conversation: Conversation;
    speakers: SpeakerNames;
    /** The Russian side of the entries, by id: a Russian question's own-question test reads their phrasings. */
    localEntries?: ReadonlyMap<string, LocalEntry>;
    /** The engine's concepts of an English text: the own-question test compares by them when given. */
    terms?: (text: string) => string[];
  },
): Verdict | null {
  // "Is Russia neutral or not?" asks whether it is.
  const folded = question.replace(/,? or not$|,? или нет$/u, "");
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
  if (lang === "en" && curated === "yes" && saysOpposite(folded, entry, deps))
    return { verdict: "no", source: "curated" };
  const check = deps.claims;
  // The question as a statement, checked once whichever way the verdict goes (the checker reads English only).
  const statement =
    lang === "en" && check && folded.length <= MAX_CHECKED_CHARS ? statementOf(folded, deps.speakers) : null;
  let checked = check && statement !== null ? check(statement) : null;
  if (checked && hedged(checked)) return { verdict: "not-said", source: "claim-checker" };
  // The entry's own question, with no word that could turn its sense, has its curated answer — unless its words
  // put another actor in the passage's place ("is Israel in the Quartet?": the entry's words, Russia's place).
  if (curated && ownQuestion && !flips) {
    if (checked?.changes.some((c) => c.kind === "actor"))
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
  const checkerSaysYes =
    (checked.verdict === "verbatim" || checked.verdict === "paraphrase") && checked.unbacked.length === 0;
  // The entry's own question ("does Putin support a Palestinian state?") has its curated answer, even where
  // the checker reads "support" as a stance the passage does not take.
  if (curated && (ownQuestion || (checkerSaysYes && answer.confidence >= SURE_OF_ENTRY)))
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

/** Words that turn a question's sense back ("not", "fail to", "without"): an opposite beside one is no opposite. */
const NEGATING =
  /(?<!\p{L})(?:not|never|no|nor|fail\p{L}*|without|lack\p{L}*|ignor\p{L}*|overlook\p{L}*|neglect\p{L}*|end|ends|ending|ended|stop\p{L}*|halt\p{L}*|cease\p{L}*|against|instead)(?!\p{L})|n't(?!\p{L})/u;

/** The question says the opposite of the entry's point in the curators' words, plainly, about the entry's speakers. */
function saysOpposite(
  folded: string,
  entry: Entry,
  deps: { conversation: Conversation; speakers: SpeakerNames },
): boolean {
  const opposite = deps.conversation.opposites?.get(entry.id)?.pattern.exec(folded);
  if (!opposite) return false;
  if (NEGATING.test(folded.replace(opposite[0], " "))) return false;
  const own = entryWords(entry, deps.speakers);
  return deps.speakers.namedIn(folded).every((n) => own.speakers.has(n.id));
}

/**
 * "Does Putin think the US did a good job?": the question with its opposite word put back as the entry's own
 * word ("…did a failed…"), for the engine to find the entry by; null when it names no entry's opposite.
 */
export function withEntryWords(
  folded: string,
  conversation: Conversation,
): { id: string; question: string }[] {
  const out: { id: string; question: string }[] = [];
  for (const [id, { word, pattern }] of conversation.opposites ?? []) {
    const m = pattern.exec(folded);
    if (m)
      out.push({ id, question: `${folded.slice(0, m.index)}${word}${folded.slice(m.index + m[0].length)}` });
  }
  return out;
}

/** "Did Putin say…": the subject right after the auxiliary is a speaker the article quotes. */
function startsWithKnownSpeaker(folded: string, speakers: SpeakerNames): boolean {
  const rest = folded.replace(LEADS, "").replace(/^\S+\s/, "");
  if (/^(?:the )?(?:article|story|author|report|piece)\b/.test(rest)) return true;
  const first = speakers.namedIn(rest)[0];
  return first !== undefined && first.start === 0 && speakers.isQuoted(first.id);
}

const stemOf = (w: string) => stemmer(w);
const GLUE = new Set(
  `is are was were do does did has have had can could will would should the a an of to in on at by for with and
  or not that this it its he his him they them their any about from as be been really actually ever yet still
  now having being there one idea`.split(/\s+/),
);

/**
 * A curated verdict answers the entry's own question only: every word of the question must be one the entry's
 * phrasings or keywords use ("did Putin reject a ceasefire?" has "reject", which no ceasefire phrasing does).
 */
function asksEntryOwnQuestion(
  folded: string,
  entry: Entry,
  speakers: SpeakerNames,
  terms?: (text: string) => string[],
): boolean {
  const named = speakers.namedIn(folded);
  const own = entryWords(entry, speakers);
  // "Did Putin threaten Israel?" is not the entry's question when the entry neither quotes nor names Putin.
  if (named.some((n) => !own.speakers.has(n.id))) return false;
  let rest = folded;
  for (const n of [...named].reverse()) rest = `${rest.slice(0, n.start)} ${rest.slice(n.end)}`;
  // By the engine's concepts when it offers them: every concept of the question is one of a single phrasing of
  // the entry (or of its keywords): "does Putin want the fighting to go on?" is no ceasefire phrasing's question.
  if (terms) {
    const asked = terms(rest).filter((t) => !t.startsWith("@") && !GLUE.has(t));
    const { phrasings, keywords } = entryTerms(entry, terms);
    // Who the question is about is no keyword's to supply: "does Israel want a ceasefire?" names a party no
    // ceasefire phrasing has (its keyword "Israel" only says where).
    const subject = named[0] !== undefined && named[0].start <= FIRST_WORDS ? undefined : asked[0];
    if (subject !== undefined && !phrasings.some((p) => p.has(subject))) return false;
    return phrasings.some((p) => asked.every((t) => p.has(t) || keywords.has(t)));
  }
  return rest
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 2 && !GLUE.has(w))
    .every((w) => own.vocabulary.has(stemOf(w)));
}

/** A name this near the start is the question's subject ("does Putin…", "is the Kremlin…"). */
const FIRST_WORDS = 12;

const ownTerms = new WeakMap<Entry, { phrasings: Set<string>[]; keywords: Set<string> }>();

/** An entry's phrasings and keywords as the engine's concepts; worked out once per entry. */
function entryTerms(
  entry: Entry,
  terms: (text: string) => string[],
): { phrasings: Set<string>[]; keywords: Set<string> } {
  let out = ownTerms.get(entry);
  if (!out) {
    out = {
      phrasings: [entry.question, ...entry.phrasings].map((p) => new Set(terms(p))),
      keywords: new Set(entry.keywords.flatMap((k) => terms(k))),
    };
    ownTerms.set(entry, out);
  }
  return out;
}

const ownWords = new WeakMap<Entry, { vocabulary: Set<string>; speakers: Set<string> }>();

/** An entry's phrasing vocabulary (stems) and the speakers it quotes or names; worked out once per entry. */
function entryWords(
  entry: Entry,
  speakers: SpeakerNames,
): { vocabulary: Set<string>; speakers: Set<string> } {
  let words = ownWords.get(entry);
  if (!words) {
    words = {
      vocabulary: new Set(
        [entry.question, ...entry.phrasings, ...entry.keywords].flatMap((p) =>
          p
            .toLowerCase()
            .split(/[^\p{L}\p{N}']+/u)
            .map(stemOf),
        ),
      ),
      speakers: new Set([
        ...entry.quotes.map((q) => q.speaker),
        ...[entry.question, ...entry.phrasings].flatMap((p) => speakers.namedIn(fold(p)).map((n) => n.id)),
      ]),
    };
    ownWords.set(entry, words);
  }
  return words;
}
