// A claim whose statement the article makes but whose reason it does not: "The Foreign Ministry wants regional
// players coordinated in order to isolate Washington", "Путин критикует Вашингтон за поставки оружия Израилю".
// Read whole, the reason's new words pull the claim below a match and it reads "not in the article", though the
// article says all of it but the reason. So a claim read as not in the article is read again without its cause
// clause: when the rest is confirmed and the cause names a thing that passage never mentions, the claim is altered,
// the replaced cause named. A rest not confirmed leaves the verdict as it was.
import { causeSpan, namesAThing } from "./replaced-cause.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";

/** Words of a cause that name nothing by themselves. */
const EMPTY = new Set(
  (
    "their them they there these those this that with from have been being many much more most some such very also " +
    "other others about what when where whom whose into onto upon than then just only even ever each every both " +
    "его её их они она оно это этот эта эти того тому чтобы было были быть также очень много более всех всего"
  ).split(" "),
);

/** The passage backs the word when a word of it opens with the same five letters (or the whole shorter word). */
function backedBy(passage: string, word: string): boolean {
  const head = word.slice(0, Math.min(5, word.length));
  return (passage.match(/\p{L}+/gu) ?? []).some((w) => w.startsWith(head));
}

/** The checker, a claim it reads as not in the article read again without its cause clause. */
export function judgingCauseApart(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const span = causeSpan(text);
    if (!span) return verdict;
    const rest = `${text.slice(0, span.link)}${text.slice(span.end)}`
      .replace(/[\s,;:—–-]+$/u, "")
      .replace(/^[\s,]+/u, "")
      .trim();
    if ((rest.match(/\p{L}+/gu) ?? []).length < 3) return verdict;
    const without = check(rest);
    // The rest alters the passage by itself ("the US alone is to blame"): the claim does, whatever its cause.
    if (without.verdict === "altered" && without.span)
      return { ...without, claim: verdict.claim, statement: verdict.statement };
    if ((without.verdict !== "paraphrase" && without.verdict !== "verbatim") || !without.span) return verdict;
    const passage = (without.translation ?? without.span.text).toLowerCase();
    const things: string[] = [];
    for (const m of text.slice(span.start, span.end).matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      const word = m[0].toLowerCase();
      if (word.length < 4 || EMPTY.has(word)) continue;
      if (!namesAThing(text.slice(0, span.start + m.index), m[0], word, word)) continue;
      if (!backedBy(passage, word)) things.push(word);
    }
    if (things.length === 0) return verdict;
    return altered(verdict, without, things);
  };
}

function altered(whole: ClaimVerdict, rest: ClaimVerdict, things: string[]): ClaimVerdict {
  return {
    ...rest,
    claim: whole.claim,
    statement: whole.statement,
    verdict: "altered",
    exact: null,
    changes: [{ kind: "replaced", claimed: things.join(" "), article: "" }],
    unbacked: [...rest.unbacked, ...things],
  };
}
