// "The Kremlin said Russian citizens died in the attack", "Песков заявил, что Россия эвакуирует своих граждан":
// a claim reporting an event (deaths, an evacuation, an invasion, a summit hosted) the article nowhere reports.
// Its other words (the Kremlin, Russian citizens, Israel) line up with a passage about something else, so the
// claim read as that passage altered, or, the event word weighing little, even as its paraphrase. An event word
// the passage does not back and no sentence of the article (or of its translation) has is read here:
//  - the claim shares little of the passage (under COVERED of it): the claim is not in the article;
//  - it says much of the passage and adds the event ("… a ceasefire and new sanctions"): altered, never confirmed.
// Deaths and wounds are the article's civilian casualties in a paragraph that speaks of them, or of civilians
// ("blame for every civilian death"): an event only of others ("Russian citizens died").
// Every regular expression is bounded: one word at a time, anchored.
import type { ClaimChecker, ClaimVerdict } from "./types.js";

/**
 * Verbs of an event by their opening letters: a rescue, an attack, a meeting hosted, travel advised against
 * (claims39: "The Foreign Ministry urged Russians not to travel to Israel", «воздержаться от поездок»). Verbs only: a noun of one
 * ("criticizes Washington for selling weapons", "the need for sanctions") is the object or cause of a deed the
 * passage reports, an alteration of it (replaced-cause.ts), not news of its own.
 */
const EVENT =
  /^(?:host(?:s|ed|ing)?$|evacuat|invad|bomb(?:s|ed|ing)?$|deploy|expel|travel|trips?$|эвакуир|вывоз|вывез|вторг|бомбит|бомбил|поездк|ездить|выезжа|путешеств)/u;
/** Words of a death or a wound: an event unless the passage speaks of casualties. */
const HARM = /^(?:die[sd]?|dying|kill(?:s|ed|ing)?|injur|wound|погиб|убит|убил|умер|ранен|раним)/u;
const CASUALTIES = /casualt|civilian|жертв|пострадав|мирн/u;

/**
 * (claims40) Travel advice in other words: people told to stay away from, avoid or leave a place ("Peskov urged
 * Russians to stay away from the region", «призвал россиян держаться подальше от региона», «покинуть Израиль»).
 * phrasal.ts reads "stay away from" as "not" and opposites.ts "avoid" as a side, so the claim read as a passage
 * negated; it is an event the article never reports. Both halves are needed: the people advised (Russians,
 * citizens, nationals, tourists; россиян, граждан) and the place (Israel, Gaza, the region, the Middle East, the
 * area; not "the Middle East conflict" or "the peace process": a stance, not a journey).
 */
const ADVISED =
  /(?<!\p{L})(?:russians|citizens|nationals|tourists|travell?ers|россиян\p{L}*|граждан\p{L}*|туристам|туристов|соотечественник\p{L}*)(?!\p{L})/iu;
const KEEP_AWAY =
  /(?<!\p{L})(?:(?:stay|stays|stayed|staying|keep|keeps|kept|keeping|steer|steers|steered|steering)\s{1,3}(?:away\s{1,3}from|out\s{1,3}of|clear\s{1,3}of)|avoid(?:s|ed|ing)?(?:\s{1,3}(?:travel(?:l?ing)?|trips|going)\s{1,3}to)?|leav(?:e|es|ing)|left|держаться\s{1,3}(?:подальше\s{1,3})?от|избегать(?:\s{1,3}поездок\s{1,3}в)?|покинуть|покидать|уехать\s{1,3}из)\s{1,3}(?:the\s{1,3})?(?:israel|gaza(?:\s{1,3}strip)?|(?:the\s{1,3})?region|middle\s{1,3}east|area|war\s{1,3}zone|израил\p{L}*|газ\p{L}*|сектор\p{L}*\s{1,3}газа|регион\p{L}*|ближн\p{L}*\s{1,3}восток\p{L}*|зон\p{L}*\s{1,3}конфликта)(?!\p{L})(?!\s{1,3}(?:conflict|peace|policy|policies|talks|process|crisis|situation|dispute|конфликт\p{L}*|урегулирован\p{L}*|политик\p{L}*))/iu;

/** The travel advice a claim gives ("urged Russians to stay away from the region"), or null. */
export function travelAdvice(claim: string): string | null {
  if (!ADVISED.test(claim)) return null;
  return KEEP_AWAY.exec(claim)?.[0] ?? null;
}

/** A passage this much covered by the claim is the claim's own statement, the event added to it. */
const COVERED = 0.45;

/** The event words among the words the passage does not back, none of which the article has anywhere. */
export function unreportedEvents(unbacked: readonly string[], article: string, passage: string): string[] {
  const casualties = CASUALTIES.test(passage);
  return unbacked.filter((word) => {
    const w = word.toLowerCase();
    if (w.includes(" ")) return false;
    const m = EVENT.exec(w) ?? (casualties ? null : HARM.exec(w));
    return m !== null && !article.includes(m[0]);
  });
}

/** The checker, a claim of an event the article never reports read as not in the article (or altered). */
export function judgingNewEvent(
  check: ClaimChecker,
  paragraphs: readonly string[],
  translated: string,
): ClaimChecker {
  const article = `${paragraphs.join("\n")}\n${translated}`.toLowerCase();
  return (text) => {
    const verdict = check(text);
    // Misattributed too: "The Kremlin said Russian nationals died …" has the article's words but not its news.
    if (
      verdict.verdict === "verbatim" ||
      verdict.verdict === "not-in-article" ||
      verdict.verdict === "cannot-judge"
    )
      return verdict;
    const paragraph = paragraphs[(verdict.span?.paragraph ?? 0) - 1] ?? "";
    const passage = `${paragraph} ${verdict.translation ?? ""} ${text}`.toLowerCase();
    const advice = travelAdvice(text);
    const events = [...unreportedEvents(verdict.unbacked, article, passage), ...(advice ? [advice] : [])];
    if (events.length === 0) return verdict;
    if (verdict.similarity.coverage < COVERED) return notReported(verdict);
    if (verdict.verdict !== "paraphrase") return verdict;
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "added", claimed: events.join(" "), article: "" }],
    };
  };
}

/** The verdict made "not in the article": no span, sources or changes (also added-detail.ts). */
export function notReported(verdict: ClaimVerdict): ClaimVerdict {
  return {
    ...verdict,
    verdict: "not-in-article",
    span: null,
    exact: null,
    sources: [],
    voice: null,
    changes: [],
  };
}
