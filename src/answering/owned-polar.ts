// A plain yes/no question, as owned-verdict.ts reads it before it owns a card's point: its openers, tag and "or not"
// off, the voice it is asked of read after it, and null where a word could turn its sense ("not", "only", an
// alternative, a question word, a pair the point is not about) or doubt the report itself. English, Russian, and
// English words before a Russian yes-or-no tail. Apart from owned-verdict.ts because it reads the question's shape,
// not the points: owned-question-shapes.ts holds the shapes read after one rewrite.

import { foldQuestion } from "../lib/fold-question.js";
import { w } from "./owned-points.js";
import { cleftAsked, partyStatementAsked, pronounOfRemark, russianPlain } from "./owned-question-shapes.js";
import { withoutReportDoubt } from "./russian/report-doubt.js";

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
export function polarEnglish(text: string, doubtOk: boolean): string | null {
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
export function englishAskedInRussian(text: string, doubtOk: boolean): string | null {
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
export function polarRussian(text: string): string | null {
  const m = text.length <= 300 ? LAST_QUESTION_RU.exec(text) : null;
  // «Путин просто пиарится. Он хоть признаёт…?»: the pronoun is the one the remark names (owned-question-shapes.ts).
  const last =
    m?.[1] === undefined ? undefined : pronounOfRemark(text.slice(0, m.index + m[0].indexOf(m[1])), m[1]);
  const folded = plain(last ?? text);
  // «Правда ли, что …», «Путин правда сказал, что …»: a plain yes/no question (russian/report-doubt.ts, quality48ru).
  const s = folded === null ? null : russianPlain(withoutReportDoubt(folded));
  if (s === null) return null;
  const asked = /\?\s*$/u.test(s) || YES_OR_NO_TAIL.test(s) || /(?<!\p{L})ли(?!\p{L})/u.test(s);
  const bare = s.replace(YES_OR_NO_TAIL, "").replace(REPROACH_CLAUSE_RU, "$1").replace(THAT_CLAUSE_RU, "$1");
  // «прекратить огонь» is the ceasefire itself, not a stop that turns the point (quality42ru).
  const unturned = bare.replace(CEASE_FIRE_RU, " ");
  if (!asked || QUESTION_WORD_RU.test(bare) || TURNS_RU.test(unturned) || otherPair(bare, true)) return null;
  return bare;
}

/** The English question folded, its openers off: where a cleft is looked for. */
export function plainLed(text: string): string {
  return (plain(text) ?? "").replace(YES_OR_NO_TAIL, "").replace(TAG_EN, "").replace(LEADS_EN, "");
}
