// A scripted answering engine over the fixture KB: each kind of answer is one known question away, so bot
// tests do not depend on how the real engine ranks.
import type { Answer, AnsweringEngine, AttributedQuote, Suggestion } from "../../src/answering/types.js";
import type { Entry, KnowledgeBase } from "../../src/knowledge/index.js";

/** Questions that make the fake engine give each kind of reply. */
export const ASK = {
  answered: "Did Putin call for a ceasefire?",
  escaped: "What does Putin say about <US> policy?",
  twoParagraphs: "What role does Russia want?",
  notInArticle: "How many people have died?",
  ambiguous: "russia",
  offTopic: "What's the weather in Paris?",
  summary: "summary please",
  whoSaidWhat: "who said what",
  putinQuotes: "what did putin say",
  /** Makes the engine throw, to exercise the error boundary. */
  crash: "crash the engine",
} as const;

export function createFakeEngine(kb: KnowledgeBase): AnsweringEngine {
  const suggestion = (e: Entry): Suggestion => ({ entryId: e.id, question: e.question });
  const attribute = (e: Entry): AttributedQuote[] =>
    e.quotes.map((q) => {
      const s = kb.speakerById.get(q.speaker)!;
      return { ...q, speakerId: s.id, speaker: s.name, role: s.role };
    });
  const entryAnswer = (e: Entry): Answer => ({
    answered: e.kind === "answer",
    kind: "entry",
    entry: e,
    speaker: null,
    confidence: 1,
    title: e.question,
    answer: e.answer,
    quotes: attribute(e),
    suggestions: e.related.map((id) => suggestion(kb.entryById.get(id)!)),
    reason: e.kind === "answer" ? null : "not-in-article",
  });
  const none = (reason: Answer["reason"], answer: string, suggestions: Suggestion[]): Answer => ({
    answered: false,
    kind: "none",
    entry: null,
    speaker: null,
    confidence: 0,
    title: "",
    answer,
    quotes: [],
    suggestions,
    reason,
  });
  const popularQuestions = (limit: number) => kb.entries.slice(0, limit).map(suggestion);

  const quotesBy = (speakerId: string | null): Answer => {
    const speaker = speakerId ? (kb.speakerById.get(speakerId) ?? null) : null;
    const quotes = kb.entries
      .flatMap(attribute)
      .filter((q) => (speaker ? q.speakerId === speaker.id : q.speakerId !== "article"));
    return {
      answered: true,
      kind: "quotes",
      entry: null,
      speaker,
      confidence: 1,
      title: speaker ? `What ${speaker.name} said` : "Who said what",
      answer: speaker ? `As reported, ${speaker.name}:` : "",
      quotes,
      suggestions: popularQuestions(3),
      reason: null,
    };
  };

  return {
    findAnswer(question) {
      const q = question.trim().toLowerCase();
      if (q === ASK.crash) throw new Error("the engine broke");
      if (q === "") return none("empty", "Ask me a question about the story.", popularQuestions(3));
      const entry = kb.entries.find((e) => e.question.toLowerCase() === q);
      if (entry) return entryAnswer(entry);
      if (q === ASK.ambiguous) {
        return none("ambiguous", "Which one?", [suggestion(kb.entries[0]!), suggestion(kb.entries[2]!)]);
      }
      if (q === ASK.summary) return { ...quotesBy(null), kind: "summary", title: "Summary", quotes: [] };
      if (q === ASK.whoSaidWhat) return quotesBy(null);
      if (q === ASK.putinQuotes) return quotesBy("putin");
      return none(
        "out-of-scope",
        `The article doesn't cover that. It is about this: ${kb.summaries.oneLine}`,
        [],
      );
    },
    findSpeaker(name) {
      const n = name.trim().toLowerCase();
      return kb.speakers.find((s) => [s.id, s.name, ...s.aliases].some((a) => a.toLowerCase() === n)) ?? null;
    },
    answerForEntry: (id) => {
      const e = kb.entryById.get(id);
      return e ? entryAnswer(e) : null;
    },
    quotesBy,
    popularQuestions,
  };
}
