// One party for all, the deed in a sentence of its own: "The article says the interests of Israel alone
// should be prioritised" of "… approaches that prioritize the interests and aspirations of all parties
// involved". A party's name and "interests" may draw such a claim to another sentence (the US failing "the
// interests of Palestinians"), where "prioritised" lines up with nothing, and then it read as not in the
// article; one-for-all.ts reads the swap only on the passage the checker picked. Here a claim read as not in
// the article that restricts (only, alone, solely, только, лишь) to one party of the article, and whose every
// other word (four letters or more, the frame's aside) a sentence giving "all" or "both" sides has, is
// altered against that sentence. It never confirms. Every pattern is bounded: word lists, no nested
// repetition.
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { alteredAtSentence, type Sentence, sameHead } from "./contrary-deed.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";

/** The claim keeps one of them: only, alone, solely, только, лишь. */
const RESTRICTION =
  /(?:^|[^\p{L}])(only|alone|solely|exclusively|только|лишь|исключительно|единственно)(?=$|[^\p{L}])/iu;

/** The sentence's words for every party: all parties, both sides, обеими сторонами, всех сторон. */
const EVERY_PARTY =
  /(?:^|[^\p{L}])((?:all|both)\s+(?:\p{L}+\s+){0,2}?(?:parties|sides|israelis)|(?:всех|все|обеими|обеих|обе|обоих)\s+(?:\p{L}+\s+){0,2}?(?:сторон\p{L}*|израильтян\p{L}*))(?=$|[^\p{L}])/iu;

/** Words that frame or join the claim and name nothing the sentence must have. */
const FRAME = new Set(
  (
    "article piece report text author says said writes wrote states stated claims argues that this with should " +
    "must have been their there also статье статья говорится сказано пишет пишут утверждает нужно надо должны " +
    "должно должен следует чтобы было были быть также"
  ).split(" "),
);

/** The checker, a not-in-article claim keeping one party of a sentence's "all" read as altered. */
export function judgingOneForAllSentence(
  check: ClaimChecker,
  sentences: readonly Sentence[],
  parties: Parties,
): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const restriction = RESTRICTION.exec(text);
    if (!restriction) return verdict;
    const lower = text.toLowerCase();
    const mentions = partyMentions(parties, lower);
    if (new Set(mentions.map((m) => m.id)).size !== 1) return verdict;
    const named = (at: number) => mentions.some((m) => at >= m.start && at < m.end);
    const words = [...lower.matchAll(/\p{L}+/gu)].filter(
      (m) =>
        m[0].length >= 4 && !FRAME.has(m[0]) && !named(m.index) && m[0] !== restriction[1]!.toLowerCase(),
    );
    if (words.length < 2) return verdict;
    const russian = /\p{Script=Cyrillic}/u.test(text);
    for (const sentence of sentences) {
      const own = russian ? sentence.russian : sentence.text;
      const every = EVERY_PARTY.exec(own);
      if (!every) continue;
      const have = (own.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 4);
      if (!words.every((w) => have.some((h) => sameHead(w[0], h)))) continue;
      const party = lower.slice(mentions[0]!.start, mentions[0]!.end);
      return swapped(verdict, sentence, party, every[1]!, russian);
    }
    return verdict;
  };
}

function swapped(
  verdict: ClaimVerdict,
  sentence: Sentence,
  party: string,
  every: string,
  russian: boolean,
): ClaimVerdict {
  return {
    // The changes found on the checker's passage are another sentence's: only the swap is shown.
    ...alteredAtSentence(verdict, sentence, russian),
    changes: [{ kind: "replaced", claimed: party, article: every }],
  };
}
