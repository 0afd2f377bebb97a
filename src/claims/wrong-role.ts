// "Peskov is Russia's foreign minister", «Песков — министр иностранных дел России»: a person of the article given
// an office that is not theirs. The claim shares few words with any passage and read as "not in the article";
// but the article does say who Peskov is (the knowledge base's speakers, their role and aliases): another office
// is that passage altered. A claim "NAME is (a/the) … OFFICE" (Russian "NAME — … OFFICE", «является») whose NAME
// is a speaker's alias and whose OFFICE word is in none of that speaker's aliases or role: altered, the office
// named. "Russia is sending an envoy to …" is a deed, not an office: a predicate that opens on a verb is left
// as it was. Only a claim read as not in the article is read; nothing here confirms. Regular expressions are bounded.
import type { ClaimChecker } from "./types.js";

/** Office words, English and Russian (stems). */
const OFFICE =
  /(?:^|[^\p{L}])(minister|president|spokes(?:man|woman|person)|chancellor|ambassador|premier|envoy|secretary|министр\p{L}*|президент\p{L}*|пресс-секретар\p{L}*|представител\p{L}*|премьер\p{L}*|посол|послом|канцлер\p{L}*)(?![\p{L}])/iu;

const IS_EN = /^\s*(.{2,40}?)\s{1,3}(?:is|was|serves\s{1,3}as)\s{1,3}(.{2,80}?)[.!]?\s*$/iu;
const IS_RU = /^\s*(.{2,40}?)\s{0,3}(?:—|–|-|является|был|служит)\s{1,3}(.{2,80}?)[.!]?\s*$/iu;

/** A predicate that opens on a verb ("is sending a special envoy", "was asked to"): a deed, no office given. */
const VERB_OPEN = /^(?:\p{L}{2,}ing|\p{L}{2,}ed|to|about|going|set)(?![\p{L}])/iu;

export interface NamedOffice {
  name: string;
  role: string;
  aliases: readonly string[];
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s(?![\p{L}])/gu, "")
    .replace(/\s+/gu, " ")
    .trim();

/** The checker, a speaker given another office read as altered. */
export function judgingWrongRole(check: ClaimChecker, people: readonly NamedOffice[]): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const m = (/\p{Script=Cyrillic}/u.test(text) ? IS_RU : IS_EN).exec(text);
    if (m === null) return verdict;
    const who = fold(m[1]!);
    if (VERB_OPEN.test(m[2]!.trim())) return verdict;
    const office = OFFICE.exec(m[2]!);
    if (office === null) return verdict;
    const person = people.find((p) => [p.name, ...p.aliases].some((a) => fold(a) === who));
    if (person === undefined) return verdict;
    const word = office[1]!.toLowerCase().slice(0, 6);
    const own = [person.role, ...person.aliases].some((a) => a.toLowerCase().includes(word));
    if (own) return verdict;
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [{ kind: "replaced", claimed: m[2]!.trim(), article: person.role }],
    };
  };
}
