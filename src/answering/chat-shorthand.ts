// Chat shorthand that was still read as an unknown name, so the whole question was refused as off-topic: slang
// fillers that say nothing of the topic ("lowkey who does putin blame", "tryna understand why…", "deadass"),
// abbreviations of everyday words ("acc to the article", "nxt", "gaza n israel", "has russia ben tied") and
// slashed shorthand ("w/o compromises", "b/c"). Merged into the English word lists (word-rewrites.ts, english.ts); plain
// data, so no reader pays for it beyond a lookup it already makes.

/** Fillers and hedges of chat: glue, never content (words.ts adds them to the stopwords). */
export const CHAT_FILLERS =
  `lowkey highkey lowkei tryna finna deadass frfr istg iirc afaik tbf fyi irl ofc obv obvs
  prolly srsly rly pls2 imma ig haha hahaha hahahaha hehe lmfao`
    .split(/\s+/)
    .filter(Boolean);

/** Abbreviations of everyday words, fixed by name (english.ts adds them to its short misspellings). */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  // "acc to the article", "acc. to putin": according (a frame word).
  acc: "according",
  accdg: "according",
  nxt: "next",
  // A slip of "been" too short for edit distance ("how long has russia ben tied to…").
  ben: "been",
  n: "and",
  nd: "and",
  wen: "when",
  // "wy wuld israel trust russia": a slip of "why" read as an unknown name, and the question refused (quality31).
  wy: "why",
  wich: "which",
  shud: "should",
  wud: "would",
  cud: "could",
  tht: "that",
  becuz: "because",
  bcuz: "because",
  bcoz: "because",
  bcos: "because",
  bcs: "because",
  wrt: "regarding",
  abt: "about",
  intl: "international",
  // "main msg?", "the convo", "the russian pres + the turkish one": terse headline shorthand (quality-en51).
  msg: "message",
  msgs: "messages",
  mssg: "message",
  convo: "conversation",
  convos: "conversations",
  // "wut did they discus?": a dictionary word (the disc), so the typo corrector left it (dialog44).
  discus: "discuss",
};

/** Slashed shorthand, rewritten before punctuation splits it ("w/o" would read as "with" and a name "o"). */
export const CHAT_SLASHES: [string, RegExp, string][] = [
  ["/", /\bw\/o\b/g, "without"],
  ["/", /\bb\/c\b/g, "because"],
  ["/", /\bw\/e\b/g, "whatever"],
];
