// Chat spellings of everyday words the question readers match on ("how does moscow want ppl to see it", "which
// ministry talks abt the regional players", "ties w/ both sides", "how would u describe russias role", "whats",
// "doesnt"): the readers are patterns over the words as typed, so a kind fixed in plain words ("people", "about",
// "with") was lost again in chat spelling (wave AO). Spelt out before the first reader (readers.ts); the lexicon's own
// word lists (english.ts) already read these words, so this changes what the readers see, not what the lexicon
// counts. "u" / "ur" only between words that make them a pronoun (a bare "u" may be a slip or a letter).

/** Chat words and their spelling; whole words only. */
const CHAT_WORDS = /\b(?:ppl|peeps|abt|bout|w\/|thx|becuz|bc|coz|cuz|pov)(?=[\s,.!?;:]|$)/gi;
const SPELT: Readonly<Record<string, string>> = {
  ppl: "people",
  peeps: "people",
  abt: "about",
  bout: "about",
  "w/": "with",
  thx: "thanks",
  becuz: "because",
  bc: "because",
  coz: "because",
  cuz: "because",
  pov: "point of view",
};
/** "u" as an object ("want u to see", "like u to view") or before a verb of thought ("u think"); not after "can" / "could":
 * "can u clear it up" read as "can you …" moved blind48's long ramble to a wrong card (as quality30 found). "ur" before a word. */
const CHAT_YOU =
  /\b(?:(want|wants|like|hope|expect|need|ask|let|lets|help|tell|show|give|for|to|with|thank)\s+u|u(?=\s+(?:think|know|see|say|tell|mean|reckon|explain|describe|want|need|get|find|guess)\b))\b/gi;
const CHAT_YOUR = /\bur(?=\s+(?:own\s+)?[a-z]{3,})/gi;
/** A dropped apostrophe in the commonest negations and "what's": the readers spell them with it. */
const NO_APOSTROPHE =
  /\b(does|do|did|is|are|was|were|has|have|had|would|could|should|can|wo|what|who|that|there|how|where)(nt|s)\b/gi;
const APOSTROPHE_OF: Readonly<Record<string, string>> = { nt: "n't", s: "'s" };
const TAKES_S = /^(?:what|who|that|there|how|where)$/i;
/** "in a couple sentences", "couple lines max": the size without its "of", which every size reader spells with it
 * (reply-length.ts, topic-brief.ts, summary-size.ts); left bare, "couple" was an unknown word beside the topic and
 * "give me the gist of russia's position in a couple sentences" went to "not sure which" (blind66). */
const COUPLE_BARE =
  /\bcouple(?=\s+(?:sentences?|lines?|words?|bullets?|bullet\s+points?|points?|paragraphs?|minutes?|mins?|seconds?|secs?)\b)/gi;

/** The question with its chat spellings of everyday words spelt out, or as it came. */
export function withChatWordsSpelt(text: string): string {
  if (text.length > 400) return text;
  return text
    .replace(CHAT_WORDS, (w) => SPELT[w.toLowerCase()] ?? w)
    .replace(CHAT_YOU, (_m, before: string | undefined) => (before ? `${before} you` : "you"))
    .replace(CHAT_YOUR, "your")
    .replace(COUPLE_BARE, (w) => `${w} of`)
    .replace(NO_APOSTROPHE, (m, word: string, end: string) => {
      const s = end.toLowerCase() === "s";
      if (s !== TAKES_S.test(word)) return m;
      return `${word}${APOSTROPHE_OF[end.toLowerCase()]}`;
    });
}
