// What one voice said about a place or party ("what did the russian president say about the gaza strip", "putin's
// words on israel"): the answer is that voice's entry whose quotes name the topic, when it is near, not a broader
// entry of the voice that lists the topic among its keywords (Putin's wants, whose quotes never name Gaza). English
// quotes are matched by the topic's words as typed, so a Russian question is left as ranked.
import type { Analysis } from "./lexicon.js";
import { firstBelowTop, swappedToTop } from "./ranked-swap.js";
import type { Ranked } from "./ranker.js";

/** A question about what a voice said, in frames or nouns. */
const SAID =
  /\b(?:say|said|says|saying|talk|talked|speak|spoke|comment|commented|remarks|words|statement|mention|mentioned)\b/;

/** `ranked` with the best entry quoting the one voice asked and naming every topic put first when within `margin`. */
export function quotedTopicFirst(a: Analysis, ranked: Ranked[], margin: number): Ranked[] {
  const top = ranked[0];
  if (!top || a.speakers.length !== 1 || a.topics.length === 0 || !SAID.test(a.words)) return ranked;
  const topics = new Set(a.topics);
  const surfaces = a.tokens.filter((t) => t.role === "content" && topics.has(t.term)).map((t) => t.surface);
  if (surfaces.length === 0 || surfaces.some((s) => !/^[a-z][a-z .'-]*$/.test(s))) return ranked;
  const [speaker] = a.speakers;
  const names = (r: Ranked) =>
    r.entry.kind === "answer" &&
    r.entry.quotes.length > 0 &&
    r.entry.quotes.every((q) => q.speaker === speaker) &&
    surfaces.every((s) => r.entry.quotes.some((q) => q.text.toLowerCase().includes(s)));
  if (names(top)) return ranked;
  const best = firstBelowTop(ranked, (r) => names(r) && r.score >= top.score - margin);
  if (!best) return ranked;
  return swappedToTop(ranked, best);
}
