// A noun of the passage swapped for another: "the number of former Russian visitors residing there" of "… former
// Russian citizens …", "the interests of investors" of "the interests of Palestinians". Who or what a passage
// speaks of is its detail; a claim naming someone else is not a paraphrase of it.
import type { Token } from "../answering/lexicon.js";
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import { CAUSE_LINK } from "./replaced-words.js";
import type { ClaimChange } from "./types.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/** Small words a noun follows: a determiner or a preposition ("the", "of", "over"), never a subject. */
const NOUN_OPENERS = new Set([
  "of",
  "the",
  "a",
  "an",
  "over",
  "for",
  "with",
  "among",
  "about",
  "between",
  "their",
  "its",
  "his",
  "her",
  "our",
  "all",
  "many",
  "some",
]);
/** Russian prepositions a noun follows ("среди туристов", "для палестинцев"). */
const RUSSIAN_OPENERS = new Set(["среди", "для", "из", "у", "о", "об", "с", "со", "между", "от", "к", "по"]);
/** Russian adjective and participle endings: a word qualifying another ("мирных", "бывших", "живущих"). */
const RUSSIAN_QUALIFIER = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю|ыми|ими)$/u;
/** Russian verb forms: no named thing ("учесть", "живут", "выразил"). */
const RUSSIAN_VERB = /(?:ть|ти|ет|ит|ют|ят|ут|ал|ил|ла|ли|ся|сь)$/u;

/** How a language marks the words around a noun. */
export interface NounGrammar {
  /** A word qualifying another, skipped on the way to the passage's noun. */
  qualifier(w: Word): boolean;
  /** A word that cannot name a thing (a verb form, an adverb). */
  notNoun(last: string): boolean;
  openers: ReadonlySet<string>;
  /** A passage phrase's last noun is read as swapped (English; Russian phrases hold nouns in any case). */
  phraseTail: boolean;
  /**
   * A noun right after a noun names whose it is ("интересы палестинцев"): Russian's genitive, no small word. Else
   * a noun right after a qualifying word both share ("civilian tourists" of "civilian casualties").
   */
  genitiveChain: boolean;
}

export function englishNouns(vocabulary: ClaimVocabulary): NounGrammar {
  return {
    qualifier: (w) => vocabulary.adjective(w),
    notNoun: (last) => /(?:ing|ed|ly)$/.test(last),
    openers: NOUN_OPENERS,
    phraseTail: true,
    genitiveChain: false,
  };
}

export const RUSSIAN_NOUNS: NounGrammar = {
  qualifier: (w) => RUSSIAN_QUALIFIER.test(w.surface.split(" ").at(-1) ?? ""),
  notNoun: (last) => RUSSIAN_VERB.test(last) || RUSSIAN_QUALIFIER.test(last) || /о$/u.test(last),
  openers: RUSSIAN_OPENERS,
  phraseTail: false,
  genitiveChain: true,
};

/** How far (in tokens) the passage's noun may stand from the word both line up with. */
const REACH = 4;

/**
 * The claim's word nothing in the passage backs stands where a noun slot opens (after "of", "the", a name or a
 * qualifying word), right after a word that lines up; the passage has, in the same place after that word, a
 * noun of its own that nothing in the claim lines up with and that shares no sense with the claim's word. The
 * claim names another thing than the passage: replaced. Gerunds ("for hogging peace efforts") and words
 * qualifying another (WordNet adjectives) are rewordings, not a named thing, and are left alone.
 */
export function replacedNoun(
  pairs: Pair[],
  spanWords: Word[],
  claimTokens: Token[],
  spanTokensOf: () => Token[],
  vocabulary: ClaimVocabulary,
  grammar: NounGrammar = englishNouns(vocabulary),
): ClaimChange | null {
  const lined = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  let read: Token[] | null = null;
  const spanTokens = () => {
    read ??= spanTokensOf();
    return read;
  };
  for (const [k, p] of pairs.entries()) {
    const c = p.claim;
    if (p.span || c.weight === 0 || c.entity || c.negated || c.at < 0 || !nounLike(c, grammar)) continue;
    // "because" is no noun put in the place of the passage's (claims35: "blames America because its policy …").
    if (CAUSE_LINK.has(c.surface.toLowerCase())) continue;
    const before = pairs
      .slice(0, k)
      .reverse()
      // A name qualifies the noun ("Israeli tourists") and may line up out of place: the anchor is no name.
      .find((q) => q.claim.weight > 0 && !q.claim.entity);
    if (!before?.span || before.flipped) continue;
    const anchor = before.span;
    if (c.at === before.claim.at + 1 && backedPhrase(before.claim, c, anchor, spanWords, vocabulary))
      continue;
    // The passage's phrase the anchor lines up with goes on with a noun the claim leaves out: "former Russian
    // visitors" against "former Russian citizens".
    const tail = grammar.phraseTail && anchor.parts.length > 1 ? anchor.surface.split(" ").at(-1)! : null;
    if (
      tail &&
      c.at === before.claim.at + 1 &&
      !before.claim.surface.split(" ").includes(tail) &&
      !before.claim.parts.includes(anchor.parts.at(-1)!)
    ) {
      const article = { ...anchor, surface: tail, term: anchor.parts.at(-1)!, parts: [anchor.parts.at(-1)!] };
      if (differs(c, article, pairs, vocabulary))
        return { kind: "replaced", claimed: c.surface, article: tail };
      continue;
    }
    // Right after a qualifying word both share ("civilian tourists" of "civilian casualties"), or after a small
    // word a noun follows ("number of Israeli soldiers" of "number of former Russian citizens").
    const qualified =
      c.at === before.claim.at + 1 &&
      (grammar.genitiveChain ? !grammar.qualifier(anchor) : grammar.qualifier(anchor));
    const opener = qualified ? null : nounOpener(claimTokens, c.at, before.claim.at, grammar.openers);
    if (!qualified && opener === null) continue;
    const from = spanWords.indexOf(anchor);
    // The passage's first word after the anchor that is no qualifying word ("former Russian citizens").
    const next = spanWords.slice(from + 1).find((w) => w.weight > 0 && (w.entity || !grammar.qualifier(w)));
    if (!next || next.at - anchor.at > REACH || lined.has(next) || !nounLike(next, grammar)) continue;
    // The same small word opens both ("interests of investors", "interests of Palestinians").
    if (
      qualified
        ? next.at !== anchor.at + 1
        : nounOpener(spanTokens(), next.at, anchor.at, grammar.openers) !== opener
    )
      continue;
    if (differs(c, next, pairs, vocabulary))
      return { kind: "replaced", claimed: c.surface, article: next.surface };
  }
  return null;
}

/**
 * The noun closes a phrase with the word before it that the knowledge base reads as one ("negotiating table":
 * negotiations), and the passage has that concept: an idiom's tail, not a swapped noun.
 */
function backedPhrase(
  prior: Word,
  c: Word,
  anchor: Word,
  spanWords: Word[],
  vocabulary: ClaimVocabulary,
): boolean {
  const words = prior.surface.split(" ");
  for (let n = 1; n <= Math.min(3, words.length); n++) {
    const term = vocabulary.phraseTermOf(`${words.slice(-n).join(" ")} ${c.surface}`);
    if (term !== null && (term === anchor.term || spanWords.some((w) => w.term === term))) return true;
  }
  return false;
}

/** No synonym, and the claim does not keep the passage's word elsewhere (a reordering, not a swap). */
function differs(c: Word, article: Word, pairs: Pair[], vocabulary: ClaimVocabulary): boolean {
  if (article.term === c.term || vocabulary.synonym(c, article) || vocabulary.synonym(article, c))
    return false;
  return !pairs.some((q) => q.claim.term === article.term || q.claim.parts.includes(article.term));
}

/** A word that can name a thing: no gerund, past form or adverb ("hogging", "voiced", "partly"), no adjective of the passage's. */
function nounLike(w: Word, grammar: NounGrammar): boolean {
  const last = w.surface.split(" ").at(-1) ?? "";
  return !grammar.notNoun(last) && !grammar.qualifier(w) && /^\p{L}{3,}$/u.test(last);
}

/**
 * The last small word between the anchor (at `anchorAt`) and the word at `at`, when it is one a noun follows:
 * "of" in "number of Israeli tourists" and in "number of former Russian citizens"; else null.
 */
function nounOpener(
  tokens: Token[],
  at: number,
  anchorAt: number,
  openers: ReadonlySet<string>,
): string | null {
  if (at - anchorAt < 2) return null;
  const opener = tokens
    .slice(anchorAt + 1, at)
    .filter((t) => t.role === "stop")
    .at(-1)
    ?.surface.toLowerCase();
  return opener !== undefined && openers.has(opener) ? opener : null;
}
