// A claim that someone spoke of what the article says they made no mention of: "Putin stressed Russia's leading
// role in the peace process", "Putin spent much of his remarks on Russia's role in the Quartet", "Путин подробно
// рассказал о роли России" against "Putin makes no mention of Russia's own role in the peace process". Its words
// line up poorly with that sentence (the claim says the opposite, in verbs of its own), so it was read as not in the
// article, or, with "he" for Putin, as its paraphrase (its "no" lost: a false claim confirmed); it is that sentence
// altered. Read only on a claim judged not in the article or a paraphrase, with no negation of its own,
// naming the sentence's sayer (or "he"), and the unmentioned thing by its owner ("Russia") and one more word.
// Every regular expression is bounded: fixed words, or a gap of at most 40 characters.

import { lean } from "../lib/lean-regexp.js";
import type { articleSentences } from "./contrary-deed.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";

/** A sentence of the article, where it stands, and its Russian translation (contrary-deed.ts reads them too). */
type Sentence = ReturnType<typeof articleSentences>[number];

/** "Putin makes no mention of <thing>", "Путин никак не упоминает <thing>": the sayer and the thing. */
const NO_MENTION = lean(/(\p{Lu}\p{L}+)\s+(?:makes|made)\s+no\s+mention\s+of\s+([^.!?]+)/u);
const RUSSIAN_NO_MENTION = lean(/(\p{Lu}\p{L}+)\s+(?:никак\s+|вовсе\s+)?не\s+упомина(?:ет|л)\s+([^.!?]+)/u);

/** A verb of speaking of something, at length or with weight. */
const SPOKE_OF = lean(
  /(?<!\p{L})(?:talk(?:s|ed)?\s+(?:about|of|up)|sp(?:oke|eaks?)\s+(?:about|of|at\s+length)|mention(?:s|ed)?|discuss(?:es|ed)?|stress(?:es|ed)?|emphasi[sz](?:es|ed)|highlight(?:s|ed)?|underlin(?:es|ed)|(?:went|goes)\s+on|dw(?:elt|ells?)\s+on|spen[dt]s?\s[^.!?]{0,40}?\bon|elaborat(?:es|ed)|detail(?:s|ed)|describ(?:es|ed)|prais(?:es|ed)|tout(?:s|ed)|boast(?:s|ed)|говорил\p{L}*|говорит|рассказ(?:ал|ывал)\p{L}*|упомянул\p{L}*|упоминал\p{L}*|подчеркнул\p{L}*|подчёркивал\p{L}*|подчеркивал\p{L}*|обсуждал\p{L}*|затронул\p{L}*|остановился|расхвалил\p{L}*|хвалил\p{L}*)(?!\p{L})/iu,
);
/** A negation of the claim's own, "didnt" typed without its apostrophe too. */
const NEGATION = lean(
  /(?<!\p{L})(?:not|no|never|nothing|none|neither|nor|without|не|ни|нет|без|ничего|никак)(?!\p{L})|(?<!\p{L})(?:did|does|do|is|are|was|were|has|have|had|ca|wo|could|would|should)n['’]?t(?!\p{L})/iu,
);
const PRONOUN = lean(/(?<!\p{L})(?:he|он)(?!\p{L})/iu);

/** Heads of a text's words of four letters or more ("роли" and "роль" both "рол", "Russia's" "russi"). */
const headsOf = (text: string): string[] =>
  (text.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((w) => w.length >= 4)
    .map((w) => w.slice(0, Math.min(5, w.length - 1)));

/** The sentence whose denied mention the claim says was made, or null. */
export function mentionDenied(claim: string, sentences: readonly Sentence[]): Sentence | null {
  if (!SPOKE_OF.test(claim) || NEGATION.test(claim)) return null;
  const russian = /\p{Script=Cyrillic}/u.test(claim);
  const said = new Set(headsOf(claim));
  for (const s of sentences) {
    const m = (russian ? RUSSIAN_NO_MENTION : NO_MENTION).exec(russian ? s.russian : s.text);
    if (!m) continue;
    const [, sayer, thing] = m;
    if (!PRONOUN.test(claim) && !headsOf(sayer!).every((h) => said.has(h))) continue;
    // The thing's owner, its first capitalised word ("Russia's own role", "роль России"), and one more of its words.
    const owner = headsOf(thing!.match(/\p{Lu}\p{L}+/u)?.[0] ?? "")[0];
    const shared = headsOf(thing!).filter((h) => said.has(h));
    if (owner !== undefined && said.has(owner) && new Set(shared).size >= 2) return s;
  }
  return null;
}

/** The checker, a claim read as not in the article or as a paraphrase that says a denied mention was made: altered. */
export function judgingMentionDenied(check: ClaimChecker, sentences: readonly Sentence[]): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    // Confirmed too: "he stressed Russia's role in the peace process" lined up with the sentence, its "no" lost.
    if (verdict.verdict !== "not-in-article" && verdict.verdict !== "paraphrase") return verdict;
    const sentence = mentionDenied(text, sentences);
    return sentence ? altered(verdict, sentence, SPOKE_OF.exec(text)?.[0] ?? "") : verdict;
  };
}

function altered(verdict: ClaimVerdict, sentence: Sentence, claimed: string): ClaimVerdict {
  return {
    ...verdict,
    verdict: "altered",
    exact: null,
    span: { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end, text: sentence.text },
    changes: [
      ...verdict.changes,
      { kind: "negation", claimed: claimed.toLowerCase(), article: "no mention" },
    ],
  };
}
