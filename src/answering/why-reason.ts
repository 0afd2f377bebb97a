// A why or how question wants a reason or a way, never a bare verdict: "why does Russia say it can talk to both
// sides?" had been answered "Yes. The Kremlin maintains open communication with both…" — the yes/no card of the
// fact the question takes as given. The reason is that card's related entry that explains it (Moscow presents
// itself as an impartial mediator, pointing to its ties with both), when it is near enough in the ranking; when
// none is, the card is still answered, without its "Yes."/"No." (whole-question.ts).
import type { Analysis } from "./lexicon.js";
import { firstBelowTop, swappedToTop } from "./ranked-swap.js";
import type { Ranked } from "./ranker.js";

/** Question words asking for a reason, in each language's canonical form ("how come" is read as "why"). */
const REASON_WORDS = new Set(["why", "почему", "зачем", "отчего"]);

/** "how" asking an amount or a time, not a way: "how many", "how long ago". */
const HOW_MUCH =
  /\bhow (?:many|much|long|old|often|soon|far|big|large|bad|badly|serious|seriously|likely|sure)\b/;

/** How far below a yes/no card its reason may score and still come first. */
export const REASON_MARGIN = 0.15;

/**
 * An entry's answer opening with a verdict ("Yes. …", "Нет. …") or with the refusal of one ("The article gives no
 * verdict. …"): a yes/no card, which a reason near it should come before.
 */
const VERDICT = /^(?:Да|Нет|Yes|No|The article gives no verdict|Статья не выносит оценки)\.\s/u;
/** A bare yes or no opening: never the reason (a "no verdict" card still gives one, after its opening). */
const YES_NO = /^(?:Да|Нет|Yes|No)\.\s/u;

/** Whether a question asks why, or how in the sense of a way or a means. */
export function asksReason(a: Analysis): boolean {
  if (a.questionWords.some((w) => REASON_WORDS.has(w))) return true;
  return a.questionWords.includes("how") && !HOW_MUCH.test(a.words);
}

/**
 * A question opened by a question word ("what did putin say was needed right away?", "what did putin leave out of
 * his remarks?") asks for a thing, not a verdict: a yes/no card answering it is shown without its "Yes."/"No."
 * too. The dialogue layer did so already (stand-alone.ts); the engine, as `npm run eval` reads it, did not.
 */
const OPENED_BY_QUESTION_WORD =
  /^(?:(?:so|and|but|ok|okay|well|then|hey|hi)\s+)*(?:(?:with|to|from|for|of|in|by|about|on)\s+)?(?:what|which|who|whom|whose|where|when|how)(?!\p{L})/u;

/**
 * The same in Russian («с кем кремль держит связь», «кто в квартете»): a thing asked, so a card's «Да.» answers
 * nothing. «что,» with a comma opens a yes/no question («что, кремль говорит с хамасом?») and is left alone.
 */
const OPENED_BY_RUSSIAN_QUESTION_WORD =
  /^(?:(?:а|и|но|ну|так|ладно)\s+)*(?:(?:с|со|о|об|про|у|к|для|от|на|в|за|из)\s+)?(?:кто|кого|кому|кем|ком|что(?!\s*,)|чего|чему|чем|чём|какой|какая|какое|какие|каким|какую|каких|какими|где|куда|откуда|когда|чей|чья|чьё|чье|чьи)(?![\p{L}-])/u;

/** A question word at the end ("the kremlin keeps communication open with whom?"): a thing asked, not a verdict. */
const CLOSED_BY_QUESTION_WORD = /(?<!\p{L})(?:whom|who|what|where|which\s+ones?)$/u;

/** Whether an English question asks for a reason, a way or a thing rather than a yes or a no. */
export function asksOpenly(a: Analysis): boolean {
  return (
    asksReason(a) ||
    OPENED_BY_QUESTION_WORD.test(a.words) ||
    CLOSED_BY_QUESTION_WORD.test(a.words) ||
    OPENED_BY_RUSSIAN_QUESTION_WORD.test(a.words)
  );
}

/** Whether an entry's answer is a yes/no card. */
export function isVerdictAnswer(answer: string): boolean {
  return VERDICT.test(answer);
}

/**
 * `ranked` with the reason put first when a why/how question's best entry is a yes/no card: the best related
 * entry of that card that gives no verdict of its own and scores within `margin` of it takes its place and
 * its score (the card follows with the reason's). Otherwise `ranked` as it came.
 */
export function reasonFirst(a: Analysis, ranked: Ranked[], margin: number): Ranked[] {
  const top = ranked[0];
  if (!top || !asksReason(a)) return ranked;
  if (!isVerdictAnswer(top.entry.answer)) return bothHalvesFirst(a, ranked, margin);
  const related = new Set(top.entry.related ?? []);
  const reason =
    firstBelowTop(
      ranked,
      (r) =>
        r.entry.kind === "answer" &&
        related.has(r.entry.id) &&
        !YES_NO.test(r.entry.answer) &&
        r.score >= top.score - margin,
    ) ??
    // The card's own reason, named in the knowledge base, however far it ranks ("why does Moscow say it can
    // talk to both warring sides" shares no word with the mediator entry that explains it).
    firstBelowTop(ranked, (r) => r.entry.id === top.entry.reason && r.entry.kind === "answer");
  if (!reason) return ranked;
  return swappedToTop(ranked, reason);
}

/** "both" in a why/how question asks for both halves ("why does Moscow reckon it can deal with both sides"). */
const BOTH = /\bboth\b/;
const BOTH_IN_ANSWER = /\bboth\b/;

/**
 * A why/how question about both of something, whose best entry covers one half (the ties with Israel alone): the
 * best entry within `margin` whose answer speaks of both takes its place. Otherwise `ranked` as it came.
 */
function bothHalvesFirst(a: Analysis, ranked: Ranked[], margin: number): Ranked[] {
  const top = ranked[0];
  if (!top || !BOTH.test(a.words) || BOTH_IN_ANSWER.test(top.entry.answer)) return ranked;
  const whole = firstBelowTop(
    ranked,
    (r) =>
      r.entry.kind === "answer" &&
      BOTH_IN_ANSWER.test(r.entry.answer) &&
      !VERDICT.test(r.entry.answer) &&
      r.score >= top.score - margin,
  );
  if (!whole) return ranked;
  return swappedToTop(ranked, whole);
}
