// Raw text -> lower-case words: Unicode folded, accents dropped, typographic quotes made plain, contractions
// expanded, possessives dropped, punctuation gone. Every step is linear in the input.

import { narrowed } from "../lib/latin1-view.js";
import { lean } from "../lib/lean-regexp.js";
import { BARE_CONTRACTIONS, CONTRACTIONS } from "./contractions.js";
import { withoutFraming } from "./framing.js";
import { withGlueSlipsFixed } from "./glue-slips.js";
import { WORD_REWRITES } from "./word-rewrites.js";

/** Longest input the engine reads; Telegram messages are at most 4096 characters anyway. */
export const MAX_QUESTION_CHARS = 4096;

/**
 * Letters above which a run of letters is no real word (the story's longest words have about 20 letters), nor a
 * slip of one: typo correction and the Russian stemmer leave it as it is, since their work grows with the length.
 */
export const MAX_WORD_LETTERS = 40;

/** Words after which "us" is the pronoun ("tell us"), not the United States. */
const PRONOUN_US_BEFORE = new Set([
  "let",
  "tell",
  "give",
  "show",
  "help",
  "for",
  "to",
  "told",
  "gave",
  "about",
  // "my teacher asked us", "it taught us": the asker and friends, not the United States.
  "asked",
  "ask",
  "asks",
  "taught",
  "showed",
  "tells",
  "gives",
  "helps",
  "helped",
]);
/** Words after "us" that make it the United States ("us policy"). */
const COUNTRY_US_AFTER = new Set([
  "policy",
  "policies",
  "government",
  "gov",
  "administration",
  "president",
  "role",
  "failure",
  "failed",
  "foreign",
  "officials",
  "position",
  "stance",
  "and",
]);

// normaliseWords' patterns, made once (a regexp literal in a function is a new object at each call).
const MARKS = /\p{M}+/gu;
const US_CAPITALS = /\bU\.?S\.?A?\b\.?/g;
const CHAT_CAPITALS = /\b(?:RUS?|ME)\b/;
const RU_CAPITALS = /\bRUS?\b/g;
const ME_CAPITALS = /\bthe ME\b/g;
const US_DOTTED = /\bu\.s\.(a\.?)?/g;
const TLDR = /\btl\s*;\s*dr\b/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const WHAT_OR_HOW = /^(?:what|how)$/;

/** The text as comparable lower-case words. "Putin’s U.S. policy" -> ["putin", "usa", "policy"]. */
export function normaliseWords(raw: string): string[] {
  let s = raw.slice(0, MAX_QUESTION_CHARS);
  // Plain ASCII (most questions, all of the knowledge base's own words) skips the Unicode folding.
  // Folded text is held two-byte (normalize's output), curly apostrophes made straight too: held one-byte again where
  // no character above U+00FF is left, so the readers after this compile one-byte code only (rss29).
  const beyondAscii = BEYOND_ASCII.test(s);
  if (beyondAscii) s = narrowed(s.normalize("NFKD").replace(MARKS, ""));
  // "US"/"U.S." in capitals is the country even where "us" would be a pronoun.
  s = s.replace(US_CAPITALS, " usa ");
  // Chat abbreviations in capitals: "RU"/"RUS" is Russia, "the ME" the Middle East ("what does RU say abt US policy
  // in the ME?"); in lower case they stay words ("me", "ru" of a Russian-speaking asker).
  if (CHAT_CAPITALS.test(s)) s = s.replace(RU_CAPITALS, " russia ").replace(ME_CAPITALS, "the middle east");
  s = s.toLowerCase();
  if (APOSTROPHES.test(s)) {
    s = s.replace(APOSTROPHES_ALL, "'");
    if (beyondAscii) s = narrowed(s);
    for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  }
  for (const [pattern, replacement] of BARE_CONTRACTIONS) s = s.replace(pattern, replacement);
  s = withoutFraming(s);
  // "care abotu israel": the rewrites below read everyday words as written right (glue-slips.ts).
  s = withGlueSlipsFixed(s);
  for (const [word, pattern, replacement] of WORD_REWRITES)
    if (s.includes(word)) s = s.replace(pattern, replacement);
  if (s.includes("u.s")) s = s.replace(US_DOTTED, " usa ");
  // tl;dr and similar are one word before punctuation goes.
  if (s.includes("tl")) s = s.replace(TLDR, "tldr");
  const words = s.split(NOT_WORD).filter((w) => w.length > 0);
  // Cut from text that still holds a wide character ("israel–hamas"), a word is two-byte: held one-byte again.
  if (beyondAscii) for (let i = 0; i < words.length; i++) words[i] = narrowed(words[i]!);
  // "What did Israel say back?": a reply, not "backing".
  for (let i = words.length - 1; i > 0; i--)
    if (words[i] === "back" && REPLYING.test(words[i - 1]!)) words.splice(i, 1);
  // "What is his wife called?", "the kremlin spokesman, what's he called?" ask a name, not about a phone call:
  // "what/how" and a form of "be" open the question's last few words.
  if (words.at(-1) === "called" && asksWhatCalled(words)) words[words.length - 1] = "named";
  // Chat shorthand: "talk 2 him", "blame 4 the war": a lone 2 or 4 between words, read as the word it sounds like.
  // (Compared first: a word used as a property key is internalised and left a thin string, which V8's join reads as
  // two-byte, so the analysis's joined words compiled every phrase pattern's two-byte code; rss29.)
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i]!;
    const sounds = word === "2" || word === "4" ? DIGIT_WORDS[word] : undefined;
    if (
      sounds &&
      LETTERS_ONLY.test(words[i + 1]!) &&
      (sounds.before.test(words[i - 1]!) || sounds.after.test(words[i + 1]!))
    )
      words[i] = sounds.word;
  }
  return words.map((w, i) => (w === "us" ? pronounOrCountry(words, i) : w));
}

/** "… what is he called": "what" or "how" and a form of "be" at most five words before a closing "called". */
function asksWhatCalled(words: string[]): boolean {
  for (let i = Math.max(0, words.length - 6); i < words.length - 2; i++)
    if (WHAT_OR_HOW.test(words[i]!) && BE.test(words[i + 1]!)) return true;
  return false;
}

/** A digit that stands for a word: read so only after a word that takes it or before one that follows it. */
const DIGIT_WORDS: Record<string, { word: string; before: RegExp; after: RegExp }> = {
  "2": {
    word: "to",
    before:
      /^(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|spoken|say|says|said|reply|replied|respond|responded|listen|listened|reach|reached|went|going|want|wants|wanted|try|tries|tried|trying|need|needs|needed|close|next|due|according|up|out|back|open|opened|nothing|anything|something|has|have|had|got|able|ready|agree|agreed|refer|referring|turn|turned|appeal|appealed|message|call|called|calling|supposed)$/,
    after:
      /^(?:the|a|an|him|her|them|me|us|it|his|their|be|do|say|talk|speak|help|stop|end|make|get|find|play|keep|resolve|settle)$/,
  },
  "4": {
    word: "for",
    before:
      /^(?:blame|blames|blamed|blaming|call|calls|called|calling|push|pushes|pushed|pushing|ask|asks|asked|asking|wait|hope|hoping|look|looking|responsible|plan|plans|support|supports|stand|stands|fight|fighting|reason|ready|room|time|hope|hopes|hoped|pressing|press|pressed|argue|argued|arguing|vote|voted|what|who|whom)$/,
    after:
      /^(?:the|a|an|him|her|them|me|us|it|his|their|peace|talks|ceasefire|dialogue|negotiations|what|who|whom)$/,
  },
};

const BE = lean(/^(?:is|are|was|were)$/);
const REPLYING = lean(
  /^(?:say|says|said|saying|respond|responds|responded|reply|replies|replied|answer|answered|write|wrote|talk|talked|hit|hits|fire|fired|push|pushed|pushing|strike|struck)$/,
);

/** Anything beyond printable ASCII and ordinary white space. */
const BEYOND_ASCII = lean(/[^\t\n\r -~]/);
const APOSTROPHES = lean(/['\u2018\u2019\u02bc\u0060\u00b4]/);
const APOSTROPHES_ALL = lean(/[\u2018\u2019\u02bc\u0060\u00b4]/g);

function pronounOrCountry(words: string[], i: number): string {
  const next = words[i + 1];
  if (next !== undefined && COUNTRY_US_AFTER.has(next)) return "usa";
  const before = words[i - 1];
  if (before !== undefined && PRONOUN_US_BEFORE.has(before)) return "us";
  return "usa";
}
