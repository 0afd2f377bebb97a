// A speaker the article never gives a word to, opening the claim before a verb of saying, thanking or assuring:
// "Netanyahu thanked Putin for …", "erdogan told putin turkey is ready …", "Russia's ambassador to Israel said …".
// The article quotes no one but Putin, Peskov, the Kremlin and its bodies; the call's other party (Erdogan) says
// nothing in it, and it has no ambassador, envoy or diplomat. Such a claim lined up with a passage only by the words
// it shares, and read as altered; but what it reports — that person's words or thanks — is news: not in the article.
// When the name is the claim's only change, unquoted-name.ts reads the words as a speaker's (misattributed) and this
// leaves it. English only (the Russian reading already says news of these). Only "altered" is changed, to "not in the
// article": nothing here confirms. Every regular expression is bounded.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";

/** A verb of saying, thanking or assuring to someone. */
const VERB =
  "(?:said|says|told|tells|thanked|thanks|assured|assures|promised|promises|replied|replies|responded|responds|answered|answers|pledged|pledges|informed|informs)";

/** An office the article never gives anyone: an ambassador, envoy, diplomat, representative (to X). */
const NEW_OFFICE = lean(
  new RegExp(
    `^(?:(?:russia['’]?s?|moscow['’]?s?|the|a|an|one|israel['’]?s?|the\\s{1,3}(?:russian|israeli|turkish|us|american))\\s{1,3})?(?:(?:top|senior|special|permanent|deputy|un)\\s{1,3})?(?:ambassador|envoy|diplomat|representative|emissary)(?:\\s{1,3}(?:to|at|in)\\s{1,3}(?:the\\s{1,3})?\\p{L}+(?:\\s{1,3}\\p{L}+)?)?\\s{1,3}${VERB}(?![\\p{L}])`,
    "iu",
  ),
);

/** A person named before the verb: the call's other party (any case), or a capitalised name. */
const NAMED = lean(
  new RegExp(
    `^(?:president\\s{1,3}|prime\\s{1,3}minister\\s{1,3})?(\\p{L}[\\p{L}'’-]{2,20})\\s{1,3}${VERB}(?![\\p{L}])`,
    "iu",
  ),
);

/** The call's other party: named in the article, never given a word of his own. */
const SILENT_PARTY = /^(?:erdogan|erdoğan)$/iu;

/** The checker, another person's words or thanks read as news. */
export function judgingNewSpeaker(check: ClaimChecker, article: string): ClaimChecker {
  const words = new Set(article.toLowerCase().match(/\p{L}+/gu) ?? []);
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" || /\p{Script=Cyrillic}/u.test(text)) return verdict;
    const said = text.trim();
    const m = NAMED.exec(said);
    const name = m?.[1];
    const newPerson =
      name !== undefined &&
      (SILENT_PARTY.test(name) || (/^\p{Lu}/u.test(name) && !words.has(name.toLowerCase())));
    if (!newPerson && !NEW_OFFICE.test(said)) return verdict;
    // The person's name the only change: the words may be a speaker's (unquoted-name.ts), not news.
    if (name !== undefined && verdict.changes.every((c) => c.claimed.toLowerCase() === name.toLowerCase()))
      return verdict;
    return { ...verdict, verdict: "not-in-article", exact: null };
  };
}
