// A name the passage has after a deed made the doer of it: "Israel has long-standing ties with the Palestinians"
// of "the Russian government has long-standing ties with the Palestinians, …, it also shares common ground with
// Israel". Every word lines up (Israel is in the passage), so the claim read as a paraphrase; the passage gives the
// deed to another actor, named before it. In Russian, word order says little of who does what: read only when the
// name opens the statement in the nominative ("Израиль имеет давние связи с палестинцами" of "у российского
// правительства есть давние связи …"), see `russianSubjectFromObject`.
import { sameActorOrTerm } from "./actors.js";
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import { partiesIn } from "./parties.js";
import type { ClaimChange } from "./types.js";

/** Tokens at most between the claim's subject and its deed ("Israel has long-standing ties", "Israel was a part"). */
const NEAR = 3;

/**
 * The claim opens with a name lined up with a passage word that stands after the passage's word for the claim's
 * deed, and the passage names another actor before that deed: "actor", the claim's name and the passage's doer.
 * A possessive subject ("Palestinians' aspirations") owns its noun, it does nothing.
 */
export function subjectFromObject(
  pairs: Pair[],
  spanWords: Word[],
  text: string,
  /** The speaker the claim names in its frame ("Putin did say that …"): the deed is theirs to report. */
  speaker: string | null,
  /** Where a comma aside after the subject ends ("Israel, for its part, keeps …"): its tokens, -1 for none. */
  asideEnd = -1,
): ClaimChange | null {
  // A passive names its doer after "by" ("Washington is criticized by Putin"): roles.ts reads it.
  if (/\p{Script=Cyrillic}/u.test(text) || /\sby\s/i.test(text)) return null;
  return movedSubject(pairs, spanWords, text, speaker, asideEnd);
}

/**
 * The Russian reading: the claim's first word is the name (no preposition or case-governing word before it, so
 * it stands in the nominative, the subject's case) and it is written as a name's nominative ends: not "-ом",
 * "-ем", "-ами", "-ой" (instrumental), which a sentence may open with ("Израилем …" is no subject).
 */
export function russianSubjectFromObject(
  pairs: Pair[],
  spanWords: Word[],
  statement: string,
  speaker: string | null,
  /** The translation's words before the clause the claim met ("Москва стремится …" before "подчёркивая …"). */
  lead: Word[] = [],
): ClaimChange | null {
  // "У палестинцев давние связи с Израилем": the possessor after an opening "у" is who has the ties.
  const opening = /^\s*[«"„“]?(?:у\s+)?(\p{L}+)/iu.exec(statement);
  const first = opening?.[1]?.toLowerCase();
  const possessor = opening !== null && /^\s*[«"„“]?у\s/iu.test(statement);
  const subject = pairs.find((p) => p.claim.weight > 0 || p.span !== null);
  if (!first || !subject || subject.claim.surface.toLowerCase() !== first) return null;
  if (!possessor && /(?:ом|ем|ём|ами|ями|ой|ей|у|ю)$/u.test(first)) return null;
  // A passive ("… критикуется Путиным") names its doer in the instrumental: not read.
  if (
    /(?:ся|сь)\s/u.test(statement) ||
    /\s(?:был[аио]?|будет)\s+\p{L}+(?:ан|ен|ён|ят|ит)[аоы]?\s/u.test(statement) ||
    // (claims-r2-38) «Вашингтон раскритикован Путиным»: a short participle, its doer in the instrumental.
    /\s\p{L}+(?:ан|ян|ен|ён)[аоы]?\s+\p{L}+(?:ом|ем|ём|ым|им)(?!\p{L})/u.test(statement)
  )
    return null;
  // A people of the conflict ("палестинцы") is an actor though no translation writes it with a capital.
  const party = partiesIn(first).size > 0;
  const read = party
    ? pairs.map((p) => (p === subject ? { ...p, claim: { ...p.claim, entity: true } } : p))
    : pairs;
  return (
    movedSubject(read, spanWords, statement, speaker, -1) ??
    (lead.length > 0 ? movedSubject(read, [...lead, ...spanWords], statement, speaker, -1) : null)
  );
}

/** "<subject>'s" / "<subjects>'" as a pattern, built once per subject (escaped surface) seen; cleared past 500. */
const POSSESSIVE = new Map<string, RegExp>();
function possessiveOf(surface: string): RegExp {
  let re = POSSESSIVE.get(surface);
  if (!re) {
    if (POSSESSIVE.size > 500) POSSESSIVE.clear();
    re = new RegExp(`${surface}(?:['’]s?|s['’])(?=\\s)`, "iu");
    POSSESSIVE.set(surface, re);
  }
  return re;
}

function movedSubject(
  pairs: Pair[],
  spanWords: Word[],
  text: string,
  speaker: string | null,
  asideEnd: number,
): ClaimChange | null {
  const weighted = pairs.filter((p) => p.claim.weight > 0 || p.span !== null);
  const subject = weighted[0];
  if (!subject?.claim.entity || subject.claim.negated) return null;
  const surface = subject.claim.surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (possessiveOf(surface).test(text)) return null;
  // The deed: the first word after the subject (and its aside) the passage backs; a word of the claim's own
  // before it ("keeps" for "has") is read past, a name is not.
  const from = Math.max(subject.claim.at, asideEnd - 1);
  const deed = weighted.slice(1).find((p) => p.claim.entity || (p.span !== null && p.claim.at > from));
  if (!deed?.span || deed.claim.entity || deed.flipped || deed.claim.at - from > NEAR) return null;
  // Not in the passage at all, or there only after the deed.
  const s = subject.span ? spanWords.indexOf(subject.span) : Number.POSITIVE_INFINITY;
  const v = spanWords.indexOf(deed.span);
  if (v < 0 || s <= v) return null;
  // The subject's own name before the deed too ("Russia … Russian"): it may be the doer all the same.
  if (spanWords.slice(0, v).some((w) => sameActorOrTerm(w.term, subject.claim.term))) return null;
  const doer = spanWords
    .slice(0, v)
    .findLast((w) => w.entity && !sameActorOrTerm(w.term, subject.claim.term));
  if (!doer || (speaker !== null && sameActorOrTerm(doer.term, speaker))) return null;
  return { kind: "actor", claimed: subject.claim.surface, article: doer.surface };
}
