// (claims-r2-37) "X said nothing about Y" where the article has X speak of Y: "Putin said nothing at all about the
// United States" (¶1: he blames the United States), «Путин ничего не сказал о палестинском государстве» (¶3: he
// acknowledges the need for one). Each read not in the article (claims-own43, round1s37): the silence lined up
// with ¶4's "makes no mention of Russia's own role" and the rest did not. The article's one silence (Putin's on
// Russia's own role) is confirmed before this reader and left; a silence of someone on a thing none of their
// passages names ("Peskov said nothing about Hamas") stays not in the article. A claim read not in the article
// whose silence's topic words all stand in one passage its speaker is quoted in (the passage's Russian
// translation for a Russian claim) is altered. Nothing here confirms. Bounded expressions: word lists, fixed gaps.
// (claims-r2-38) The altered silence is shown on the speaker's sentence that names the topic ("… about the United
// States" on ¶1's "directs blame towards the United States", not ¶4's "no mention", where "the United Nations"
// stood for it); and a silence of a speaker lined up with another speaker's passage, changed in nothing but the
// silence ("Peskov did not comment on the civilian casualties" on Putin's ¶1, «Песков никак не прокомментировал
// гибель мирных жителей»), is not in the article: it reports no silence of his, as "Peskov said nothing about Hamas".
import { lean } from "../lib/lean-regexp.js";
import { sameActorOrTerm } from "./actors.js";
import type { ClaimChecker, ClaimSource, ClaimVerdict } from "./types.js";
import { voiceOf } from "./verdict.js";

/** A sentence of the article with its place and its Russian translation (contrary-deed.ts's articleSentences). */
export interface SpokenSentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  russian: string;
}

/** A silence and its topic (group 1, to the end of the claim's clause). */
const SILENCE = lean(
  /(?<!\p{L})(?:(?:said|says|say)\s{1,3}nothing(?:\s{1,3}(?:at\s{1,3}all|whatsoever))?\s{1,3}(?:about|of|on)|(?:never|did\s{1,3}not|didn['’]t|does\s{1,3}not|doesn['’]t)\s{1,3}(?:mention(?:ed)?|talk(?:ed)?\s{1,3}about|sp(?:eak|oke)\s{1,3}(?:about|of)|comment(?:ed)?\s{1,3}(?:on|about))|makes?\s{1,3}no\s{1,3}(?:mention|comment)\s{1,3}(?:of|on)|made\s{1,3}no\s{1,3}(?:mention|comment)\s{1,3}(?:of|on)|(?:kept|keeps|stayed|stays|remained|remains)\s{1,3}(?:quiet|silent)\s{1,3}(?:about|on)|ничего\s{1,3}не\s{1,3}(?:сказал\p{L}{0,2}|говорил\p{L}{0,2}|сообщил\p{L}{0,2})\s{1,3}(?:о|об|про)|умолчал\p{L}{0,2}\s{1,3}(?:о|об|про)|(?:не|никогда\s{1,3}не|никак\s{1,3}не)\s{1,3}(?:упомянул\p{L}{0,2}|упоминал\p{L}{0,2}|говорил\p{L}{0,2}|прокомментировал\p{L}{0,2}|комментировал\p{L}{0,2})(?:\s{1,3}(?:о|об|про))?)\s{1,3}([^.!?;]{1,100})/iu,
);

/** Words of a topic that say nothing by themselves. */
const EMPTY = new Set(
  "the about that this these those their its his her all any anything whatever with from into also even just more only what which whom такой этом этой этого всём всем том чём чем самой самого".split(
    " ",
  ),
);

export const stemOf = (w: string) => (w.length > 6 ? w.slice(0, 5) : w.slice(0, Math.max(4, w.length - 2)));

/** The topic's words, by stem: four letters or more, empty words left out. */
export function silenceTopic(claim: string): string[] | null {
  const m = SILENCE.exec(claim);
  if (m === null) return null;
  const words = (m[1]!.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 4 && !EMPTY.has(w));
  return words.length === 0 ? null : words.map(stemOf);
}

/** Whether every stem stands as a word's start in the passage. */
export function namesAll(stems: readonly string[], passage: string): boolean {
  const words = passage.toLowerCase().match(/\p{L}+/gu) ?? [];
  return stems.every((s) => words.some((w) => w.startsWith(s)));
}

function spokenOf(verdict: ClaimVerdict, topic: string, where: Where | null): ClaimVerdict {
  return {
    ...verdict,
    ...(where ?? {}),
    verdict: "altered",
    exact: null,
    // On the sentence that names the topic, the first passage's changes ("the United Nations") are not its own.
    changes: [
      ...(where === null ? verdict.changes : []),
      { kind: "negation", claimed: `nothing about ${topic}`, article: "" },
    ],
  };
}

type Where = Pick<ClaimVerdict, "span" | "sources" | "voice">;

/** The first sentence of the speaker's that names every stem of the topic: the passage the silence contradicts. */
function sentenceNaming(
  sentences: readonly SpokenSentence[],
  sourcesOf: (paragraph: number, start: number, end: number) => ClaimSource[],
  speaker: string,
  topic: readonly string[],
  russian: boolean,
): Where | null {
  for (const s of sentences) {
    if (!namesAll(topic, russian ? s.russian : s.text)) continue;
    const sources = sourcesOf(s.paragraph, s.start, s.end);
    if (!sources.some((x) => x.voice === "reported" && sameActorOrTerm(`@${x.speakerId}`, `@${speaker}`)))
      continue;
    const span = { paragraph: s.paragraph, start: s.start, end: s.end, text: s.text };
    return { span, sources, voice: voiceOf(sources) };
  }
  return null;
}

/**
 * The checker, a silence read not in the article altered when a passage of its speaker names the topic.
 * `passagesOf`: a speaker's quoted passages (each with its Russian translation when there is one).
 */
export function judgingSilenceOfSaid(
  check: ClaimChecker,
  passagesOf: (speakerId: string, russian: boolean) => readonly string[],
  sentences: readonly SpokenSentence[] = [],
  sourcesOf: (paragraph: number, start: number, end: number) => ClaimSource[] = () => [],
): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    const speaker = verdict.claimedSpeaker?.id;
    if ((verdict.verdict !== "not-in-article" && verdict.verdict !== "altered") || !speaker) return verdict;
    const topic = silenceTopic(text);
    if (topic === null) return verdict;
    const russian = /\p{Script=Cyrillic}/u.test(text);
    const named = passagesOf(speaker, russian).some((p) => namesAll(topic, p));
    if (verdict.verdict === "not-in-article")
      return named
        ? spokenOf(verdict, topic.join(" "), sentenceNaming(sentences, sourcesOf, speaker, topic, russian))
        : verdict;
    // Altered: another speaker's passage, changed only by the silence, and none of the speaker's names the topic.
    const own = verdict.sources.some((s) => sameActorOrTerm(`@${s.speakerId}`, `@${speaker}`));
    if (named || own || !verdict.changes.every((c) => c.kind === "negation")) return verdict;
    return { ...verdict, verdict: "not-in-article", exact: null };
  };
}
