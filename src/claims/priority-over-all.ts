// One party put above all the others: "The article says a lasting resolution requires putting Israel's interests
// above everyone else's", «… нужно поставить интересы Израиля выше всех остальных» of "… approaches that
// prioritize the interests and aspirations of all parties involved". Said with "alone" the checker reads the
// swap of one party for all (one-for-all.ts); said as a rank over the rest, "putting" and "above everyone
// else's" lined up with nothing, and the claim read as not in the article, or, with "prioritizing" kept, as a
// paraphrase. A claim naming one party of the article and ranking it over all the others (above, before, ahead
// of everyone else's / all others / the rest; first; выше всех, превыше всего, на первое место) is read again as
// that party alone: "prioritizing X's interests alone", «ставить во главу угла интересы только X». Only an
// altered second reading is taken: a rank of one over the rest never confirms what the article says of all.
// Every pattern is bounded: word lists, no nested repetition.
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { ClaimChecker } from "./types.js";

/** The English rank over the rest: "above everyone else's", "before all others", "ahead of the rest", "first". */
const ENGLISH_OVER_ALL =
  /(?<![\p{L}-])(?:(?:above|before|over|ahead\s+of)\s+(?:(?:everyone|everybody|anyone|anybody)(?:\s+else)?(?:['’]s)?|all\s+(?:the\s+)?others?(?:['’])?|all\s+else|the\s+rest|(?:those|the\s+interests)\s+of\s+(?:everyone|everybody|all\s+others)(?:\s+else)?)|(?:to\s+)?come\s+first|comes\s+first|first\s+and\s+foremost|first)(?![\p{L}-])/iu;

/** The English verbs of ranking, read as the article's "prioritize". */
const ENGLISH_PUT =
  /(?<![\p{L}-])(?:put|puts|putting|place|places|placing|rank|ranks|ranking|set|sets|setting)(?![\p{L}-])/iu;

/** The Russian rank over the rest: выше всех (остальных), превыше всего, на первое место, в первую очередь. */
const RUSSIAN_OVER_ALL =
  /(?<![\p{L}-])(?:(?:выше|превыше|прежде)\s+(?:всех|всего|остальных|других)(?:\s+(?:остальных|других|прочих))?|на\s+первое\s+место|в\s+первую\s+очередь|во\s+главу\s+угла)(?![\p{L}-])/iu;

/** The Russian verbs of ranking, read as «ставить во главу угла». */
const RUSSIAN_PUT =
  /(?<![\p{L}-])(?:поставить|ставить|ставит|ставят|ставила|ставил|ставили|поставил|поставила|поставили)(?![\p{L}-])/iu;

/** The interests the rank is of are the party's: "X's interests", "interests of (the) X", «интересы X». */
function rankedInterests(text: string, start: number, end: number, russian: boolean): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (russian) return /интерес\p{L}*\s+(?:только\s+)?$/iu.test(before);
  return /^['’]s?\s+(?:own\s+)?interests/iu.test(after) || /interests\s+of\s+(?:the\s+)?$/iu.test(before);
}

/** The claim, a rank of one party over the rest read as that party alone when that reading is altered. */
export function judgingPriorityOverAll(check: ClaimChecker, parties: Parties): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict === "altered" || verdict.verdict === "misattributed") return verdict;
    const again = aloneReading(text, parties);
    if (again === null) return verdict;
    const read = check(again);
    return read.verdict === "altered"
      ? { ...read, claim: verdict.claim, statement: verdict.statement }
      : verdict;
  };
}

/** The claim with its rank over the rest said as "alone" / «только»; null when it ranks no one party. */
function aloneReading(text: string, parties: Parties): string | null {
  const russian = /\p{Script=Cyrillic}/u.test(text);
  const over = (russian ? RUSSIAN_OVER_ALL : ENGLISH_OVER_ALL).exec(text);
  if (!over) return null;
  const mentions = partyMentions(parties, text.toLowerCase());
  if (new Set(mentions.map((m) => m.id)).size !== 1) return null;
  // The party is ranked, not the one doing the ranking: its interests ("Israel's interests", "the interests of
  // Israel", «интересы Израиля»), before the rank.
  const party = mentions[0]!;
  if (party.start > over.index || !rankedInterests(text, party.start, party.end, russian)) return null;
  const cut = `${text.slice(0, over.index)}${russian ? "" : "alone"}${text.slice(over.index + over[0].length)}`;
  if (!russian) return cut.replace(ENGLISH_PUT, "prioritizing");
  const put = RUSSIAN_PUT.exec(cut);
  const withOnly = `${cut.slice(0, party.start)}только ${cut.slice(party.start)}`;
  return put && put.index < party.start
    ? `${withOnly.slice(0, put.index)}ставить во главу угла${withOnly.slice(put.index + put[0].length)}`
    : withOnly;
}
