// Raw text -> lower-case words: Unicode folded, accents dropped, typographic quotes made plain, contractions
// expanded, possessives dropped, punctuation gone. Every step is linear in the input.
import { BARE_CONTRACTIONS, CONTRACTIONS } from "./words.js";

/** Longest input the engine reads; Telegram messages are at most 4096 characters anyway. */
export const MAX_QUESTION_CHARS = 4096;

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

/** The text as comparable lower-case words. "Putin’s U.S. policy" -> ["putin", "usa", "policy"]. */
export function normaliseWords(raw: string): string[] {
  let s = raw.slice(0, MAX_QUESTION_CHARS);
  // Plain ASCII (most questions, all of the knowledge base's own words) skips the Unicode folding.
  if (BEYOND_ASCII.test(s)) s = s.normalize("NFKD").replace(/\p{M}+/gu, "");
  // "US"/"U.S." in capitals is the country even where "us" would be a pronoun.
  s = s.replace(/\bU\.?S\.?A?\b\.?/g, " usa ");
  s = s.toLowerCase();
  if (APOSTROPHES.test(s)) {
    s = s.replace(APOSTROPHES_ALL, "'");
    for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  }
  for (const [pattern, replacement] of BARE_CONTRACTIONS) s = s.replace(pattern, replacement);
  if (s.includes("u.s")) s = s.replace(/\bu\.s\.(a\.?)?/g, " usa ");
  // tl;dr and similar are one word before punctuation goes.
  if (s.includes("tl")) s = s.replace(/\btl\s*;\s*dr\b/g, "tldr");
  const words = s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  // "What did Israel say back?": a reply, not "backing".
  for (let i = words.length - 1; i > 0; i--)
    if (words[i] === "back" && REPLYING.test(words[i - 1]!)) words.splice(i, 1);
  // "What is his wife called?" asks a name, not about a phone call.
  if (words.at(-1) === "called" && /^(?:what|how)$/.test(words[0] ?? "") && BE.test(words[1] ?? ""))
    words[words.length - 1] = "named";
  return words.map((w, i) => (w === "us" ? pronounOrCountry(words, i) : w));
}

const BE = /^(?:is|are|was|were)$/;
const REPLYING =
  /^(?:say|says|said|saying|respond|responds|responded|reply|replies|replied|answer|answered|write|wrote|talk|talked|hit|hits|fire|fired|push|pushed|pushing|strike|struck)$/;

/** Anything beyond printable ASCII and ordinary white space. */
const BEYOND_ASCII = /[^\t\n\r -~]/;
const APOSTROPHES = /['\u2018\u2019\u02bc\u0060\u00b4]/;
const APOSTROPHES_ALL = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

function pronounOrCountry(words: string[], i: number): string {
  const next = words[i + 1];
  if (next !== undefined && COUNTRY_US_AFTER.has(next)) return "usa";
  const before = words[i - 1];
  if (before !== undefined && PRONOUN_US_BEFORE.has(before)) return "us";
  return "usa";
}
