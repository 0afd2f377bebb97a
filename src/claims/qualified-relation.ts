// A relation's qualifier put on another party (claims46): "Russia has long-standing ties with Israel", «У России
// давние связи с Израилем». The article gives the long-standing ties to the Palestinians, Hamas included (¶5); with
// Israel it names common ground (the former Russian citizens there). The Russian claim lined up with ¶5's first
// sentence, Moscow's "relationships with both Israelis and Palestinians", where «давние» found nothing to differ from,
// and read as in other words. Here a confirmed claim (or one not in the article, of the same holder) whose relation carries a qualifier of a kind (long-standing,
// close, historic; давние, тесные, исторические) that some article sentence gives one relation, and whose parties
// after the qualifier include one that sentence's relation is not with, is altered against that sentence: an actor
// change, the claimed party for the article's. Never confirms; a sentence without the qualifier's kind changes nothing
// ("close ties with Israel" is left to the other readings). Every pattern is bounded: word lists, no nested repetition.
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { alteredAtSentence, type Sentence } from "./contrary-deed.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import { confirms } from "./verdict.js";

/** Qualifiers of a relation by kind, English and Russian: one kind is compared with the same kind only. */
const QUALIFIERS: readonly [kind: string, pattern: RegExp][] = [
  [
    "long",
    /(?<!\p{L})(?:long-standing|longstanding|long-time|longtime|long-lasting|decades-old|age-old|old|historic|historical|traditional|давн\p{L}*|давнишн\p{L}*|многолетн\p{L}*|долголетн\p{L}*|историческ\p{L}*|традиционн\p{L}*|старинн\p{L}*|стар\p{L}{2})(?!\p{L})/u,
  ],
  ["close", /(?<!\p{L})(?:close|closer|closest|tight|intimate|тесн\p{L}*|близк\p{L}*|крепк\p{L}*)(?!\p{L})/u],
];

const ALL_OF = new Map(QUALIFIERS.map(([, p]) => [p, new RegExp(p.source, "gu")]));

/** The relation the qualifier must stand before (up to two words between): ties, relations, связи, отношения. */
const RELATION =
  /^(?:\s+\p{L}+){0,2}?\s+(?:ties|relations|relationships?|links|bonds|contacts|connections|friendship|партнерств\p{L}*|партнёрств\p{L}*|связ\p{L}*|отношени\p{L}*|контакт\p{L}*|дружб\p{L}*)(?!\p{L})/u;

/** Where the relation's own clause ends: "…with the Palestinians, including Hamas, it also shares…", "… (Hamas
 * included) but also has common ground with Israel" (claims-blind15 #27). */
const CLAUSE_END =
  /;|\s[—–-]\s|,\s+(?:it|he|she|they|and|и|она|он|они)(?!\p{L})|(?<!\p{L})(?:but|while|whereas|though|although|yet|also|а|но|хотя|также)(?!\p{L})/u;

interface Qualified {
  kind: string;
  /** The parties before the qualifier: the relation's holder. */
  holders: Set<string>;
  /** The parties after it, in its clause: whom the relation is with. */
  with: Set<string>;
}

/** Each qualified relation of `text` (lowercase): its kind, its holder's parties and the parties it is with. */
function qualifiedIn(text: string, parties: Parties): Qualified[] {
  const out: Qualified[] = [];
  for (const [kind, pattern] of QUALIFIERS) {
    if (!pattern.test(text)) continue;
    const m = [...text.matchAll(ALL_OF.get(pattern)!)].find((q) =>
      RELATION.test(text.slice(q.index + q[0].length)),
    );
    if (!m) continue;
    const after = m.index + m[0].length;
    const end = CLAUSE_END.exec(text.slice(after));
    const until = end ? after + end.index : text.length;
    const mentions = partyMentions(parties, text);
    out.push({
      kind,
      holders: new Set(mentions.filter((p) => p.end <= m.index).map((p) => p.id)),
      with: new Set(mentions.filter((p) => p.start >= after && p.end <= until).map((p) => p.id)),
    });
  }
  return out;
}

/** The checker, a confirmed claim putting a relation's qualifier on a party the article's relation is not with, altered. */
export function judgingQualifiedRelation(
  check: ClaimChecker,
  sentences: readonly Sentence[],
  parties: Parties,
): ClaimChecker {
  // The article's qualified relations, read once: each with its sentence.
  const article = sentences.flatMap((sentence) =>
    qualifiedIn(sentence.text.toLowerCase(), parties)
      .filter((q) => q.with.size > 0)
      .map((q) => ({ q, sentence })),
  );
  return (text) => {
    const verdict = check(text);
    const confirmed = confirms(verdict.verdict);
    if (!(confirmed || verdict.verdict === "not-in-article") || text.length > 300) return verdict;
    for (const claimed of qualifiedIn(text.toLowerCase().replace(/ё/gu, "е"), parties)) {
      // Not in the article: only a relation of the article's own holder ("У Москвы многолетние связи с …").
      const same = article.filter(
        (a) =>
          a.q.kind === claimed.kind && (confirmed || [...claimed.holders].some((h) => a.q.holders.has(h))),
      );
      if (same.length === 0) continue;
      // The holder's own side is no party it is with ("the Russian government … with Russia" is not asked here).
      const others = [...claimed.with].filter((id) => !same.some((a) => a.q.holders.has(id)));
      const outside = others.find((id) => !same.some((a) => a.q.with.has(id)));
      if (outside === undefined) continue;
      const { q, sentence } = same[0]!;
      return swapped(verdict, sentence, outside, [...q.with][0]!, /\p{Script=Cyrillic}/u.test(text));
    }
    return verdict;
  };
}

function swapped(
  verdict: ClaimVerdict,
  sentence: Sentence,
  claimed: string,
  article: string,
  russian: boolean,
): ClaimVerdict {
  return {
    ...alteredAtSentence(verdict, sentence, russian),
    changes: [{ kind: "actor", claimed, article }],
    unbacked: [...new Set([...verdict.unbacked, claimed])],
  };
}
