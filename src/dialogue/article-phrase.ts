// Kind: whether the article says a thing it says in nearly those words — "does it say middle east policies failed?"
// (its close: "the consequences of failed Middle East policies"), "does the article say the violence is
// escalating?". The engine found the US-policy card and the checker read that passage's "United States" against
// "middle east" (a changed actor): "doesn't say" above an article that says it (d78-24#2). Yes when every content word
// of the asked thing (cut to four letters: "failed"/"failure", "policies"/"policy") is in one sentence of the article
// within a few words of each other, with no negation among them ("not without controversy" is no "controversy");
// a negated question, a wh-thing ("does it say who…") or a thing of one content word is left to the other readers.
// "does it call for / urge a lasting resolution?" (its close: "the urgency for … approaches … to achieve a lasting and
// just resolution"): the article's own call, so only in a sentence of a want (urgency, need, in order to) that names
// no voice — Putin's "urgent need for an immediate ceasefire" is his call, not the article's (dialog-r3-35).
import { lean } from "../lib/lean-regexp.js";

const ASKED = lean(
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did) (?:it|the (?:article|piece|story|text|author|report)) (?:(?:actually|even|really|also) )?(?:say|mention|state|claim|suggest|conclude|write)(?: that)? ([\p{L}'’ -]{5,80}?)\s*\??$/u,
);
const ASKED_CALL = lean(
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did) (?:it|the (?:article|piece|story|text|author|report|conclusion|ending)) (?:(?:actually|even|really|also) )?(?:call for|urge|advocate|push for|argue for|plead for) ([\p{L}'’ -]{5,80}?)\s*\??$/u,
);
/** A sentence that wants something: what the article calls for is in one. */
const WANTING = lean(/(?<!\p{L})(?:urgency|urgent|need|needed|importance|in order to|must|should)(?!\p{L})/u);
const NOT_A_THING =
  /^(?:who|whom|whose|what|which|why|when|where|how|whether|if|anything|something|much|more)(?!\p{L})/u;
const NEGATION = new Set(["not", "no", "never", "without", "nor", "none", "neither", "nothing"]);
const FUNCTION: ReadonlySet<string> = new Set(
  `a an the of in on to for that this these those its it is are was were be been being has have had and or with by
  as at from about between there their his her he she they them any some also too does did do so very`.split(
    /\s+/,
  ),
);
/** How many words beyond the asked ones the article's phrase may spread over. */
const SLACK = 3;

const stem = (w: string) => (w.length >= 4 ? w.slice(0, 4) : w);
const tokens = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]s(?!\p{L})/gu, "")
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");

/** Whether some run of at most `width` tokens of `words` holds every stem of `wanted` and no negation. */
function heldWithin(words: readonly string[], wanted: ReadonlySet<string>, width: number): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!wanted.has(stem(words[i]!))) continue;
    const seen = new Set<string>();
    for (let j = i; j < Math.min(words.length, i + width); j++) {
      if (NEGATION.has(words[j]!)) break;
      const s = stem(words[j]!);
      if (wanted.has(s)) seen.add(s);
      if (seen.size === wanted.size) return true;
    }
  }
  return false;
}

/**
 * Yes when the article says the asked thing in near words; else null. English only. A call asked of the article
 * ("does the article call for an immediate ceasefire?") that its own voice never makes, where every quote of the
 * found evidence is a named voice's (Putin's call, the ministry's stress), is that voice's: the article doesn't
 * say (it was the ceasefire card's curated Yes, his call presented as the article's).
 */
export function articlePhraseVerdict(
  folded: string,
  paragraphs: readonly string[] | undefined,
  voiced: (sentence: string) => boolean = () => true,
  evidence: readonly string[] = [],
): "yes" | "not-said" | null {
  if (!paragraphs) return null;
  const text = folded.toLowerCase().trim();
  const call = ASKED_CALL.exec(text);
  const m = call ?? ASKED.exec(text);
  const thing = m?.[1]?.trim();
  if (thing === undefined || NOT_A_THING.test(thing)) return null;
  const asked = tokens(thing);
  if (asked.some((w) => NEGATION.has(w) || w.endsWith("n't") || w === "t")) return null;
  const content = asked.filter((w) => !FUNCTION.has(w));
  const wanted = new Set(content.map(stem));
  const all = paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/u));
  const sentences = call ? all.filter((s) => WANTING.test(s.toLowerCase()) && !voiced(s)) : all;
  if (wanted.size >= 2 && sentences.some((s) => heldWithin(tokens(s), wanted, content.length + SLACK)))
    return "yes";
  return call && evidence.length > 0 && evidence.every(voiced) ? "not-said" : null;
}
