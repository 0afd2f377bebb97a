// What a failed question means, as the engine reads it, and what the person keeping the knowledge base could do
// about it. Questions are grouped by the engine's own analysis: "did putin ring erdogan?" and "Did Putin ring
// Erdogan" are one question; the engine's synonyms and stems make "truce" and "ceasefire" one too.
import { DEFAULT_TUNING, type Explanation } from "../answering/index.js";
import type { Answer } from "../answering/types.js";
import { LOW_CONFIDENCE } from "./records.js";

/** What the report needs of the engine: how it reads a question, and what it answers today. */
export interface QuestionReader {
  explain(question: string): Explanation;
  findAnswer(question: string): Answer;
}

/**
 * The nearest entry counts as close (worth a phrasing) from this score: above the engine's "did you mean"
 * floor (0.3, tuning.ts), where the entry shares most of the question's weighted words.
 */
export const CLOSE_SCORE = 0.4;

const NON_CONTENT = new Set(["question", "stop", "frame"]);

/** The question's content terms as the engine compares them (stems, "=concept", "@speaker"), from explain(). */
export function contentTerms(explanation: Explanation): string[] {
  const terms = explanation.tokens.flatMap((token) => {
    const role = /\[([^\]]+)\]$/.exec(token)?.[1];
    return role === undefined || NON_CONTENT.has(role) ? [] : [role];
  });
  return [...new Set(terms)];
}

/** One key per meaning: the content terms, sorted; the plain folded text when there are none ("hi!"). */
export function meaningKey(question: string, explanation: Explanation): string {
  const terms = contentTerms(explanation).sort();
  if (terms.length > 0) return terms.join(" ");
  return question
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type SuggestedAction =
  | { kind: "add-phrasing"; entry: string }
  | { kind: "new-entry" }
  | { kind: "off-topic" }
  /** The knowledge base handles it now (a phrasing was added since, or it is a "doesn't say" it matches well). */
  | { kind: "none"; entry: string };

/**
 * A phrasing when the nearest entry is close (as close as an answer when a word is foreign to the article:
 * "weather in gaza" is not a phrasing of where the conflict is); a new entry when every word is the article's but
 * no entry is close; off-topic when a name is foreign to it, or a word and no entry is close.
 */
export function suggestAction(question: string, reader: QuestionReader): SuggestedAction {
  const now = reader.findAnswer(question);
  if (now.kind === "entry" && now.entry && now.confidence >= LOW_CONFIDENCE) {
    return { kind: "none", entry: now.entry.id };
  }
  const explanation = reader.explain(question);
  if (explanation.unknownNames.length > 0 || contentTerms(explanation).length === 0)
    return { kind: "off-topic" };
  const foreignWords = explanation.unknown.length > 0;
  const [nearest] = explanation.ranked;
  const close = foreignWords ? DEFAULT_TUNING.answerAt : CLOSE_SCORE;
  if (nearest && nearest.score >= close) return { kind: "add-phrasing", entry: nearest.entryId };
  return foreignWords ? { kind: "off-topic" } : { kind: "new-entry" };
}

export function describeAction(action: SuggestedAction): string {
  switch (action.kind) {
    case "add-phrasing":
      return `add as a phrasing of ${action.entry}`;
    case "new-entry":
      return "candidate new entry";
    case "off-topic":
      return "off-topic";
    case "none":
      return `none: handled now by ${action.entry}`;
  }
}

/** The exact command that adds `text` as a phrasing, quoted so it pastes safely into a POSIX shell. */
export function addPhrasingCommand(entry: string, text: string): string {
  const quoted = /^[^"$`\\!]*$/.test(text) ? `"${text}"` : `'${text.replace(/'/g, `'\\''`)}'`;
  return `npm run kb:add-phrasing -- ${entry} ${quoted}`;
}
