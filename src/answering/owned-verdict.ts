// The engine's own Yes or No on a plain yes/no question that asks a card's point in other words: "does moscow have
// links to hamas?" on Russia's ties with the Palestinians, "is the kremlin ready to help?" on its readiness to help
// reach a settlement, «россия член квартета?» on the Quartet's members, "did US policy work?" on Putin's view that
// it failed (No). The card says it; without the verdict the card answered the question only by implication
// (quality36: blind79 and blind-ru75 missed ten such lines at engine level). A point is owned only when the engine
// found its card, the question asks yes or no plainly, and no word could turn its sense ("not", "reject", "only",
// an alternative, a question word); the dialogue layer still reads every yes/no question and may replace it.
// The points are owned-points*.ts's; whether the question asks yes or no plainly is owned-polar.ts's, the Quartet's
// members asked owned-members.ts's; here, which point of the card found the question asks.

import { memberAfterthought, membersAsked } from "./owned-members.js";
import type { OwnedVerdict, Point } from "./owned-points.js";
import { CALL_MATTER_POINTS } from "./owned-points-call-matter.js";
import { CALL_AND_US_POINTS } from "./owned-points-call-us.js";
import { MORE_POINTS } from "./owned-points-more.js";
import { PLAIN_POINTS } from "./owned-points-plain.js";
import { RUSSIA_POINTS } from "./owned-points-russia.js";
import { STANCE_POINTS } from "./owned-points-stance.js";
import { STATED_POINTS } from "./owned-points-stated.js";
import { englishAskedInRussian, plainLed, polarEnglish, polarRussian } from "./owned-polar.js";
import { cleftAsked, withoutFellowMember } from "./owned-question-shapes.js";
import { addsToCard } from "./owned-scope.js";
import { withAmongThoseAsTies } from "./russian/among-those.js";
import { withArticleSaidThatAsReport } from "./russian/article-said-that.js";
import { withEnglishTopicWordsInRussian } from "./russian/english-topic-words.js";
import { withSpeechAboutAsSaid } from "./russian/speech-about.js";
import { withTiesCircleAsTies } from "./russian/ties-circle.js";
import { withWhichDashGuessAsked } from "./russian/which-dash.js";
import type { Lang } from "./types.js";

export type { OwnedVerdict };

/** Cards stating plain facts of the report (a call, the Quartet, ties, fears): "did putin actually talk to erdogan?". */
const FACT_CARDS = new Set([
  "putin-erdogan-call",
  "quartet-members",
  "russia-palestinian-ties",
  "russia-israel-ties",
  "crisis-spread-fears",
]);
const ALL_POINTS: readonly Point[] = [
  ...RUSSIA_POINTS,
  ...CALL_AND_US_POINTS,
  ...MORE_POINTS,
  ...STATED_POINTS,
  ...STANCE_POINTS,
  ...PLAIN_POINTS,
  ...CALL_MATTER_POINTS,
];

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
  // The Quartet's card: its members asked, else the points that name the card (Russia's formal part in the peace
  // process, "is russia officially involved in the peace process?", which formal-involvement.ts sends here).
  if (entryId === "quartet-members" && membersAsked(withoutFellowMember(text), asked, ru ? "ru" : "en"))
    return { verdict: "yes", card: entryId };
  for (const point of ALL_POINTS) {
    if (point.turnEn !== undefined || point.turnRu !== undefined || !point.entries.includes(entryId))
      continue;
    // The Quartet's card keeps itself: its Yes on Russia's formal part is said on the card found (quality26).
    const card = entryId === "quartet-members" ? entryId : (point.card ?? entryId);
    if (doerOk(point) && pointAsked(point, asked, ru) && !adds(asked, card, cardText))
      return { verdict: point.verdict, card };
  }
  return null;
}

/** The plain Russian form the points read (quality45ru, quality46ru; a dashed guess asked, quality48ru; the
 * article's report of a clause, quality49ru). */
const plainRussianForm = (typed: string) =>
  withSpeechAboutAsSaid(
    withTiesCircleAsTies(
      withAmongThoseAsTies(
        withEnglishTopicWordsInRussian(withWhichDashGuessAsked(withArticleSaidThatAsReport(typed))),
      ),
    ),
  );

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
