// (claims-r2-38) An urgent call put off or hedged away: "Putin said a ceasefire might be worth considering at some
// point", «Путин допускает, что прекращение огня, может быть, когда-нибудь понадобится» (claims-own44: not in the
// article, altered owed). ¶2 has Putin stress "the urgent need for an immediate ceasefire"; the claim keeps the
// ceasefire and gives it a someday or a doubt in his words, but its other words ("worth considering",
// «понадобится») line up with nothing, so no passage came near. A claim read not in the article, with a vague time
// ("at some point", "eventually", «когда-нибудь», «со временем») or a hedge inside the speaker's words
// (hedge-scope.ts), no urgency of its own, and a thing that one of its speaker's sentences calls for urgently (a
// word of it within eight words after "urgent" / "immediate" / «срочн…» / «немедленн…») is altered on that
// sentence. Nothing here confirms. Bounded expressions: word lists; the tail is read word by word.
import { lean } from "../lib/lean-regexp.js";
import { sameActorOrTerm } from "./actors.js";
import { reportedHedge } from "./hedge-scope.js";
import { stemOf } from "./silence-of-said.js";
import type { ClaimChecker, ClaimSource } from "./types.js";
import { voiceOf } from "./verdict.js";

/** A time put off: "at some point", "someday", "eventually", «когда-нибудь», «со временем», «рано или поздно». */
const VAGUE_TIME = lean(
  /(?<!\p{L})(at\s{1,3}some\s{1,3}(?:point|stage)|some\s{0,3}day|one\s{1,3}day|eventually|sooner\s{1,3}or\s{1,3}later|in\s{1,3}the\s{1,3}(?:future|long\s{1,3}run)|down\s{1,3}the\s{1,3}(?:road|line)|когда-нибудь|когда-либо|со\s{1,3}временем|рано\s{1,3}или\s{1,3}поздно|в\s{1,3}(?:будущем|перспективе)|однажды)(?!\p{L})/iu,
);
/** The claim's own urgency: then nothing is put off. */
const URGENT_CLAIM = lean(
  /(?<!\p{L})(?:urgent\p{L}*|immediate\p{L}*|now|at\s{1,3}once|right\s{1,3}away|without\s{1,3}delay|срочн\p{L}*|немедленн\p{L}*|неотложн\p{L}*|сейчас|безотлагательн\p{L}*)(?!\p{L})/iu,
);
/** The passage's urgency word. */
const URGENT = /^(?:urgent\p{L}*|immediate\p{L}*|срочн\p{L}*|немедленн\p{L}*|неотложн\p{L}*)$/iu;
/** Words of a claim that name no thing called for. */
const LIGHT = new Set(
  "about would could might maybe perhaps possibly probably worth considering consider point thinks believes said says stated someday eventually future needed necessary может быть возможно вероятно когда-нибудь понадобится нужно нужен нужна необходимо заявил сказал считает допускает говорит полагает временем".split(
    " ",
  ),
);
/** How many words after an urgency word its call reaches. */
const REACH = 8;

/** A sentence of the article with its place and its Russian translation. */
interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  russian: string;
}

/** The stems of the words after each urgency word of a text, within REACH. */
function urgedStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+(?:-\p{L}+)?/gu) ?? [];
  const out = new Set<string>();
  let left = 0;
  for (const w of words) {
    if (URGENT.test(w)) left = REACH;
    else if (left > 0) {
      left--;
      if (w.length >= 5) out.add(stemOf(w));
    }
  }
  return out;
}

/** The checker, an urgent call the claim puts off or hedges read as altered on the sentence that makes it. */
export function judgingUrgencyHedged(
  check: ClaimChecker,
  sentences: readonly Sentence[],
  sourcesOf: (paragraph: number, start: number, end: number) => ClaimSource[],
): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    const speaker = verdict.claimedSpeaker?.id;
    if (verdict.verdict !== "not-in-article" || !speaker || URGENT_CLAIM.test(text)) return verdict;
    const putOff = VAGUE_TIME.exec(text)?.[1] ?? reportedHedge(text);
    if (putOff === null || putOff === undefined) return verdict;
    const russian = /\p{Script=Cyrillic}/u.test(text);
    const stems = (text.toLowerCase().match(/\p{L}+(?:-\p{L}+)?/gu) ?? [])
      .filter((w) => w.length >= 5 && !LIGHT.has(w))
      .map(stemOf);
    if (stems.length === 0) return verdict;
    for (const s of sentences) {
      const urged = urgedStems(russian ? s.russian : s.text);
      const word = stems.find((st) => urged.has(st));
      if (word === undefined) continue;
      const sources = sourcesOf(s.paragraph, s.start, s.end);
      if (!sources.some((x) => x.voice === "reported" && sameActorOrTerm(`@${x.speakerId}`, `@${speaker}`)))
        continue;
      const urgency = (russian ? s.russian : s.text).match(
        /(?<!\p{L})(?:urgent|срочн\p{L}*|немедленн\p{L}*)/iu,
      );
      return {
        ...verdict,
        verdict: "altered",
        exact: null,
        span: { paragraph: s.paragraph, start: s.start, end: s.end, text: s.text },
        translation: russian ? s.russian : null,
        sources,
        voice: voiceOf(sources),
        changes: [
          {
            kind: "replaced",
            claimed: putOff.replace(/\s+/gu, " ").toLowerCase(),
            article: urgency?.[0] ?? "urgent",
          },
        ],
      };
    }
    return verdict;
  };
}
