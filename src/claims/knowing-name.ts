// (claims35) A person the article never names said to know, see or have heard what a speaker says: "Lavrov knows
// the Russian leader believes that the latest surge …" was confirmed word for word, "Lavrov knows that Putin
// believes …" as a paraphrase (claims-own38, base35): the frame read was the speaker's, the name before it left
// out. The article says nothing of that person, so the claim adds them: a confirmed claim opening with a name the
// article never has and a verb of knowing is altered, the name added. The speaker's words given to that person
// ("Lavrov knows that the Kremlin aims …") are misattributed before this reading and stay so. English; a Russian
// «Лаврову известно» is a frame of russian-frames.ts. Bounded expressions: word lists, no nested repetition.
import { PLACE_NAMES } from "../answering/place-names.js";
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** A leading capitalised name (up to three words) and a verb of knowing, seeing or hearing. */
const KNOWING_NAME = lean(
  /^\s*((?:\p{Lu}[\p{Ll}'’-]{1,20}\s{1,3}){0,2}\p{Lu}[\p{Ll}'’-]{2,20})\s{1,3}(?:knows|knew|understands|understood|reali[sz]es|reali[sz]ed|(?:is|was)\s{1,3}(?:well\s{1,3})?aware|has\s{1,3}(?:heard|learned|learnt|seen)|heard|hears|learned|learnt|sees|saw)(?![\p{L}])/u,
);

/** The checker, a confirmed claim that a person the article never names knows it read as altered (name added). */
export function judgingKnowingName(check: ClaimChecker, article: string): ClaimChecker {
  const words = new Set(article.toLowerCase().match(/\p{L}+/gu) ?? []);
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict)) return verdict;
    const m = KNOWING_NAME.exec(text);
    if (m === null) return verdict;
    const name = m[1]!;
    if (
      name.split(/\s+/u).some((w) => words.has(w.toLowerCase())) ||
      PLACE_NAMES.some((p) => p.pattern.test(name))
    )
      return verdict;
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "added", claimed: name, article: "" }],
    };
  };
}
