// Kind: "was that Putin who said it?" after an answer that quotes several voices ("what did they say they'd do?"
// → Russia's position: Putin's ceasefire call, Peskov's constructive role, the Foreign Ministry's plea). The
// said-by check took any quoted voice as the one that said "it", so Putin among the quotes was a Yes though the
// part asked (what they would do) is Peskov's. Here the question asked last picks the quote it asked about: the
// one sharing most of its content words, or, for "what would/will they do", "what do they plan", the one that
// states an aim or readiness. Only a single clear pick narrows the voices; otherwise all quoted voices stay.
import { contentStems } from "./content-stems.js";

interface VoicedQuote {
  text: string;
  speakerId: string;
}

/** "what would/will they do", "what do they plan/intend", "что они собираются делать": an aim is asked. */
const ASKS_AIM =
  /(?:['’]d|(?<!\p{L})(?:would|will|going to|gonna))(?: \p{L}+){0,2} do(?!\p{L})|(?<!\p{L})(?:plan\p{L}*|intend\p{L}*|aim\p{L}*|собира\p{L}*|намер\p{L}*|планир\p{L}*|будут? делать|стремит\p{L}*)(?!\p{L})/u;
/** A quote that states an aim or a readiness ("aims to play", "seeks to assist", "its readiness to contribute"). */
const STATES_AIM =
  /(?<!\p{L})(?:aims?|seeks?|strives?|intends?|plans?|readiness|ready|wants? to|will)(?!\p{L})/u;
const STOP: ReadonlySet<string> = new Set([
  "what",
  "that",
  "this",
  "they",
  "them",
  "their",
  "then",
  "said",
  "says",
  "saying",
  "tell",
  "about",
  "does",
  "would",
  "article",
  "statement",
]);
const STEM = 5;

/** The speaker of the one quote `asked` points at, or null when it points at none or at several. */
export function askedPartSpeaker(asked: string, quotes: readonly VoicedQuote[]): string | null {
  if (new Set(quotes.map((q) => q.speakerId)).size < 2) return null;
  const words = new Set(contentStems(asked, STEM, STOP));
  const aim = ASKS_AIM.test(asked.toLowerCase());
  const scores = quotes.map(
    (q) =>
      contentStems(q.text, STEM, STOP).filter((w) => words.has(w)).length +
      (aim && STATES_AIM.test(q.text.toLowerCase()) ? 2 : 0),
  );
  const best = Math.max(...scores);
  if (best <= 0) return null;
  const top = quotes.filter((_, i) => scores[i] === best);
  const ids = new Set(top.map((q) => q.speakerId));
  return ids.size === 1 ? top[0]!.speakerId : null;
}
