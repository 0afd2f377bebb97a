// "Moscow openly sides with the Palestinians and makes no claim to be impartial": two statements of one subject
// joined by "and" (", и"). Read whole, each half's words of its own pulled the other short of a match, and the claim
// read "not in the article", though each half alone says a passage the other way round (sides with one party for
// "both", no claim to be impartial for "present itself as an impartial mediator"). So a claim read as not in the
// article is read again half by half, the subject given to the second half: when a half alters its passage, the
// claim is altered. A half confirmed or not in the article leaves the verdict as it was (cause-apart.ts reads a
// cause clause the same way). Only "not in the article" becomes "altered": nothing is confirmed here.
// Every regular expression is bounded: anchored, a few words at most.
import type { ClaimChecker } from "./types.js";

/** The subject opening the claim: up to four capitalised words ("Moscow", "The Russian Foreign Ministry"). */
const SUBJECT = /^\s*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}/u;

/** The subject opening a claim ("Putin", "The Russian Foreign Ministry"), trimmed; null when it opens on none. */
export function claimSubject(text: string): string | null {
  return SUBJECT.exec(text)?.[0].trim() ?? null;
}

/** " and " (", и ") before a verb (an adverb before it allowed): where the second statement of the subject opens. */
const JOIN_EN = /,?\s+and\s+(?=(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:s|ed)|is|was|has|had|does|did)(?![\p{L}]))/gu;
// A past verb in -ил / -ел as well as -ал («… и предложил передать посредничество Турции», claims-blind47): not -ела /
// -ели / -ило, which end common nouns («дела», «цели», «правило»).
const VERB_RU =
  "(?:не\\s+)?\\p{Ll}+(?:ет|ит|ут|ют|ат|ят|ал|ала|ало|али|ил|ила|или|ел|ёл|ется|ится|ются|ятся|ался|алась|ались|ился|илась|ились)(?![\\p{L}])";
const JOIN_RU = new RegExp(`,?\\s+и\\s+(?=${VERB_RU})`, "gu");
/** " but " / " yet " (", но ", «а»), for a reader of the second statement's doer: "… but has failed to address …". */
// Not before a pronoun in -s ("… blames America and its failed policy …").
const JOIN_EN_BUT =
  /,?\s+(?:and|but|yet)\s+(?!(?:its|his|hers|theirs|ours|this|thus|less)(?![\p{L}]))(?=(?:(?:\p{Ll}+ly|never|also|then|himself|itself)\s+)?(?:\p{Ll}+(?:s|ed)|is|was|has|had|does|did)(?![\p{L}]))/gu;
/**
 * A clause of the first statement that the join may close instead of the statement: a participle after a comma
 * ("…, saying its policy failed and ignored …", «…, заявив, …»), a clause of time or condition. Read with "but" only.
 */
const INNER_CLAUSE =
  /(?:,\s*\p{Ll}+ing|,\s*\p{Ll}+(?:ав|ив|ев|ув|вши|вшись|уя)|(?:^|[^\p{L}])(?:as|since|after|before|when|if|once|until|где|если|после|пока|как))(?![\p{L}])/iu;
const JOIN_RU_BUT = new RegExp(`,?\\s+(?:и|но|а)\\s+(?=(?:сам\\p{L}{0,2}\\s+)?${VERB_RU})`, "gu");

/**
 * The two statements, the second with the subject of the first; null when the claim is not of that shape.
 * `withBut`: "but" / «но» / «а» join them too (a contrast is two statements of the subject all the same).
 */
export function clausesApart(text: string, withBut = false): [string, string] | null {
  const subject = SUBJECT.exec(text);
  if (!subject) return null;
  const ru = /\p{Script=Cyrillic}/u.test(text);
  const join = withBut ? (ru ? JOIN_RU_BUT : JOIN_EN_BUT) : ru ? JOIN_RU : JOIN_EN;
  const joins = [...text.matchAll(join)];
  // One join only: a list of deeds is read whole.
  if (joins.length !== 1) return null;
  const at = joins[0]!;
  if (at.index <= subject[0].length || /^\s*the\s*$/iu.test(subject[0])) return null;
  // "and" inside a clause of the first statement ("approaches that put interests and aspirations first"): no join
  // of two statements of the subject.
  if (
    /(?:^|[^\p{L}])(?:that|which|who|whom|whose|so|because|while|когда|который|которая|которые|что|чтобы)(?![\p{L}])/iu.test(
      text.slice(subject[0].length, at.index),
    )
  )
    return null;
  if (withBut && INNER_CLAUSE.test(text.slice(subject[0].length, at.index))) return null;
  const first = text.slice(0, at.index).trim();
  const second = `${subject[0].trim()} ${text.slice(at.index + at[0].length).trim()}`;
  const words = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;
  if (words(first) < 3 || words(second) < 3) return null;
  return [first, second];
}

/** The checker, a claim it reads as not in the article read again clause by clause. */
export function judgingClauseApart(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const halves = clausesApart(text);
    if (!halves) return verdict;
    for (const half of halves) {
      const read = check(half);
      if (read.verdict === "altered" && read.span)
        return { ...read, claim: verdict.claim, statement: verdict.statement };
    }
    return verdict;
  };
}
