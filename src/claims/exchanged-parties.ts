// Two parties' attributes exchanged between the clauses of one sentence: the passage gives Russia long-standing ties
// with the Palestinians and common ground with Israel through the former Russian citizens living there; "Russia has
// long-standing ties with Israel, while the former Russian citizens living there bring it close to the Palestinians"
// (or «У России давние связи с Израилем, а с палестинцами её сближают бывшие российские граждане…») keeps every word
// and the two parties, each in the other's clause. Read as words, the claim was a paraphrase and a false claim
// confirmed (quality28, claims-blind43). Read here on the claim as typed against the passage's paragraph (for a
// Russian claim its translation): a party that stands in one clause of a passage sentence alone is that clause's
// party; a claim clause naming one such party whose other words belong, plainly more than its own clause's, to the
// clause of the other party, and the other way round for a second claim clause, has them exchanged: "actor".
import type { ClaimChange } from "./types.js";

/** The parties whose clauses can be told apart, by the stems of their names, adjectives, peoples and voices. */
const PARTIES: [string, RegExp][] = [
  ["israel", /^(?:israel|израил|израильт)/],
  ["palestinians", /^(?:palestin|палестин|hamas|хамас)/],
  ["us", /^(?:us$|usa$|america|washington|сша$|америк|американ|вашингтон)/],
  ["russia", /^(?:russia|moscow|kremlin|росси|москв|кремл|рф$)/],
  ["turkey", /^(?:turk|erdogan|турц|турецк|турк|эрдоган)/],
];

/** Words that open a clause of their own: the passage's "While …, it also …", the claim's «…, а …». */
const CLAUSE_OPENERS = new Set([
  "while",
  "whereas",
  "but",
  "although",
  "though",
  "yet",
  "а",
  "но",
  "хотя",
  "однако",
  "зато",
]);

/** Words too common to tell two clauses apart. */
const STOP = new Set([
  "with",
  "that",
  "this",
  "have",
  "also",
  "their",
  "them",
  "from",
  "there",
  "were",
  "been",
  "into",
  "which",
  "including",
  "both",
  "есть",
  "него",
  "также",
  "своих",
  "свои",
  "который",
  "которые",
  "включая",
  "между",
  "этого",
]);

/** Two words of a clause this alike are one word: their first four letters ("давние"/"давно", "связи"/"связана"). */
const stem = (word: string) => word.slice(0, 4);

const partyOf = (word: string) => PARTIES.find(([, re]) => re.test(word))?.[0] ?? null;

interface Clause {
  parties: Set<string>;
  stems: Set<string>;
  /** The party words as written, by party. */
  written: Map<string, string>;
}

/** A sentence's clauses; a clause naming no party belongs with the one before it ("…, living there"), as does one
 * naming only its parties ("…, including Hamas"). */
function clausesOf(sentence: string): Clause[] {
  const out: Clause[] = [];
  for (const piece of sentence
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[,;:—–()]+/u)) {
    const words = piece.match(/\p{L}+/gu) ?? [];
    const parts: string[][] = [[]];
    for (const w of words) {
      if (CLAUSE_OPENERS.has(w) && parts.at(-1)!.length > 0) parts.push([]);
      parts.at(-1)!.push(w);
    }
    for (const part of parts) {
      const clause: Clause = { parties: new Set(), stems: new Set(), written: new Map() };
      for (const w of part) {
        const party = partyOf(w);
        if (party) {
          clause.parties.add(party);
          if (!clause.written.has(party)) clause.written.set(party, w);
        } else if (w.length >= 4 && !STOP.has(w)) clause.stems.add(stem(w));
      }
      const last = out.at(-1);
      // "…, including Hamas": a clause naming only parties of the one before goes on with it.
      const goesOn = last !== undefined && [...clause.parties].every((p) => last.parties.has(p));
      if (goesOn) for (const s of clause.stems) last.stems.add(s);
      else out.push(clause);
    }
  }
  return out;
}

const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((s) => b.has(s)).length;

/** Words both exchanged claim clauses share with the other party's clause, together (each shares one at least, and
 * more than with its own party's clause). */
const MIN_SHARED = 3;

/** ownedClauses by sentence: the passages are the article's, read again for every claim near them. */
const ownedBySentence = new Map<string, { party: string; clause: Clause }[]>();
/** More sentences than the article has: a new Map then (a caller passing other text cannot grow it for ever). */
const MAX_SENTENCES = 256;

/** The passage's clauses with the one party each alone names, in one sentence (read once per sentence). */
function ownedClauses(sentence: string): { party: string; clause: Clause }[] {
  let owned = ownedBySentence.get(sentence);
  if (owned === undefined) {
    if (ownedBySentence.size >= MAX_SENTENCES) ownedBySentence.clear();
    owned = readOwnedClauses(sentence);
    ownedBySentence.set(sentence, owned);
  }
  return owned;
}

function readOwnedClauses(sentence: string): { party: string; clause: Clause }[] {
  const clauses = clausesOf(sentence);
  const count = new Map<string, number>();
  for (const c of clauses) for (const p of c.parties) count.set(p, (count.get(p) ?? 0) + 1);
  const owned: { party: string; clause: Clause }[] = [];
  for (const clause of clauses) {
    const own = [...clause.parties].filter((p) => count.get(p) === 1);
    if (own.length === 1) owned.push({ party: own[0]!, clause });
  }
  return owned;
}

/** The claim's two clauses whose parties the passage's sentence has the other way round, or null. */
export function exchangedParties(text: string, paragraph: string): ClaimChange | null {
  const claim = clausesOf(text);
  if (claim.length < 2) return null;
  for (const sentence of paragraph.split(/(?<=[.!?])\s+/u)) {
    const owned = ownedClauses(sentence);
    if (owned.length < 2) continue;
    const ownedParties = new Set(owned.map((o) => o.party));
    /** claim party → the party whose clause its words belong to. */
    const moved = new Map<string, { to: string; written: string; article: string; shared: number }>();
    for (const c of claim) {
      const own = [...c.parties].filter((p) => ownedParties.has(p));
      if (own.length !== 1) continue;
      const party = own[0]!;
      const home = owned.find((o) => o.party === party)!;
      const best = owned
        .map((o) => ({ o, shared: overlap(c.stems, o.clause.stems) }))
        .sort((a, b) => b.shared - a.shared)[0]!;
      if (best.o.party === party || best.shared < 1) continue;
      if (best.shared <= overlap(c.stems, home.clause.stems)) continue;
      moved.set(party, {
        to: best.o.party,
        written: c.written.get(party) ?? party,
        article: best.o.clause.written.get(best.o.party) ?? best.o.party,
        shared: best.shared,
      });
    }
    for (const [party, m] of moved) {
      const back = moved.get(m.to);
      if (back?.to === party && m.shared + back.shared >= MIN_SHARED)
        return { kind: "actor", claimed: m.written, article: m.article };
    }
  }
  return null;
}
