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
    const events = unreportedEvents(verdict.unbacked, article, passage);
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
