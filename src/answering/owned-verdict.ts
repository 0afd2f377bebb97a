// The engine's own Yes or No on a plain yes/no question that asks a card's point in other words: "does moscow have
// links to hamas?" on Russia's ties with the Palestinians, "is the kremlin ready to help?" on its readiness to help
// reach a settlement, «россия член квартета?» on the Quartet's members, "did US policy work?" on Putin's view that
// it failed (No). The card says it; without the verdict the card answered the question only by implication
// (quality36: blind79 and blind-ru75 missed ten such lines at engine level). A point is owned only when the engine
// found its card, the question asks yes or no plainly, and no word could turn its sense ("not", "reject", "only",
// an alternative, a question word); the dialogue layer still reads every yes/no question and may replace it.

import { foldQuestion } from "../lib/fold-question.js";
import { type OwnedVerdict, POINTS, type Point, stem, w } from "./owned-points.js";
import { MORE_POINTS } from "./owned-points-more.js";
import { STANCE_POINTS } from "./owned-points-stance.js";
import { STATED_POINTS } from "./owned-points-stated.js";
import {
  cleftAsked,
  partyStatementAsked,
  pronounOfRemark,
  russianPlain,
  withoutFellowMember,
} from "./owned-question-shapes.js";
import { addsToCard } from "./owned-scope.js";
import { asRoleOrMembership } from "./role-and-membership.js";
import { withAmongThoseAsTies } from "./russian/among-those.js";
import { withEnglishTopicWordsInRussian } from "./russian/english-topic-words.js";
import { asRussianMembership } from "./russian/membership.js";
import { withSpeechAboutAsSaid } from "./russian/speech-about.js";
import { withTiesCircleAsTies } from "./russian/ties-circle.js";
import type { Lang } from "./types.js";

export type { OwnedVerdict };

/** Openers before the question itself: "so", "ok", "according to this,". */
const LEADS_EN =
  /^(?:(?:so|and|but|ok|okay|well|then|also|hmm|right|quick question|just asking)(?:,|\s)\s*)*(?:according to (?:this|the article|the text|the story|the piece|it)\s*,?\s*)?/u;
const AUXILIARY_FIRST =
  /^(?:is|are|r|was|were|does|do|did|has|have|had|can|could|would|will|should)\s(?!not(?![\p{L}]))/u;
/** "according to putin, has us policy failed?": the voice the question is asked of, read after the question. */
const VOICE_LEAD_EN = /^according to (putin|him|peskov|the kremlin|moscow)\s*,?\s*(.*)$/u;
/** A statement asked by its tag ("russia has ties with hamas right??", "…, isn't it?"): a yes/no question too. */
const TAG_EN =
  /[\s,]+(?:right|correct|yeah|true|innit|no|isn't it|doesn't it|didn't he|don't they|aren't they|is that right|is that true|am i right)\s*\?+\s*$/u;
/** A statement asked after "so" ("so putin is ok with a palestinian state?"): a yes/no question too. */
const SO_STATEMENT_EN = /^so\s[^?]*\?+\s*$/u;
/** Words that doubt the report itself ("really", "actually"): left to the dialogue except on the cards of plain fact. */
const DOUBT_EN = w("really|actually|truly|genuinely|honestly");
/** Cards stating plain facts of the report (a call, the Quartet, ties, fears): "did putin actually talk to erdogan?". */
const FACT_CARDS = new Set([
  "putin-erdogan-call",
  "quartet-members",
  "russia-palestinian-ties",
  "russia-israel-ties",
  "crisis-spread-fears",
]);
/**
 * A verb of saying or approving before «что» that opens a clause, not a question («песков сказал, что кремль…»),
 * also with «ли» and its subject between («считает ли путин, что…», «говорит ли президент россии, что…»).
 */
const THAT_CLAUSE_RU =
  /(?<!\p{L})((?:сказа|говор|заяв|подтверд|подтвержд|утвержд|счита|дума|призна|упомян|сообщ|пиш|одобр|поддержива|соглас|довол|уверен)\p{L}*( ли(?: \p{L}+){1,3})?),? (?:(?:то|тем|том|того),? )?что(?= \p{L})/gu;
/**
 * A reproach and its clause («упрекнул Вашингтон в том, что тот игнорировал…», «критикует американцев за то, что
 * они…», quality45ru): «в том, что» / «за то, что» and the object's pronoun off, so «что» is no question word and the
 * reproach reads as one statement.
 */
const REPROACH_CLAUSE_RU =
  /(?<!\p{L})((?:упрек|упрёк|обвин|критик|раскритик|винит|осужда|осудил)\p{L}*(?: \p{L}+){1,2}),? (?:в том|за то),? что(?: (?:тот|те|он|она|оно|они))?(?= \p{L})/gu;
const ALL_POINTS: readonly Point[] = [...POINTS, ...MORE_POINTS, ...STATED_POINTS, ...STANCE_POINTS];
/** Words that may turn the question against the card's point, ask which or why, or offer an alternative. */
const TURNS_EN = w(
  "not|never|no|nor|n't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|won't|wouldn't|can't|against|reject\\p{L}*|refus\\p{L}*|den(?:y|ies|ied)|oppos\\p{L}*|stop\\p{L}*|cut|cuts|end|ends|ended|abandon\\p{L}*|without|instead|only|just|solely|hostile|enem\\p{L}*|fail\\p{L}*|other than|besides|except|or|which|who|whom|what|why|how|when|where|un\\p{L}*controversial|lie|lies|lying|fake|pretend\\p{L}*|two-state|both|swallow\\p{L}*|buy|buys|believe[sd]? it|alone|entirely|purely|wholly|give up|gave up|giving up|gives up",
);
/**
 * "…mediate between israel and iran?": a pair the point is not about (dialog31); the warring sides themselves
 * ("between israel and hamas", "between the two sides") are the points' own.
 */
const BETWEEN_EN = /(?<!\p{L})between (?:the )?(\p{L}+) and (?:the )?(\p{L}+)/u;
const BETWEEN_RU = /(?<!\p{L})между (\p{L}+) и (\p{L}+)/u;
const WARRING_SIDE =
  /^(?:israel|israelis|israeli|hamas|palestinians|palestinian|palestine|gaza|two|both|sides|warring|израил\p{L}*|хамас\p{L}*|палестин\p{L}*|газ\p{L}*|сторон\p{L}*|обеими|двумя)$/u;
/** The call's own pair ("a call between putin and the turkish president", «между путиным и президентом турции»). */
const CALL_PAIR_EN =
  /(?<!\p{L})between (?:putin|the russian (?:president|leader)) and (?:\p{L}+ ){0,2}(?:erdogan|turkey's|turkish)(?!\p{L})/u;
const CALL_PAIR_RU =
  /(?<!\p{L})между путин\p{L}* и (?:\p{L}+ ){0,2}(?:эрдоган\p{L}*|турци\p{L}*|турецк\p{L}*)(?!\p{L})/u;
/** A pair asked "between X and Y" where one is no warring side, nor the call's own pair: a turn of the point. */
function otherPair(text: string, ru: boolean): boolean {
  if ((ru ? CALL_PAIR_RU : CALL_PAIR_EN).test(text)) return false;
  const pair = (ru ? BETWEEN_RU : BETWEEN_EN).exec(text);
  return pair !== null && !(WARRING_SIDE.test(pair[1] ?? "") && WARRING_SIDE.test(pair[2] ?? ""));
}
/** The "yes or no" tail asks the same question: «да или нет», «да/нет», «или нет», "yes or no", "y/n". */
const YES_OR_NO_TAIL =
  /[\s,?]*(?:(?:да или нет|да\s*[/-]\s*нет|или нет|или как|yes or no|yes\s*\/\s*no|y\/n|or not|or nah|or no|or what|lol|lmao|haha+)\s*)[?!.]*\s*$/u;
/** A question word; «какие-то», «что-нибудь» (an indefinite pronoun, quality46ru) ask nothing. */
const QUESTION_WORD_RU =
  /(?<!\p{L})(?:кто|кого|кому|кем|что|чего|чему|чем|где|когда|почему|зачем|отчего|как|каков\p{L}*|как(?:ая|ое|ие|их|им|ой|ую|ого|ому)|сколько|чей|чья|чьё|чье|чьи|куда|откуда)(?![\p{L}-])/u;
/** Russian words that may turn the question: «не», «против», «только», an alternative. */
const TURNS_RU =
  /(?<!\p{L})(?:не|нет|ни|никогда|против|отверг\p{L}*|отрица\p{L}*|отклон\p{L}*|отказ\p{L}*|прекрат\p{L}*|разорв\p{L}*|без|только|лишь|или|врёт|врет|лж\p{L}*|притворя\p{L}*|якобы|оба|обе|действительно|правда|реально|на самом деле|стать\p{L}*|автор\p{L}*|текст\p{L}*)(?!\p{L})/u;
/** Stopping the fire: the ceasefire asked, which «прекрат…» alone would read as a turn. */
const CEASE_FIRE_RU =
  /(?<!\p{L})прекрат\p{L}* (?:огонь|огня|стрельбу|боевые действия|бои|военные действия|кровопролитие)(?!\p{L})/gu;
/** Parties outside the Quartet, by name: not judged by the members' Yes. */
const NON_MEMBER =
  /(?<!\p{L})(?:israel\p{L}*|hamas|turk\p{L}*|iran\p{L}*|china|chinese|egypt\p{L}*|palestin\p{L}*|nato|india|japan|uk|britain|france|germany|saudi\p{L}*|qatar|ukrain\p{L}*|израил\p{L}*|хамас\p{L}*|турц\p{L}*|иран\p{L}*|кита\p{L}*|египт\p{L}*|палестин\p{L}*|нато|инди\p{L}*|япони\p{L}*|британи\p{L}*|франци\p{L}*|германи\p{L}*|саудов\p{L}*|катар\p{L}*|украин\p{L}*)(?!\p{L})/u;
const MEMBER_EN = w(
  "russia|russian|russians|moscow|kremlin|the kremlin|putin|us|u\\.s|usa|united states|america|american|americans|washington|un|u\\.n|united nations|eu|e\\.u|european union|europe|brussels",
);
const MEMBER_RU = stem(
  "росси|российск|москв|кремл|путин|сша|америк|штат|вашингтон|оон|объедин|евросоюз|европ|брюссел",
);
const MEMBER_RU_EU = /(?<!\p{L})ес(?!\p{L})/u;

/** Another member asked as working on peace alongside Russia ("is the un involved in the peace process with russia?"). */
const TOGETHER_EN = [
  w("un|u\\.n|united nations|eu|e\\.u|european union|europe|us|u\\.s|usa|united states|america|washington"),
  w("(?:alongside|together with|along with|with|beside|next to) (?:russia|moscow|the kremlin)"),
  w("involved|part|participat\\p{L}*|take part|takes part|work|works|working|engaged|cooperat\\p{L}*"),
  w("peace|process|effort|efforts|settlement|talks|mediation"),
];

/** The question folded (foldQuestion); longer than a chat question: null. */
function plain(text: string): string | null {
  if (text.length > 160) return null;
  return (
    foldQuestion(text)
      // The name's common slips ("путен", "puten"): the engine's typo fixer reads them, the points read this text.
      .replace(/(?<!\p{L})(?:путен|путинн)/gu, "путин")
      .replace(/(?<!\p{L})(?:puten|puttin|putn)(?!\p{L})/gu, "putin")
  );
}

/** The plain yes/no question in English, its openers and its "or not" left off; else null. */
function polarEnglish(text: string, doubtOk: boolean): string | null {
  const whole = plain(text)?.replace(YES_OR_NO_TAIL, "");
  if (whole === undefined) return null;
  const tagged = TAG_EN.test(whole);
  const untagged = whole.replace(TAG_EN, "");
  const led = untagged.replace(LEADS_EN, "").replace(VOICE_LEAD_EN, "$2 according to $1");
  // "was it peskov who …": asked as "did peskov …" (owned-question-shapes.ts; the name is checked by the caller).
  const s = cleftAsked(led)?.asked ?? led;
  const polar = AUXILIARY_FIRST.test(s) || tagged || SO_STATEMENT_EN.test(untagged) || partyStatementAsked(s);
  if (!polar || TURNS_EN.test(s) || otherPair(s, false) || (!doubtOk && DOUBT_EN.test(s))) return null;
  return s;
}

/** A Russian yes-or-no tail, the question itself asked in English ("Putin blames the US? да или нет"). */
const RUSSIAN_TAIL = /[\s,?]*(?:да или нет|да\s*[/-]\s*нет|или нет)\s*[?!.]*\s*$/u;

/**
 * The question in English before a Russian yes-or-no tail, its openers and tag left off; else null (quality42ru). The
 * tail's letters make it a Russian question, yet its words are English, which the points' Russian patterns do not
 * read: read with the English ones, the tail asking yes or no as "or not" does.
 */
function englishAskedInRussian(text: string, doubtOk: boolean): string | null {
  const s = plain(text);
  if (s === null || !RUSSIAN_TAIL.test(s)) return null;
  const core = s.replace(RUSSIAN_TAIL, "");
  if (/\p{Script=Cyrillic}/u.test(core) || !/\p{Script=Latin}/u.test(core)) return null;
  const q = core
    .replace(TAG_EN, "")
    .replace(LEADS_EN, "")
    .replace(/[\s?]+$/u, "");
  if (TURNS_EN.test(q) || otherPair(q, false) || (!doubtOk && DOUBT_EN.test(q))) return null;
  return q;
}

/** A message of several sentences whose last one alone asks («Ну конечно, опять Америка виновата. Серьёзно, Путин
 * прямо сказал, что …?»): that question, the remark before it no part of what is asked (quality42ru; up to 300
 * characters, as a chat message). */
const LAST_QUESTION_RU = /^[^?]*[.!…]\s+([^.!?…]+\?+)\s*$/u;

/** The plain yes/no question in Russian (a mark or «ли», no question word); else null. */
function polarRussian(text: string): string | null {
  const m = text.length <= 300 ? LAST_QUESTION_RU.exec(text) : null;
  // «Путин просто пиарится. Он хоть признаёт…?»: the pronoun is the one the remark names (owned-question-shapes.ts).
  const last =
    m?.[1] === undefined ? undefined : pronounOfRemark(text.slice(0, m.index + m[0].indexOf(m[1])), m[1]);
  const folded = plain(last ?? text);
  const s = folded === null ? null : russianPlain(folded);
  if (s === null) return null;
  const asked = /\?\s*$/u.test(s) || YES_OR_NO_TAIL.test(s) || /(?<!\p{L})ли(?!\p{L})/u.test(s);
  const bare = s.replace(YES_OR_NO_TAIL, "").replace(REPROACH_CLAUSE_RU, "$1").replace(THAT_CLAUSE_RU, "$1");
  // «прекратить огонь» is the ceasefire itself, not a stop that turns the point (quality42ru).
  const unturned = bare.replace(CEASE_FIRE_RU, " ");
  if (!asked || QUESTION_WORD_RU.test(bare) || TURNS_RU.test(unturned) || otherPair(bare, true)) return null;
  return bare;
}

/**
 * The verdict the engine owns for the question on the card it found, with the card to say it with; else null.
 * `cardText` gives a card's text as said (answer and quotes): a question adding what it does not give is not owned
 * (owned-scope.ts); without it (a reader's own test) that check is not made.
 */
export function ownedVerdict(
  typed: string,
  lang: Lang,
  entryId: string,
  cardText?: (id: string) => string,
): { verdict: OwnedVerdict; card: string } | null {
  // «X среди тех, с кем у Москвы давние связи?», «в статье речь идёт о …?», «X входит в круг давних связей России?»,
  // «путин говорил про talks?»: read in the plain form the points know.
  const text = lang === "ru" ? plainRussianForm(typed) : typed;
  const doubtOk = FACT_CARDS.has(entryId);
  // A Russian question in English words but for its tail is read in English (englishAskedInRussian).
  const inEnglish = lang === "ru" && englishAskedInRussian(text, doubtOk) !== null;
  const ru = lang === "ru" && !inEnglish;
  const polar = (t: string) =>
    inEnglish ? englishAskedInRussian(t, doubtOk) : ru ? polarRussian(t) : polarEnglish(t, doubtOk);
  // "was it X who …": a point owned only when X is its doer (its first pattern names X).
  const cleft = ru || inEnglish ? null : cleftAsked(plainLed(text));
  const doerOk = (point: Point) => cleft === null || point.en?.[0]?.test(cleft.name) === true;
  for (const point of ALL_POINTS) {
    const turn = ru ? point.turnRu : point.turnEn;
    if (turn === undefined || !point.entries.includes(entryId)) continue;
    turn.lastIndex = 0;
    if (!turn.test(text)) continue;
    const unturned = text.replace(turn, " ");
    const asked = polar(unturned);
    const card = point.card ?? entryId;
    if (asked !== null && doerOk(point) && pointAsked(point, asked, ru) && !adds(asked, card, cardText))
      return { verdict: point.verdict, card };
  }
  const afterthought = ru && entryId === "quartet-members" ? memberAfterthought(text) : null;
  if (afterthought !== null) return ownedVerdict(afterthought, lang, entryId, cardText);
  const asked = polar(text);
  if (asked === null) return null;
  if (entryId === "quartet-members")
    return membersAsked(withoutFellowMember(text), asked, ru ? "ru" : "en")
      ? { verdict: "yes", card: entryId }
      : null;
  for (const point of ALL_POINTS) {
    if (point.turnEn !== undefined || point.turnRu !== undefined || !point.entries.includes(entryId))
      continue;
    const card = point.card ?? entryId;
    if (doerOk(point) && pointAsked(point, asked, ru) && !adds(asked, card, cardText))
      return { verdict: point.verdict, card };
  }
  return null;
}

/** The plain Russian form the points read (quality45ru, quality46ru). */
const plainRussianForm = (typed: string) =>
  withSpeechAboutAsSaid(withTiesCircleAsTies(withAmongThoseAsTies(withEnglishTopicWordsInRussian(typed))));

/**
 * A members question with a yes/no afterthought («С кем Россия в связке в Квартете — с Евросоюзом тоже?», «Кто с
 * Россией в Квартете, США тоже?», quality45ru): the afterthought alone asks yes or no, read as «X тоже в квартете?».
 */
const MEMBER_AFTERTHOUGHT_RU =
  /[—–,-]\s*(?:а\s+|и\s+)?(?:с\s+)?((?:\p{L}+\s+){0,2}?\p{L}+)\s+тоже\s*\?+\s*$/u;

function memberAfterthought(text: string): string | null {
  const m = MEMBER_AFTERTHOUGHT_RU.exec(foldQuestion(text));
  return m?.[1] === undefined ? null : `${m[1]} тоже в квартете?`;
}

/** The English question folded, its openers off: where a cleft is looked for. */
function plainLed(text: string): string {
  return (plain(text) ?? "").replace(YES_OR_NO_TAIL, "").replace(TAG_EN, "").replace(LEADS_EN, "");
}

/** The question adds to the point what the card does not give (owned-scope.ts). */
function adds(asked: string, card: string, cardText: ((id: string) => string) | undefined): boolean {
  return cardText !== undefined && addsToCard(asked, cardText(card));
}

/** Every word of the point is in the (plain) question and nothing it is not owned with. */
function pointAsked(point: Point, asked: string, ru: boolean): boolean {
  const unless = ru ? point.unlessRu : point.unlessEn;
  if (unless?.test(asked)) return false;
  const patterns = ru ? point.ru : point.en;
  return patterns?.every((p) => p.test(asked)) === true;
}

/** The conflict's sides as one adjective ("israeli-palestinian talks", «израильско-палестинские переговоры»): no party. */
const SIDES_ADJECTIVE =
  /(?<!\p{L})(?:israeli-palestinian|palestinian-israeli|arab-israeli|израильско-палестинск\p{L}*|палестино-израильск\p{L}*|арабо-израильск\p{L}*)(?!\p{L})/gu;

/** Membership asked of the Quartet's members only ("is russia part of the quartet", «сша тоже в квартете?»). */
function membersAsked(text: string, asked: string, lang: Lang): boolean {
  if (NON_MEMBER.test(asked.replace(SIDES_ADJECTIVE, " "))) return false;
  if (lang === "ru")
    return (
      asRussianMembership(text) === "кто входит в квартет" &&
      (MEMBER_RU.test(asked) || MEMBER_RU_EU.test(asked))
    );
  if (asRoleOrMembership(text) === "who is in the quartet") return MEMBER_EN.test(asked);
  return TOGETHER_EN.every((p) => p.test(asked));
}
