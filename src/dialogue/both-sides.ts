// "Is Putin worried about casualties in Israel or in Gaza?", "a ceasefire or new talks?", "Кремль общается с
// Израилем или с палестинцами?": an alternative question whose two sides the article both supports (each, asked
// as its own yes/no, gets a Yes). The answer is "both", naming the two sides, with the evidence of each — never
// one side picked as if the other were false. One side supported stays alternative.ts's reading.
import type { Lang } from "../answering/types.js";
import { compiledRegExp } from "../lib/compiled-regexp.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { AnswerReply } from "./types.js";

/** The words where the two sides differ ("… in israel" / "… in gaza" -> "in israel", "in gaza"). */
function differing(first: string, second: string): [string, string] {
  const a = first.trim().split(/\s+/);
  const b = second.trim().split(/\s+/);
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  return [a.slice(i).join(" "), b.slice(i).join(" ")];
}

/** A side's words as the evidence writes them ("israel" -> "Israel"), else as asked. */
function asWritten(side: string, evidence: string): string {
  return side
    .split(" ")
    .map((w) => {
      if (!/^[\p{L}\p{N}]+$/u.test(w)) return w;
      const at = evidence.toLowerCase().search(compiledRegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "u"));
      return at >= 0 ? evidence.slice(at, at + w.length) : w;
    })
    .join(" ");
}

const LEAD: Record<Lang, (a: string, b: string) => string> = {
  en: (a, b) => `Both, according to the article: ${a} and ${b}.`,
  ru: (a, b) => `И то и другое, по словам статьи: ${a} и ${b}.`,
};

/** The reply to an alternative both of whose sides the article supports: both named, both sides' evidence. */
export function bothSidesReply(
  sides: readonly [string, string],
  replies: readonly [AnswerReply, AnswerReply],
  lang: Lang,
): AnswerReply {
  const [first, second] = replies;
  const said = `${first.answer.answer} ${second.answer.answer}`;
  const [a, b] = differing(sides[0], sides[1]).map((side) => asWritten(side, said)) as [string, string];
  const same = first.answer.entry?.id === second.answer.entry?.id;
  const text = same
    ? withoutOwnVerdict(first.answer.answer)
    : `${withoutOwnVerdict(first.answer.answer)} ${withoutOwnVerdict(second.answer.answer)}`;
  const seen = new Set(first.answer.quotes.map((q) => q.text));
  const quotes = same
    ? first.answer.quotes
    : [...first.answer.quotes, ...second.answer.quotes.filter((q) => !seen.has(q.text))];
  return {
    ...first,
    answer: { ...first.answer, answer: `${LEAD[lang](a, b)} ${text}`, quotes },
    understood: null,
    verdict: null,
    verdictSource: null,
  };
}
