// Where an English claim's words stand in the article word for word: the whole claim, its statement without the
// frame, the frame's pronoun or the name for the article's pronoun ("Putin highlights …" of "he highlights …"),
// and the words the claim itself puts in quotation marks. Words right after the article's own "no" or "fails to"
// are not found: the claim drops that negation.
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Claimed } from "./claim-names.js";
import { FAIL_WORDS, NEGATORS } from "./polarity.js";
import { objectOfArticleVerb } from "./reading.js";
import { type ArticleIndex, type ArticleUnit, findExact } from "./units.js";
import type { ClaimFrame } from "./words.js";

type Span = { paragraph: number; start: number; end: number };

/** A name opening a statement, up to its first lower-case word: "Putin ", "The Russian Foreign Ministry ". */
const NAME_OPENING = /^\s*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?=\p{Ll})/u;
/** The article's subject pronoun right before a span, an aside after it allowed ("he also highlights"). */
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:he|she|it|they)\s+(?:also\s+)?$/iu;
/** Runs of 3+ words the writer put in quotation marks (an apostrophe inside a word opens and closes nothing). */
const QUOTED_RUN = /(?:^|[^\p{L}])["“”«»„‘’'](\p{L}[^"“”«»„]{0,600}?)["“”«»‘’'](?=$|[^\p{L}])/gu;

/** Where the claim (`text`, read as `frame`) stands word for word in the article, not right after a negation. */
export function exactSpan(
  kb: KnowledgeBase,
  text: string,
  frame: ClaimFrame,
  claimed: Claimed,
  sourcesOf: ArticleIndex["sourcesOf"],
): Span | null {
  // "The Kremlin said it maintains …": the pronoun stands for the name the frame gives.
  const whole = findExact(kb, text);
  const statement = whole ? null : findExact(kb, frame.statement);
  const found =
    whole ??
    // "Putin stressed the urgent need …" of "Putin emphasized the urgent need …": the frame's verb takes the
    // place of the article's, whose object the words are. In other words, not word for word.
    (statement && objectOfArticleVerb(kb, statement, text, frame.statement) ? null : statement) ??
    findExact(kb, frame.body) ??
    (frame.name === null || withoutPronoun(frame.statement) === frame.statement
      ? null
      : findExact(kb, withoutPronoun(frame.statement))) ??
    pronounNamed(kb, frame.statement, claimed, sourcesOf);
  // The words stand in the article, but right after its "no" or "fails to": the claim drops that negation.
  return found && !negatedBefore(kb, found) ? found : null;
}

/**
 * "Putin highlights the US government's failure …" of "… he highlights the US government's failure …": the
 * claim names whom the article's pronoun stands for, the passage's reported speaker, and quotes the rest.
 */
function pronounNamed(
  kb: KnowledgeBase,
  statement: string,
  claimed: Claimed,
  sourcesOf: ArticleIndex["sourcesOf"],
): Span | null {
  if (!claimed?.id) return null;
  const name = NAME_OPENING.exec(statement)?.[0] ?? nameInLowerCase(kb, statement, claimed.id);
  if (!name) return null;
  const span = findExact(kb, statement.slice(name.length));
  if (!span) return null;
  const before = (kb.article.paragraphs[span.paragraph - 1] ?? "").slice(
    Math.max(0, span.start - 20),
    span.start,
  );
  if (!PRONOUN_BEFORE.test(before)) return null;
  const sources = sourcesOf(span.paragraph, span.start, span.end);
  return sources.some((s) => s.voice === "reported" && s.speakerId === claimed.id) ? span : null;
}

/**
 * (claims35) "putin highlights …", "the russian leader also …": the claimed speaker's own name or alias typed in
 * lower case opening the statement (only those: "putin never highlights …" keeps its "never" out of the name).
 */
function nameInLowerCase(kb: KnowledgeBase, statement: string, id: string): string | null {
  const speaker = kb.speakers.find((s) => s.id === id);
  if (!speaker) return null;
  const lower = statement.toLowerCase();
  const opening = /^\s*(?:the\s+)?/u.exec(lower)![0];
  const names = [speaker.name, ...speaker.aliases]
    .map((n) => n.toLowerCase().replace(/^the\s+/u, ""))
    .sort((a, b) => b.length - a.length);
  const name = names.find((n) => lower.startsWith(`${n} `, opening.length));
  return name === undefined ? null : statement.slice(0, opening.length + name.length + 1);
}

/** A subject pronoun opening a statement: "it" in "The Kremlin said it maintains …". */
function withoutPronoun(statement: string): string {
  return statement.replace(/^\s*(?:it|he|she|they|we)\s+/i, "");
}

/** The article's words just before a span negate it: "no" + "mention of …", "failure to" + "address …". */
function negatedBefore(kb: KnowledgeBase, span: { paragraph: number; start: number }): boolean {
  const before = (kb.article.paragraphs[span.paragraph - 1] ?? "").slice(
    Math.max(0, span.start - 40),
    span.start,
  );
  const [last = "", previous = ""] = (before.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).reverse();
  return NEGATORS.has(last) || /n['’]t$/.test(last) || (last === "to" && FAIL_WORDS.has(previous));
}

/**
 * The span of the passage the claim's quoted words stand in, when every run of them is found word for word in
 * that passage and not right after the article's own negation; null when the claim quotes nothing.
 */
export function quotedSpan(kb: KnowledgeBase, text: string, unit: ArticleUnit): Span | null {
  let first: Span | null = null;
  for (const m of text.matchAll(QUOTED_RUN)) {
    const words = m[1]!.trim().split(/\s+/);
    if (words.length < 3) return null;
    const span = findExact(kb, m[1]!);
    if (!span || !contains(unit, span) || negatedBefore(kb, span)) return null;
    first ??= span;
  }
  return first;
}

/** The unit holds the span. */
export function contains(unit: ArticleUnit, span: Span): boolean {
  return unit.paragraph === span.paragraph && unit.start <= span.start && unit.end >= span.end;
}
