// Alternative questions: "was the call with Erdogan or Biden?", "did Putin blame the US or Hamas?", "Путин звонил
// Эрдогану или Байдену?". Each side is asked as its own yes/no question; the side the article supports (its
// verdict yes) is the answer, named in the question read. Neither or both supported: the question as it stands.
import { exclusivePredicateSide } from "./exclusive-side.js";
import type { DialogueWords } from "./language.js";
import { timingSideNamed } from "./timing-side.js";

/** "…or what", "…or something", "…или как": a tag, not a second side. */
const NO_SIDE =
  /^(?:what|not|something|anything|nothing|else|so|no|whatever|smth|sth|что|что-то|как|нет|так|чего|што)$/u;

/**
 * "В статье Путин говорит с Эрдоганом или с Нетаньяху?", "in the article, …": where the sides are asked is no part
 * of either; left on, it made the side the article supports read as a question about the text (quality-ru44).
 */
const ARTICLE_LEAD =
  /^(?:(?:а|и|так)\s+)?(?:(?:в|по|согласно)\s+(?:этой\s+)?(?:статье|тексте|новости)|in the (?:article|text|story)|according to the (?:article|text|story)),?\s+(?=\p{L}+\s+\p{L})/u;

/** A quantity word leading a side: "more war", "less fighting", «больше войны». */
const QUANTITY = /^(?:more|less|further|continued|больше|меньше)$/u;

/** The longest side of an alternative read here ("the Iranian one", "more fighting"). */
const MAX_SIDE_WORDS = 4;

/**
 * The question once with each side of its "X or Y": the words after "or" are Y, as many words before it are X
 * ("…with erdogan or biden" -> "…with erdogan", "…with biden"). Null without an alternative, or one whose sides
 * are too long to read this way.
 */
export function alternativesOf(folded: string, words: DialogueWords): [string, string] | null {
  const text = folded.replace(/[?]+$/, "").replace(ARTICLE_LEAD, "").trim();
  const or = words.alternative.exec(text);
  if (!or) return null;
  const before = text.slice(0, or.index).replace(/,\s*$/, "").trim().split(" ");
  const after = text
    .slice(or.index + or[0].length)
    .trim()
    .split(" ")
    .filter(Boolean);
  if (after.length === 0 || after.length > MAX_SIDE_WORDS || NO_SIDE.test(after.join(" "))) return null;
  // "the us or hamas": an article before the first side is not part of it, so the second takes it too.
  // «…переживает за мирных жителей или только критикует америку»: a second predicate (exclusive-side.ts).
  const predicate = exclusivePredicateSide(before.join(" "), after.join(" "));
  if (predicate) return [before.join(" "), predicate];
  // "peace or more war": a quantity word before the second side has no counterpart in the first ("want peace").
  const counted = after.length - (QUANTITY.test(after[0] ?? "") && after.length > 1 ? 1 : 0);
  const size = Math.min(counted, before.length - 1);
  if (size < 1) return null;
  const prefix = before.slice(0, before.length - size).join(" ");
  const first = before.slice(before.length - size).join(" ");
  const second = after.join(" ");
  if (first === second) return null;
  return [`${prefix} ${first}`, `${prefix} ${second}`];
}

/** A few words and a word offering examples: "spread where, like", "кто, например,". */
const EXAMPLES_LEAD =
  /^(?:\S+\s+){0,3}?\S+,?\s+(?:like|such as|say|e\.g\.|for example|for instance|например|типа|вроде|скажем)[,:]?\s+/u;

/** "Erdogan or Biden?", "Эрдоган или Байден?" alone: the two sides, to be read against the last answer. */
export function bareAlternativeOf(folded: string, words: DialogueWords): [string, string] | null {
  const text = folded
    .replace(/[?]+$/, "")
    .replace(/^(?:(?:and|so|а|и|так)[, ]+)/u, "")
    // "spread where, like Lebanon or Iran?": the examples offered are the sides.
    .replace(EXAMPLES_LEAD, "")
    .trim();
  const or = words.alternative.exec(text);
  if (!or) return null;
  const first = text.slice(0, or.index).replace(/,\s*$/, "").trim();
  const second = text.slice(or.index + or[0].length).trim();
  // "at some point later": a time side may run longer (timing-side.ts).
  const short = (side: string) =>
    side !== "" && (side.split(" ").length <= 3 || timingSideNamed(side, "") !== null);
  return short(first) && short(second) && !NO_SIDE.test(second) ? [first, second] : null;
}
