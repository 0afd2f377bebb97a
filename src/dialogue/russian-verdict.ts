// A Russian yes/no question's verdict, through the Russian claim path (verdict-read.ts hands it over).

import type { Answer } from "../answering/types.js";
import type { ClaimChecker } from "../claims/index.js";
import type { LocalEntry } from "../knowledge/index.js";
import type { Parties } from "../knowledge/parties.js";
import { isRussianText } from "../lib/script-language.js";
import { withPartiesForActors } from "./actor-change.js";
import { contradicts, hedged, MAX_CHECKED_CHARS, SURE_OF_ENTRY, wordsOnly } from "./checker-reading.js";
import { onlyLightVerbs } from "./light-verbs.js";
import type { YesNo } from "./types.js";
import type { Verdict } from "./verdict-read.js";
import { asksRussianEntryOwnQuestion, russianStatementOf, russianVoicesFor } from "./yes-no-ru.js";

/**
 * A Russian yes/no question, through the Russian claim path (curated translations, judged on the English span),
 * in this order (measured on the Russian yes/no turns of test/questions, see notes/README): an opposite or a
 * negation -> no; a changed actor, another speaker, a stance the passage does not take -> doesn't say; the
 * entry's curated verdict when the engine is sure of the entry and no word may turn the sense; the checker's
 * "in other words" with every word backed -> yes; else no verdict line (the evidence alone), since a Russian
 * question the checker cannot read is not thereby absent from the article.
 */
export function russianVerdict(
  folded: string,
  answer: Answer,
  curated: YesNo | undefined,
  flips: boolean,
  check: ClaimChecker | null,
  russianEntry: LocalEntry | undefined,
  parties: Parties = [],
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
  // «с хамасом у неё связи есть?»: the object fronted by its preposition, which the checker read as the doer.
  const unfronted = withObjectLast(statement);
  if (unfronted !== null && !confirmed(checked)) {
    const again = check(unfronted);
    if (confirmed(again)) checked = again;
  }
  // «с турками по телефону говорили?»: the party's bare name for its leader in the passage is no other actor.
  checked = withPartiesForActors(checked, parties);
  if (hedged(checked)) return { verdict: "not-said", source: "claim-checker" };
  // "Россия хочет помочь…?" — the article says it of the Kremlin: Russia's voices stand in for Russia.
  for (const again of russianVoicesFor(statement)) {
    if (checked.verdict === "verbatim" || checked.verdict === "paraphrase") break;
    const voiced = check(again);
    if (voiced.verdict === "verbatim" || voiced.verdict === "paraphrase") checked = voiced;
  }
  if (contradicts(checked)) return { verdict: "no", source: "claim-checker" };
  if (checked.changes.length > 0 || checked.verdict === "misattributed")
    return wordsOnly(checked)
      ? { verdict: "not-said", source: "claim-checker", plain: true }
      : { verdict: "not-said", source: "claim-checker" };
  if (sureOfEntry) return { verdict: curated, source: "curated" };
  const backed = checked.unbacked.length === 0 || onlyLightVerbs(checked.unbacked);
  if ((checked.verdict === "verbatim" || checked.verdict === "paraphrase") && backed)
    return { verdict: "yes", source: "claim-checker" };
  return null;
}

const confirmed = (c: { verdict: string }) => c.verdict === "verbatim" || c.verdict === "paraphrase";

/** «с хамасом у неё связи есть» -> «у неё связи есть с хамасом»: a fronted object (one word after its preposition). */
const FRONTED_OBJECT_RU = /^(с|со|к|ко|о|об|про|для|от|у) (\p{L}+) (\S.*)$/u;

export function withObjectLast(statement: string): string | null {
  const m = FRONTED_OBJECT_RU.exec(statement);
  return m ? `${m[3]} ${m[1]} ${m[2]}` : null;
}
