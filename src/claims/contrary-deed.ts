// A deed of the article turned into its contrary in words that share nothing with it: "Washington walked away from
// the peace efforts" of "monopolizing peace efforts", "US policy paid too much attention to the Palestinians'
// aspirations" of a policy that "overlooked" them, "Putin met Erdogan in person" of "a phone call", "the Kremlin
// wants to run the settlement on its own" of "seeks to assist in finding a settlement", "с прекращением огня можно
// не торопиться" of "the urgent need for an immediate ceasefire". The contrary words line up with nothing, so the
// claim fell short of its passage ("not in the article"), though it names the passage's actors and things and says
// the other way round what the passage says of them. A claim read as not in the article is read again here: when
// it holds a contrary of a deed a sentence of the article states, and shares two more words at least with that
// sentence (names, things: the anchor that it speaks of the same deed), it is altered. Only a "not in the article"
// verdict is ever changed, and only to "altered": no claim is confirmed by this reader.
// The table of deeds and contraries is knowledge/contrary-deeds.json (contrary-deed-file.ts); this is the reader.
import type { Contrary } from "./contrary-deed-file.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import type { ArticleIndex } from "./units.js";
import { voiceOf } from "./verdict.js";

/** Words that name nothing by themselves: they anchor no claim to a sentence. */
const EMPTY = new Set(
  (
    "that this with from have been being their them they there what when where which would could should about " +
    "said says told tells also only into onto upon than then just even ever very much more most other others " +
    "что это этот эта эти того тому чтобы было были быть также очень сказал сказала заявил заявила считает"
  ).split(" "),
);

/** A sentence of the article, where it stands, and its Russian translation when the knowledge base has one. */
export interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  russian: string;
}

/** The verdict read altered at one sentence of the article: its span, and its translation for a Russian claim. */
export function alteredAtSentence(verdict: ClaimVerdict, sentence: Sentence, russian: boolean): ClaimVerdict {
  return {
    ...verdict,
    verdict: "altered",
    exact: null,
    span: { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end, text: sentence.text },
    translation: russian && sentence.russian !== "" ? sentence.russian : verdict.translation,
  };
}

/** The article's sentences, each with the translations of the quotes it holds. */
export function articleSentences(
  paragraphs: readonly string[],
  translations: ReadonlyMap<string, string>,
  fold: (text: string) => string,
): Sentence[] {
  const out: Sentence[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    for (const m of paragraph.matchAll(/[^.!?]+[.!?]*/gu)) {
      const text = m[0].trim();
      if (text === "") continue;
      const start = m.index + m[0].indexOf(text);
      const folded = fold(text);
      const russian = [...translations]
        .filter(([key]) => folded.includes(key) || key.includes(folded))
        .map(([, ru]) => ru)
        .join(" ");
      out.push({ paragraph: i + 1, start, end: start + text.length, text, russian });
    }
  }
  return out;
}

/**
 * Whether the claim's words outside its contrary (four letters or more, naming something) that the sentence has
 * (sameHead) are enough: the row's minShared of them (two unless the row says: its actor and what the deed is about), one a thing the sentence
 * writes in lower case (the peace efforts, a settlement, the ceasefire), not names alone ("Putin and Erdogan agreed
 * to meet" is news). A word of the row's anchors (the deed's matter in words the sentence lacks: "the conflict" of
 * "a lasting resolution", "сблизилась" of "точки соприкосновения") counts as a thing shared.
 */
function anchored(claim: string, sentence: string, contrary: RegExpExecArray, row: Contrary): boolean {
  const words = new Map<string, boolean>();
  for (const w of sentence.match(/\p{L}+/gu) ?? []) {
    if (w.length < 4) continue;
    const lower = w.toLowerCase();
    words.set(lower, words.get(lower) === true || !/^\p{Lu}/u.test(w));
  }
  const outside = `${claim.slice(0, contrary.index)} ${claim.slice(contrary.index + contrary[0].length)}`;
  const seen = new Set<string>();
  let thing = false;
  for (const w of outside.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (w.length < 4 || EMPTY.has(w)) continue;
    for (const [word, lower] of words) {
      if (!sameHead(w, word)) continue;
      seen.add(w);
      thing ||= lower;
    }
  }
  for (const m of row.anchors ? outside.matchAll(row.anchors) : []) {
    seen.add(m[0].replace(/^[^\p{L}]/u, "").toLowerCase());
    thing = true;
  }
  return seen.size >= row.minShared && thing;
}

/**
 * Two words of one stem: their first five letters, or all the shorter word's letters but its last ("side" and
 * "sides", "party" and "parties", "Россия" and "России").
 */
export function sameHead(a: string, b: string): boolean {
  const n = Math.min(5, Math.min(a.length, b.length) - 1);
  return a.slice(0, n) === b.slice(0, n);
}

/** The claim says the contrary of a deed a sentence states, and names enough of that sentence besides. */
export function contraryDeed(
  claim: string,
  sentences: readonly Sentence[],
  contraries: readonly Contrary[],
): { sentence: Sentence; claimed: string; article: string } | null {
  const russian = /\p{Script=Cyrillic}/u.test(claim);
  for (const c of contraries) {
    const said = c.claim.exec(claim);
    if (!said) continue;
    // The claim says the deed itself too: not its contrary alone.
    if (c.article.test(claim) || c.unless?.test(claim.slice(said.index))) continue;
    for (const s of sentences) {
      const text = russian ? s.russian : s.text;
      const deed = c.article.exec(text);
      if (!deed || !anchored(claim, text, said, c)) continue;
      return { sentence: s, claimed: said[0].trim(), article: deed[0] };
    }
  }
  return null;
}

/** The checker, a claim read as not in the article that says the contrary of a stated deed read as altered. */
export function judgingContraryDeed(
  check: ClaimChecker,
  sentences: readonly Sentence[],
  contraries: readonly Contrary[],
  sourcesOf: ArticleIndex["sourcesOf"],
): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict === "paraphrase")
      return contraryInPassage(verdict, text, sentences, contraries, sourcesOf);
    if (verdict.verdict !== "not-in-article") return verdict;
    const found = contraryDeed(text, sentences, contraries);
    return found ? altered(verdict, found, sourcesOf) : verdict;
  };
}

/**
 * (claims33) A paraphrase whose unbacked words are the contrary of the deed its own passage states: «упрекает
 * Вашингтон в недостаточном участии в мирных усилиях» of "monopolizing peace efforts" lined up on the rest and was
 * confirmed. Only the sentence holding the span is read, and the contrary must be among the words nothing backs.
 */
function contraryInPassage(
  verdict: ClaimVerdict,
  text: string,
  sentences: readonly Sentence[],
  contraries: readonly Contrary[],
  sourcesOf: ArticleIndex["sourcesOf"],
): ClaimVerdict {
  const span = verdict.span;
  if (span === null || verdict.unbacked.length === 0) return verdict;
  const own = sentences.filter(
    (s) => s.paragraph === span.paragraph && s.start <= span.start && span.end <= s.end,
  );
  const found = contraryDeed(text, own, contraries);
  if (!found) return verdict;
  const unbacked = new Set(verdict.unbacked.map((w) => w.toLowerCase()));
  const said = found.claimed.toLowerCase().match(/\p{L}+/gu) ?? [];
  return said.some((w) => unbacked.has(w)) ? altered(verdict, found, sourcesOf) : verdict;
}

function altered(
  verdict: ClaimVerdict,
  found: { sentence: Sentence; claimed: string; article: string },
  sourcesOf: ArticleIndex["sourcesOf"],
): ClaimVerdict {
  const { sentence } = found;
  const sources = sourcesOf(sentence.paragraph, sentence.start, sentence.end);
  return {
    ...verdict,
    verdict: "altered",
    exact: null,
    span: { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end, text: sentence.text },
    sources,
    voice: voiceOf(sources),
    changes: [...verdict.changes, { kind: "opposite", claimed: found.claimed, article: found.article }],
  };
}
