// Whose deed, in a second statement joined to a true one: "Putin accused Washington of monopolizing the peace effort
// and ignored compromises acceptable to both sides" — in the article the not-considering of compromises is
// Washington's (¶2), the claim gives it to Putin by joining it to his criticism; «Путин обвинил США в провальной
// политике и проигнорировал чаяния палестинцев» likewise (the overlooking is the United States' policy's, ¶1). Read
// whole, every word lines up with the passage and the claim read as a paraphrase. So a claim read as confirmed and
// made of two statements of one subject (clause-apart.ts's split, "but" / «но» / «а» joining them too) is read again
// with its second statement alone, the subject carried over ("Putin ignored compromises …"). The claim is altered,
// that statement's change shown, when in the same paragraph
// - the statement's verb is given to another actor there (an actor change naming the verb: judge.ts's whose-deed
//   reading), or
// - the statement alters by a negation ("did not seek compromises" of "without considering"), and the same statement
//   said of a party the first statement names ("Washington did not seek …") is confirmed: the deed is that party's.
// A negation the checker reads astray whoever does the deed (the Russian «не искал» of «без рассмотрения») stays as
// it was. The first statement stands as confirmed; nothing is confirmed here. A deed kept with its doer is not split
// ("… and for not considering …", "… that overlooked …", "…, saying its policy failed and ignored …").
import { lean } from "../lib/lean-regexp.js";
import { claimSubject, clausesApart } from "./clause-apart.js";
import type { ClaimChange, ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** A capitalised word or two: a party the first statement names ("Washington", "the United States", «США»). */
const NAMED = /(?<![\p{L}])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu;

/** Letters only, lower case, ё as е: how a change's word and a claim's word are compared. */
const fold = (w: string) => w.toLowerCase().replace(/ё/gu, "е");

/** Words before a verb: an auxiliary, a negation, "also", «сам», an adverb in -ly. */
const BEFORE_VERB =
  /^(?:has|have|had|did|does|do|is|was|not|never|also|then|himself|herself|itself|themselves|сам|сама|сами|само|не|также|тоже|затем|\p{L}+ly)$/u;

/** The second statement's verb: its first word after the subject and the words before a verb ("has failed"). */
function verbOf(statement: string, subject: string): string | null {
  const words = (statement.slice(subject.length).match(/\p{L}+/gu) ?? []).map(fold);
  return words.find((w) => !BEFORE_VERB.test(w)) ?? null;
}

/**
 * "(не стал) искать компромиссов", "не ищет компромисс" (seek a compromise) read as "не рассматривает", the passage's
 * "без рассмотрения компромиссов", for the second statement alone: the English side reads seek and consider as one
 * verb, the Russian lines "искать" up with nothing, and «Вашингтон не искал компромиссов» read as a negation added
 * whoever did it («Путин … и не стал искать компромиссов …» unseen). Only here: read on a whole claim, the verb lined
 * up pulls near claims over the line where their other changes count («…, которые устроили бы обе стороны»).
 */
const SEEKS_COMPROMISE = lean(
  /(^|[^\p{L}])не\s+(?:стал[аио]?\s+)?(?:искать|искал[аио]?|ищ(?:ет|ут|ем|у|ешь))(?=\s+компромисс)/giu,
);

/** The checker, a confirmed claim whose joined second statement gives its subject another's deed read as altered. */
export function judgingJoinedDeed(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) || verdict.span === null) return verdict;
    const statement = verdict.statement || text;
    const halves = clausesApart(statement, true);
    const subject = claimSubject(statement);
    // "Russia's foreign ministry …": a possessive is not the whole subject.
    if (!halves || subject === null || /['’]s$/u.test(subject)) return verdict;
    const second = check(halves[1].replace(SEEKS_COMPROMISE, "$1не рассматривает"));
    if (second.verdict !== "altered" || second.span?.paragraph !== verdict.span.paragraph) return verdict;
    const verb = verbOf(halves[1], subject);
    // The change names the verb, or a word the statement does not have: an idiom read in the verb's place
    // («оставил без внимания» read as «игнорирует»).
    const words = new Set((halves[1].match(/\p{L}+/gu) ?? []).map(fold));
    const moved = second.changes.filter((c) => {
      if (c.kind !== "actor" || verb === null) return false;
      const claimed = fold(c.claimed).split(/\s+/u);
      return claimed.includes(verb) || !claimed.some((w) => words.has(w));
    });
    const changes: ClaimChange[] =
      moved.length > 0 ? moved : negationOfAnother(check, halves, subject, second.changes);
    if (changes.length === 0) return verdict;
    return { ...second, claim: verdict.claim, statement: verdict.statement, exact: null, changes };
  };
}

/** The negation changes of the second statement, when that statement said of a party of the first is confirmed. */
function negationOfAnother(
  check: ClaimChecker,
  [first, second]: [string, string],
  subject: string,
  changes: ClaimChange[],
): ClaimChange[] {
  const negations = changes.filter((c) => c.kind === "negation");
  if (negations.length === 0) return [];
  const rest = second.slice(subject.length);
  const named = [...first.slice(subject.length).matchAll(NAMED)].map((m) => m[0]);
  for (const party of named.slice(0, 3)) {
    const read = check(`${party}${rest}`.replace(SEEKS_COMPROMISE, "$1не рассматривает"));
    if (confirms(read.verdict))
      return negations.map((c) => ({ kind: "actor" as const, claimed: c.claimed, article: party }));
  }
  return [];
}
