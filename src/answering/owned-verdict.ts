// The engine's own Yes or No on a plain yes/no question that asks a card's point in other words: "does moscow have
// links to hamas?" on Russia's ties with the Palestinians, "is the kremlin ready to help?" on its readiness to help
// reach a settlement, «россия член квартета?» on the Quartet's members, "did US policy work?" on Putin's view that
// it failed (No). The card says it; without the verdict the card answered the question only by implication
// (quality36: blind79 and blind-ru75 missed ten such lines at engine level). A point is owned only when the engine
// found its card, the question asks yes or no plainly, and no word could turn its sense ("not", "reject", "only",
// an alternative, a question word); the dialogue layer still reads every yes/no question and may replace it.

import { foldQuestion } from "../lib/fold-question.js";
import { type OwnedVerdict, POINTS, type Point, stem, w } from "./owned-points.js";
import { asRoleOrMembership } from "./role-and-membership.js";
import { asRussianMembership } from "./russian/membership.js";
import type { Lang } from "./types.js";

export type { OwnedVerdict };

/** Openers before the question itself: "so", "ok", "according to this,". */
const LEADS_EN =
  /^(?:(?:so|and|but|ok|okay|well|then|also|hmm|right|quick question|just asking)(?:,|\s)\s*)*(?:according to (?:this|the article|the text|the story|the piece|it)\s*,?\s*)?/u;
const AUXILIARY_FIRST =
  /^(?:is|are|was|were|does|do|did|has|have|had|can|could|would|will|should)\s(?!not(?![\p{L}]))/u;
/** Words that may turn the question against the card's point, ask which or why, or offer an alternative. */
const TURNS_EN = w(
  "not|never|no|nor|n't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|won't|wouldn't|can't|against|reject\\p{L}*|refus\\p{L}*|den(?:y|ies|ied)|oppos\\p{L}*|stop\\p{L}*|cut|cuts|end|ends|ended|abandon\\p{L}*|without|instead|only|just|solely|hostile|enem\\p{L}*|fail\\p{L}*|other than|besides|except|or|which|who|whom|what|why|how|when|where|un\\p{L}*controversial|lie|lies|lying|fake|pretend\\p{L}*|two-state|both|really|actually|truly|genuinely|honestly|swallow\\p{L}*|buy|buys|believe[sd]? it",
);
/** The "yes or no" tail asks the same question: «да или нет», «или нет», "yes or no". */
const YES_OR_NO_TAIL =
  /[\s,]*(?:(?:да или нет|или нет|или как|yes or no|or not|or nah|or no|or what|lol|lmao|haha+)\s*)[?!.]*\s*$/u;
const QUESTION_WORD_RU =
  /(?<!\p{L})(?:кто|кого|кому|кем|что|чего|чему|чем|где|когда|почему|зачем|отчего|как|каков\p{L}*|как(?:ая|ое|ие|их|им|ой|ую|ого|ому)|сколько|чей|чья|чьё|чье|чьи|куда|откуда)(?!\p{L})/u;
/** Russian words that may turn the question: «не», «против», «только», an alternative. */
const TURNS_RU =
  /(?<!\p{L})(?:не|нет|ни|никогда|против|отверг\p{L}*|отрица\p{L}*|отклон\p{L}*|отказ\p{L}*|прекрат\p{L}*|разорв\p{L}*|без|только|лишь|или|врёт|врет|лж\p{L}*|притворя\p{L}*|якобы|оба|обе|действительно|правда|реально|на самом деле|стать\p{L}*|автор\p{L}*|текст\p{L}*)(?!\p{L})/u;
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
  return text.length > 160 ? null : foldQuestion(text);
}

/** The plain yes/no question in English, its openers and its "or not" left off; else null. */
function polarEnglish(text: string): string | null {
  const s = plain(text)?.replace(YES_OR_NO_TAIL, "").replace(LEADS_EN, "");
  if (s === undefined || !AUXILIARY_FIRST.test(s) || TURNS_EN.test(s)) return null;
  return s;
}

/** The plain yes/no question in Russian (a mark or «ли», no question word); else null. */
function polarRussian(text: string): string | null {
  const s = plain(text);
  if (s === null) return null;
  const asked = /\?\s*$/u.test(s) || YES_OR_NO_TAIL.test(s) || /(?<!\p{L})ли(?!\p{L})/u.test(s);
  const bare = s.replace(YES_OR_NO_TAIL, "");
  if (!asked || QUESTION_WORD_RU.test(bare) || TURNS_RU.test(bare)) return null;
  return bare;
}

/** The verdict the engine owns for the question on the card it found, with the card to say it with; else null. */
export function ownedVerdict(
  text: string,
  lang: Lang,
  entryId: string,
): { verdict: OwnedVerdict; card: string } | null {
  const ru = lang === "ru";
  for (const point of POINTS) {
    const turn = ru ? point.turnRu : point.turnEn;
    if (turn === undefined || !point.entries.includes(entryId)) continue;
    turn.lastIndex = 0;
    if (!turn.test(text)) continue;
    const unturned = text.replace(turn, " ");
    const asked = ru ? polarRussian(unturned) : polarEnglish(unturned);
    if (asked !== null && pointAsked(point, asked, ru))
      return { verdict: point.verdict, card: point.card ?? entryId };
  }
  const asked = ru ? polarRussian(text) : polarEnglish(text);
  if (asked === null) return null;
  if (entryId === "quartet-members")
    return membersAsked(text, asked, lang) ? { verdict: "yes", card: entryId } : null;
  for (const point of POINTS) {
    if (point.turnEn !== undefined || point.turnRu !== undefined || !point.entries.includes(entryId))
      continue;
    if (pointAsked(point, asked, ru)) return { verdict: point.verdict, card: point.card ?? entryId };
  }
  return null;
}

/** Every word of the point is in the (plain) question and nothing it is not owned with. */
function pointAsked(point: Point, asked: string, ru: boolean): boolean {
  const unless = ru ? point.unlessRu : point.unlessEn;
  if (unless?.test(asked)) return false;
  const patterns = ru ? point.ru : point.en;
  return patterns?.every((p) => p.test(asked)) === true;
}

/** Membership asked of the Quartet's members only ("is russia part of the quartet", «сша тоже в квартете?»). */
function membersAsked(text: string, asked: string, lang: Lang): boolean {
  if (NON_MEMBER.test(asked)) return false;
  if (lang === "ru")
    return (
      asRussianMembership(text) === "кто входит в квартет" &&
      (MEMBER_RU.test(asked) || MEMBER_RU_EU.test(asked))
    );
  if (asRoleOrMembership(text) === "who is in the quartet") return MEMBER_EN.test(asked);
  return TOGETHER_EN.every((p) => p.test(asked));
}
