// A party the article names in one sentence only ("Alongside the US, the United Nations, and the European Union,
// Russia has been part of the Quartet …"): asked about as such — its role, what the article says of it, whether
// it is mentioned ("какова роль ЕС?", "а ООН какую роль играет?", "what role does the EU play?", "US, UN, EU и
// Russia — что их объединяет?") — the answer is that sentence's entry, not a near entry that shares a word
// ("role" → the Kremlin's role) nor "the article gives no other leaders' views" (the EU says nothing, but is named).
import { type Entry, foldForMatch, type KnowledgeBase } from "../knowledge/index.js";
import type { Analysis, Lexicon } from "./lexicon.js";
import type { Ranked } from "./ranker.js";

/** Words that ask about a party as such, in both alphabets (a Russian question may say "role" or "роль"). */
const ABOUT_PARTY_WORDS = [
  "роль участие участвует играет играть делает делать упоминается упомянут упоминание объединяет связывает место",
  "role part involvement involved play plays mention mentioned mentions unites connects",
].join(" ");

interface Mentions {
  /** The content terms of the words above. */
  aboutTerms: Set<string>;
  /** Per article sentence (folded English), the content terms of the quotes in it, both languages read. */
  sentenceTerms: Map<string, Set<string>>;
  /** Per article sentence, the entries quoting it. */
  entriesOf: Map<string, Entry[]>;
}

export class SoleMentions {
  private built: Mentions | undefined;

  /** `view`: the knowledge base as the reader sees it (quotes translated); `kb`: the original. */
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly view: KnowledgeBase,
    private readonly lexicon: Lexicon,
  ) {}

  /**
   * `ranked` with the entry of the one sentence naming every party asked put first, when the question asks about
   * those parties as such: every other word asks about a party (role, mention), none is made a speaker ("что
   * говорит ООН" asks for its words: the article gives none), and that sentence is the only one naming them all.
   */
  prefer(analysis: Analysis, ranked: Ranked[], floor: number): Ranked[] {
    if (ranked.length === 0 || analysis.unknown.length > 0 || analysis.slotSubjects.length > 0) return ranked;
    const named = analysis.content.filter((t) => t.startsWith("=") || t.startsWith("@"));
    if (named.length === 0) return ranked;
    const m = this.mentions();
    const asksAbout = analysis.content.some((t) => m.aboutTerms.has(t));
    const parties = named.filter((t) => !m.aboutTerms.has(t));
    if (parties.length === 0 || analysis.content.some((t) => !parties.includes(t) && !m.aboutTerms.has(t)))
      return ranked;
    // Without a word of role or mention, only "what does the article say about X" (X a topic) asks about X as such.
    if (!asksAbout && !parties.every((t) => analysis.topics.includes(t))) return ranked;
    const sentence = soleSentenceNaming(m.sentenceTerms, parties);
    if (sentence === undefined) return ranked;
    const holders = new Set(m.entriesOf.get(sentence) ?? []);
    const best = ranked.find((r) => holders.has(this.kb.entryById.get(r.entry.id) ?? r.entry));
    if (!best) return ranked;
    const score = Math.max(ranked[0]!.score, floor);
    // Already first ("компромиссы упоминаются?"), but below an answer: the one sentence naming it answers it too.
    if (best === ranked[0])
      return score === best.score ? ranked : [{ entry: best.entry, score }, ...ranked.slice(1)];
    return [{ entry: best.entry, score }, ...ranked.filter((r) => r !== best)];
  }

  private mentions(): Mentions {
    if (this.built) return this.built;
    const aboutTerms = new Set(this.lexicon.analyse(ABOUT_PARTY_WORDS).content);
    const sentences = sentencesOf(this.kb.article.text);
    const sentenceTerms = new Map<string, Set<string>>();
    const entriesOf = new Map<string, Entry[]>();
    for (const entry of this.kb.entries) {
      const local = this.view.entryById.get(entry.id) ?? entry;
      entry.quotes.forEach((quote, i) => {
        const text = foldForMatch(quote.text);
        const sentence = sentences.find((s) => s.includes(text) || text.includes(s));
        if (sentence === undefined) return;
        const terms = sentenceTerms.get(sentence) ?? new Set<string>();
        for (const read of new Set([quote.text, local.quotes[i]?.text ?? quote.text]))
          for (const t of this.lexicon.analyse(read).content) terms.add(t);
        sentenceTerms.set(sentence, terms);
        const holders = entriesOf.get(sentence) ?? [];
        if (!holders.includes(entry)) holders.push(entry);
        entriesOf.set(sentence, holders);
      });
    }
    this.built = { aboutTerms, sentenceTerms, entriesOf };
    return this.built;
  }
}

function sentencesOf(text: string): string[] {
  return foldForMatch(text)
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.length > 0);
}

/**
 * The one sentence whose terms hold every party, or undefined when none or several do: the sentences of
 * [...sentenceTerms].filter(…) when exactly one, without the copy of every pair (perf36b).
 */
export function soleSentenceNaming(
  sentenceTerms: ReadonlyMap<string, ReadonlySet<string>>,
  parties: readonly string[],
): string | undefined {
  let found: string | undefined;
  for (const sentence of sentenceTerms.keys()) {
    const terms = sentenceTerms.get(sentence)!;
    if (!parties.every((t) => terms.has(t))) continue;
    if (found !== undefined) return undefined;
    found = sentence;
  }
  return found;
}
