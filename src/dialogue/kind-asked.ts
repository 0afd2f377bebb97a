// Kind: "what kind of approaches", "what sort of failure?", "какие именно подходы?" right after an answer that
// names that thing with its qualities ("comprehensive, inclusive approaches", "failed Middle East policies"): the
// person asks which ones the article means, and the last answer is where it says so. The engine, asked the bare
// noun, went to another entry (the negotiations). Read only when the noun (its stem) stands in the last answer's
// text or quotes; the answer is then shown again, with no yes/no. Null otherwise: a kind the last answer does not
// name is a question of its own.
import type { Answer, Lang } from "../answering/types.js";

const KIND_EN =
  /^(?:(?:ok|okay|so|and|but|wait|hm+)[, ]+)*(?:what|which) (?:kind|kinds|sort|sorts|type|types) of ([\p{L}-]+)(?: exactly| then| are we talking about| do they mean| does it mean)?\s*\??$/iu;
const KIND_RU =
  /^(?:(?:а|и|ну|так)[, ]+)*(?:какие|какой|какая|какое|каких) (?:именно |конкретно |такие |же )?([\p{L}-]+)(?: (?:именно|конкретно|имеются в виду))?\s*\??$/iu;

/** The noun asked "what kind of", or null when the message is no such question. */
export function kindAskedOf(text: string): string | null {
  const t = text.trim();
  return KIND_EN.exec(t)?.[1]?.toLowerCase() ?? KIND_RU.exec(t)?.[1]?.toLowerCase() ?? null;
}

/** Whether the last answer names the noun: its text or quotes hold a word with the noun's stem. */
export function lastAnswerNames(noun: string, last: Answer, lang: Lang): boolean {
  const stem = noun.slice(0, Math.max(4, noun.length - (lang === "ru" ? 2 : 1)));
  if (stem.length < 4) return false;
  const said = [last.answer, ...last.quotes.map((q) => (lang === "ru" ? (q.translation ?? "") : q.text))]
    .join(" ")
    .toLowerCase();
  return said.split(/[^\p{L}-]+/u).some((w) => w.startsWith(stem));
}
