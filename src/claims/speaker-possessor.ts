// "Turkey's Erdogan blamed …", "Russia's Putin says …": a country's possessive before a speaker's name is part of
// the name. Read as it stood, the statement opened on the country (no speaker), so the speaker's name became a
// word the passage lacked and a sentence of another speaker, rightly worded, was "altered" (Erdogan in Putin's
// place) rather than misattributed. The possessor is taken off only when it is that speaker's own country (a word
// of its aliases shares its first four letters: Turkey/"Turkish leader", Russia/"Russian President"), so "Israel's
// Putin …" keeps its odd possessor and is never read as Putin's words.
// (claims34) "the MFA in Moscow backs …": a Russian body's seat after its name is part of the name too ("Moscow" read
// as a second actor in the Foreign Ministry's place made a paraphrase altered, claims-blind54).
import type { KnowledgeBase } from "../knowledge/index.js";
import { lean } from "../lib/lean-regexp.js";

/** A Russian body and "in Moscow" after it. */
const SEATED = lean(
  /\b((?:mfa|foreign\s{1,3}ministry|ministry\s{1,3}of\s{1,3}foreign\s{1,3}affairs|kremlin))\s{1,3}in\s{1,3}moscow\b/giu,
);

/** "Country's Name" opening a statement (a bounded expression: linear time). */
const POSSESSED =
  /^(\s*(?:the\s+)?)(\p{Lu}[\p{L}-]{2,30})['’]s\s+(?=(\p{Lu}[\p{L}-]{1,30}(?:\s+\p{Lu}[\p{L}-]{1,30}){0,2}))/u;

/** A speaker's name in the claim and its id ("Erdogan" → erdogan), from the knowledge base's aliases. */
export function possessorReader(kb: KnowledgeBase): (text: string) => string {
  const byWord = new Map<string, { id: string; stems: Set<string> }>();
  for (const s of kb.speakers) {
    const words = [s.name, ...s.aliases].flatMap((a) => a.toLowerCase().split(/[^\p{L}]+/u));
    const stems = new Set(words.filter((w) => w.length >= 4).map((w) => w.slice(0, 4)));
    for (const alias of [s.name, ...s.aliases])
      if (/^\p{Lu}/u.test(alias)) byWord.set(alias.toLowerCase(), { id: s.id, stems });
  }
  return (typed) => {
    const text = typed.replace(SEATED, "$1");
    const m = POSSESSED.exec(text);
    if (!m) return text;
    const possessor = m[2]!.toLowerCase();
    // The longest run of capitalised words that is a speaker's alias ("Recep Tayyip Erdogan", "Erdogan").
    const names = m[3]!.split(/\s+/u);
    for (let n = names.length; n > 0; n--) {
      const speaker = byWord.get(names.slice(0, n).join(" ").toLowerCase());
      if (speaker === undefined) continue;
      if (possessor.length < 4 || !speaker.stems.has(possessor.slice(0, 4))) return text;
      return `${m[1]!}${text.slice(m[0].length)}`;
    }
    return text;
  };
}
