// Ranks entries for an analysed question. Each entry is a few bags of terms (its phrasings, its keywords and
// speakers, its answer and quotes); a question scores by how much of its weighted content an entry explains
// and how closely it matches one phrasing. Terms are weighted by rarity, and a term the knowledge base does
// not know weighs as much as the rarest one: "Putin and Biden" is mostly about Biden.
import type { Entry, KnowledgeBase } from "../knowledge/index.js";
import { type Analysis, type Lexicon, speakerTerm } from "./lexicon.js";
import { type IndexedEntry, indexEntries, restoreIndex, type SavedRanker } from "./ranker-index.js";
import { rankerWeights } from "./ranker-weights.js";
import type { Tuning } from "./tuning.js";

export interface Ranked {
  entry: Entry;
  /** In [0, 1]. */
  score: number;
}

/** Question words that ask for a detail a gap entry says is missing (which players, who answered, when, where). */
const DETAIL_WORDS = new Set(
  "which who whom whose how when where какой кто чей сколько когда где".split(" "),
);
/** Frame words asking the same ("does the ministry name them?"). */
const DETAIL_FRAMES =
  /^(?:name|names|named|naming|list|lists|listed|identify|identifies|identified|specify|specifies|specified|называ\p{L}*|назва\p{L}*|назов\p{L}*|перечисл\p{L}*|уточн\p{L}*)$/u;

/** Cues that make a question about what someone said or holds. */
const SPEAKER_CUES = new Set(["~say", "~think", "~want"]);

export class Ranker {
  private readonly indexed: IndexedEntry[];
  private readonly byId: Map<string, IndexedEntry>;
  private readonly idf: Map<string, number>;
  private readonly unknownWeight: number;
  /** The phrasings holding each term: a question's overlap with every phrasing in one pass over its terms. */
  private readonly postings: Map<string, number[]>;
  /** Per phrasing (by `at`), the weight of the question's terms it holds; refilled by each rank(). */
  private readonly overlaps: Float64Array;
  /**
   * Per phrasing (by `at`), its own weight (its terms' and cues'): the same for every question, so worked out at
   * load. A typed array, not a field of the phrasing: a double read from an object and passed on is a new heap
   * number per phrasing per question (kilobytes per question, so more young-generation collections in the tail).
   */
  private readonly totals: Float64Array;
  /** The question's terms' weights, by the term's place in `content`; refilled by each rank(). */
  private weights = new Float64Array(16);

  /** Each speaker's quoted words as terms (quotedTerms). */
  private readonly termsQuoted = new Map<string, Set<string>>();

  constructor(
    kb: KnowledgeBase,
    private readonly lexicon: Lexicon,
    private readonly tuning: Tuning,
    saved?: SavedRanker,
  ) {
    this.indexed = saved ? restoreIndex(kb, saved) : indexEntries(kb, lexicon);
    this.byId = new Map(this.indexed.map((e) => [e.entry.id, e]));
    const weights = rankerWeights(this.indexed, tuning);
    this.idf = weights.idf;
    this.unknownWeight = weights.unknownWeight;
    this.postings = weights.postings;
    this.totals = weights.totals;
    this.overlaps = new Float64Array(weights.phrasingCount);
  }

  /** The index as plain data, for `new Ranker(kb, lexicon, tuning, saved)` (insertion order kept). */
  save(): SavedRanker {
    return {
      entries: this.indexed.map((e) => ({
        id: e.entry.id,
        phrasings: e.phrasings.map((p) => ({ terms: [...p.terms], cues: [...p.cues] })),
        strong: [...e.strong],
        weak: [...e.weak],
        quotedSpeakers: [...e.quotedSpeakers],
      })),
    };
  }

  /** A term's weight: rarer is heavier; an unknown name weighs most, an unknown common word half as much. */
  weight(term: string, question?: Analysis): number {
    const idf = this.idf.get(term);
    if (idf !== undefined) return idf;
    if (question && !question.unknownNames.includes(term))
      return this.tuning.commonUnknownShare * this.unknownWeight;
    return this.unknownWeight;
  }

  /** Entries by score, best first; only those with any overlap. */
  rank(question: Analysis): Ranked[] {
    const content = question.content;
    if (content.length === 0) return [];
    // The terms' weights in a typed array kept between questions (an array of doubles is a new one per question).
    if (this.weights.length < content.length) this.weights = new Float64Array(content.length * 2);
    const weights = this.weights;
    let total = 0;
    for (let i = 0; i < content.length; i++) {
      weights[i] = this.weight(content[i]!, question);
      total += weights[i]!;
    }
    // "What did Putin say about…" wants Putin's words: entries that do not quote him fit less.
    const askedSpeakers = question.cues.some((c) => SPEAKER_CUES.has(c)) ? question.speakers : [];
    const askedWho = askedSpeakers.length === 0 && question.questionWords.length > 0;
    // Parties only talked about by a speaker the question asks ("did Putin say anything about Israel?").
    const talkedAbout = question.topics.filter((t) => !askedSpeakers.some((s) => t === speakerTerm(s)));
    // Several parties asked at once ("what did Putin say about Hamas and Israel"): one in his words makes the
    // question his, so none of them is a missing party's words (quality33).
    const partyAsTopic =
      talkedAbout.length < question.topics.length ||
      askedSpeakers.length === 0 ||
      !talkedAbout.some((t) => this.spokenOf(t, askedSpeakers))
        ? []
        : talkedAbout;
    // A party the knowledge base knows but no speaker ("=hamas", "=united_states") standing where a speaker does.
    const unquotedParties = question.slotSubjects.filter((t) => !t.startsWith("@") && this.idf.has(t));
    const unquotedParty = unquotedParties.length > 0;
    // A reply asked of such a party ("has Hamas responded…?") is that party's missing reply.
    const askedReply = unquotedParty && question.cues.includes("~react");
    // Each phrasing's overlap, summed in the order of the question's terms as one loop per phrasing would.
    const overlaps = this.overlaps.fill(0);
    for (let i = 0; i < content.length; i++) {
      const holders = this.postings.get(content[i]!);
      if (holders) for (const at of holders) overlaps[at]! += weights[i]!;
    }
    const out: Ranked[] = [];
    // The F1 of a phrasing: the question's weighted terms and cues (question words, frame classes) against its own.
    const totals = this.totals;
    const cueWeight = this.tuning.cueWeight;
    const cueTotal = total + cueWeight * question.cues.length;
    // Index loops and no arrow functions over `e`: a closure capturing the loop's entry is a context per entry.
    for (let k = 0; k < this.indexed.length; k++) {
      const e = this.indexed[k]!;
      let covered = 0;
      // Index loops, not entries(): this runs per entry per question, and entries() allocates a pair per term.
      for (let i = 0; i < content.length; i++) {
        const t = content[i]!;
        if (e.strong.has(t)) covered += weights[i]!;
        else if (e.weak.has(t)) covered += this.tuning.weakMatch * weights[i]!;
      }
      if (covered === 0) continue;
      const coverage = covered / total;
      let best = 0;
      // Written out here, not a method per phrasing: a call passes doubles in and out as new heap numbers.
      for (let j = 0; j < e.phrasings.length; j++) {
        const p = e.phrasings[j]!;
        let overlap = overlaps[p.at]!;
        if (overlap > 0) {
          for (let c = 0; c < question.cues.length; c++)
            if (p.cues.includes(question.cues[c]!)) overlap += cueWeight;
          const precision = overlap / cueTotal;
          const recall = overlap / totals[p.at]!;
          best = Math.max(best, (2 * precision * recall) / (precision + recall));
        }
      }
      let score = this.tuning.coverageShare * coverage + (1 - this.tuning.coverageShare) * best;
      if (askedSpeakers.length > 0 && !anyIn(askedSpeakers, e.quotedSpeakers)) {
        score -= this.tuning.speakerMismatchPenalty;
      } else if (askedWho && this.voicesOthers(e, question.speakers)) {
        // "What worries the Foreign Ministry?" with no saying word still names whose view it wants. (A yes/no
        // question keeps its nearest entry: "did Peskov criticise the US?" is answered "Putin did, not Peskov".)
        score -= this.tuning.speakerMismatchPenalty;
      }
      // "What did Hamas say?", "did Israel accept…?": the article quotes no such party, so its gaps fit better.
      // A party the asked speaker talks about ("did Putin say anything about Israel?") is not its missing words.
      if (e.entry.kind !== "answer" && anyIn(partyAsTopic, e.strong))
        score -= this.tuning.unquotedPartyPenalty;
      if (unquotedParty && e.entry.kind === "answer") score -= this.tuning.unquotedPartyPenalty;
      // …and the gap whose own question is about that very party, when its reply is asked ("has Hamas responded
      // to Moscow's offer?" is Hamas's missing reply, whatever else it names).
      else if (askedReply && anyListed(unquotedParties, e.phrasings[0]!.terms))
        score += this.tuning.unquotedPartyPenalty;
      out.push({ entry: e.entry, score: Math.max(0, Math.min(1, score)) });
    }
    sortByScore(out);
    return this.unaskedGapYields(out, question);
  }

  /**
   * "foreign ministry regional players": a gap ("which players, the article does not say") fits only when its
   * missing detail is asked (which, who, how many, a word of its own such as "names"). When the question asks no
   * such thing and an answer entry near it holds every question term the gap holds, the answer comes first.
   */
  private unaskedGapYields(out: Ranked[], question: Analysis): Ranked[] {
    const [top] = out;
    // "What did Erdogan say?" asks a gap's missing words; a reply asked is a party's missing reply. A saying word
    // with no one named to say it is the article's ("what does the article say is the root cause behind this
    // conflict"): no one's missing words, so the gap yields as it would without it (quality31).
    const saidBySomeone =
      question.cues.some((c) => SPEAKER_CUES.has(c)) &&
      (question.speakers.length > 0 || question.slotSubjects.length > 0);
    if (!top || top.entry.kind === "answer" || saidBySomeone || question.cues.includes("~react")) return out;
    if (
      question.questionWords.some((w) => DETAIL_WORDS.has(w)) ||
      question.frames.some((f) => DETAIL_FRAMES.test(f))
    )
      return out;
    const gap = this.byId.get(top.entry.id)!;
    const held = question.content.filter((t) => gap.strong.has(t));
    const answer = out.find(
      (r) =>
        r.entry.kind === "answer" &&
        r.score >= top.score - this.tuning.unaskedGapPenalty &&
        held.every((t) => this.byId.get(r.entry.id)!.strong.has(t)),
    );
    if (!answer) return out;
    top.score = Math.max(0, top.score - this.tuning.unaskedGapPenalty);
    return sortByScore(out);
  }

  /** Whether an entry's quotes of one speaker (all its quotes theirs) hold a term, in this reader's words. */
  quotesOnlyHold(entry: Entry, speaker: string, term: string): boolean {
    if (entry.quotes.length === 0 || entry.quotes.some((q) => q.speaker !== speaker)) return false;
    const own = this.byId.get(entry.id)?.entry ?? entry;
    return own.quotes.some((q) => this.lexicon.contentTerms(q.text).includes(term));
  }

  /** Whether one of the speakers' own quoted words hold a term ("Israel" in Putin's, not "Hamas"). */
  spokenOf(term: string, speakers: string[]): boolean {
    return speakers.some((s) => this.quotedTerms(s).has(term));
  }

  /** A speaker's quoted words as terms, made on first use (rare: a speaker asked about a topic). */
  private quotedTerms(speaker: string): Set<string> {
    let terms = this.termsQuoted.get(speaker);
    if (!terms) {
      terms = new Set(
        this.indexed.flatMap((e) =>
          e.entry.quotes
            .filter((q) => q.speaker === speaker)
            .flatMap((q) => this.lexicon.contentTerms(q.text)),
        ),
      );
      this.termsQuoted.set(speaker, terms);
    }
    return terms;
  }

  /** Whether an entry quotes someone (or is a gap, about whom its phrasings name), but none a question names. */
  private voicesOthers(e: IndexedEntry, named: string[]): boolean {
    const speaks = e.entry.quotes.length > 0 || e.entry.kind !== "answer";
    return named.length > 0 && speaks && !named.some((s) => e.quotedSpeakers.has(s));
  }
}

/**
 * Best first, in place, equal scores in their order: the order Array.prototype.sort gave with `b.score -
 * a.score` (it is stable, and a stable sort of a total order has one result; scores are in [0, 1], never NaN).
 * An insertion sort of at most the knowledge base's entries: no work arrays, no callback per comparison.
 */
function sortByScore(ranked: Ranked[]): Ranked[] {
  for (let i = 1; i < ranked.length; i++) {
    const r = ranked[i]!;
    let j = i;
    for (; j > 0 && ranked[j - 1]!.score < r.score; j--) ranked[j] = ranked[j - 1]!;
    ranked[j] = r;
  }
  return ranked;
}

/** Whether any of `items` is in `list` (items.some(includes) without a closure). */
function anyListed(items: readonly string[], list: readonly string[]): boolean {
  for (let i = 0; i < items.length; i++) if (list.includes(items[i]!)) return true;
  return false;
}

/** Whether any of `items` is in `set` (items.some(has) without a closure). */
function anyIn(items: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < items.length; i++) if (set.has(items[i]!)) return true;
  return false;
}
