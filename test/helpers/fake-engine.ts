// A scripted answering engine over the fixture KB: each kind of answer is one known question away, so bot
// tests do not depend on how the real engine ranks.
import type {
  Answer,
  AnsweringEngine,
  AttributedQuote,
  Lang,
  Suggestion,
} from "../../src/answering/types.js";
import type { Entry, KnowledgeBase } from "../../src/knowledge/index.js";

/** Questions that make the fake engine give each kind of reply. */
export const ASK = {
  answered: "Did Putin call for a ceasefire?",
  escaped: "What does Putin say about <US> policy?",
  twoParagraphs: "What role does Russia want?",
  notInArticle: "How many people have died?",
  ambiguous: "russia",
  // A question only the engine refuses: the dialogue layer refuses a place's facts (weather, inflation) itself (off-story-asked).
  offTopic: "Who will win the World Cup?",
  summary: "summary please",
  whoSaidWhat: "who said what",
  putinQuotes: "what did putin say",
  /** Makes the engine throw, to exercise the error boundary. */
  crash: "crash the engine",
} as const;

/** The same, asked in Russian: the fake answers them in Russian, as the real engine will. */
export const RU_ASK = {
  answered: "Призвал ли Путин к прекращению огня?",
  notInArticle: "Сколько людей погибло?",
  ambiguous: "россия",
  // A question only the engine refuses: the dialogue layer refuses a place's facts (weather, inflation) itself (off-story-asked).
  offTopic: "Кто выиграет чемпионат мира?",
  summary: "кратко",
  whoSaidWhat: "кто что сказал",
  putinQuotes: "что сказал путин",
} as const;

/** The fixture's entries and speakers in Russian, with curated translations of the (English) quotes. */
const RU_ENTRIES: Record<string, { question: string; answer: string }> = {
  "ceasefire-call": {
    question: RU_ASK.answered,
    answer: "Да: к немедленному прекращению огня и возвращению к переговорам.",
  },
  "us-policy": {
    question: "Что Путин говорит о политике <США>?",
    answer: "Что она «провалилась» в регионе.",
  },
  "russia-role": {
    question: "Какой роли хочет Россия?",
    answer: "Конструктивной, говорит Песков; автор замечает, что Путин о роли России умолчал.",
  },
  "casualty-figures": { question: RU_ASK.notInArticle, answer: "Статья не приводит никаких цифр." },
};
export const RU_SPEAKERS: Record<string, { name: string; role: string; aliases: string[] }> = {
  putin: { name: "Владимир Путин", role: "президент России", aliases: ["путин", "путина"] },
  peskov: { name: "Дмитрий Песков", role: "пресс-секретарь Кремля", aliases: ["песков", "пескова"] },
  article: { name: "Статья", role: "авторский текст статьи", aliases: ["автор"] },
  erdogan: { name: "Реджеп Тайип Эрдоган", role: "президент Турции", aliases: ["эрдоган"] },
};
export const RU_TRANSLATIONS: Record<string, string> = {
  "Russian President Vladimir Putin called for an immediate ceasefire & a return to talks.":
    "Президент России Владимир Путин призвал к немедленному прекращению огня и возвращению к переговорам.",
  'He said US policy <in the region> had "failed".': "Он сказал, что политика США <в регионе> «провалилась».",
  "Kremlin spokesman Dmitry Peskov said Moscow wants a constructive role.":
    "Пресс-секретарь Кремля Дмитрий Песков сказал, что Москва хочет играть конструктивную роль.",
  "The author notes that Russia's own role went unmentioned.":
    "Автор отмечает, что о собственной роли России не было сказано ни слова.",
  "Russian President Vladimir Putin called for an immediate ceasefire":
    "Президент России Владимир Путин призвал к немедленному прекращению огня",
};

const isCyrillic = (text: string) => /[а-яё]/i.test(text);

export function createFakeEngine(kb: KnowledgeBase): AnsweringEngine {
  const suggestion = (e: Entry, lang: Lang = "en"): Suggestion => ({
    entryId: e.id,
    question: lang === "ru" ? (RU_ENTRIES[e.id]?.question ?? e.question) : e.question,
  });
  const attribute = (e: Entry, lang: Lang = "en"): AttributedQuote[] =>
    e.quotes.map((q) => {
      const s = kb.speakerById.get(q.speaker)!;
      const quote = { ...q, speakerId: s.id, speaker: s.name, role: s.role };
      if (lang === "en") return quote;
      const ru = RU_SPEAKERS[s.id];
      return {
        ...quote,
        translation: RU_TRANSLATIONS[q.text],
        localSpeaker: ru?.name,
        localRole: ru?.role,
      };
    });
  const entryAnswer = (e: Entry, lang: Lang = "en"): Answer => ({
    lang,
    answered: e.kind === "answer",
    kind: "entry",
    entry: e,
    speaker: null,
    confidence: 1,
    title: suggestion(e, lang).question,
    answer: lang === "ru" ? (RU_ENTRIES[e.id]?.answer ?? e.answer) : e.answer,
    quotes: attribute(e, lang),
    suggestions: e.related.map((id) => suggestion(kb.entryById.get(id)!, lang)),
    reason: e.kind === "answer" ? null : "not-in-article",
  });
  const none = (
    reason: Answer["reason"],
    answer: string,
    suggestions: Suggestion[],
    lang: Lang = "en",
  ): Answer => ({
    lang,
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
  const popularQuestions = (limit: number, lang: Lang = "en") =>
    kb.entries.slice(0, limit).map((e) => suggestion(e, lang));

  const quotesBy = (speakerId: string | null, lang: Lang = "en"): Answer => {
    const speaker = speakerId ? (kb.speakerById.get(speakerId) ?? null) : null;
    const quotes = kb.entries
      .flatMap((e) => attribute(e, lang))
      .filter((q) => (speaker ? q.speakerId === speaker.id : q.speakerId !== "article"));
    const ruName = speaker ? RU_SPEAKERS[speaker.id]?.name : undefined;
    const ru = lang === "ru";
    return {
      lang,
      answered: true,
      kind: "quotes",
      entry: null,
      speaker,
      confidence: 1,
      title: speaker
        ? ru
          ? `Что сказал ${ruName}`
          : `What ${speaker.name} said`
        : ru
          ? "Кто что сказал"
          : "Who said what",
      answer: speaker ? (ru ? `В изложении статьи, ${ruName}:` : `As reported, ${speaker.name}:`) : "",
      quotes,
      suggestions: popularQuestions(3, lang),
      reason: null,
    };
  };

  return {
    findAnswer(question, readerLang = "en") {
      const q = question.trim().toLowerCase();
      // As the real engine: the question's script decides; a Latin question is answered in the reader's language.
      const lang: Lang = isCyrillic(q) ? "ru" : readerLang;
      const ru = lang === "ru";
      if (q === ASK.crash) throw new Error("the engine broke");
      if (q === "") {
        const ask = ru ? "Задайте вопрос о статье." : "Ask me a question about the story.";
        return none("empty", ask, popularQuestions(3, lang), lang);
      }
      const entry =
        kb.entries.find((e) => e.question.toLowerCase() === q) ??
        kb.entries.find((e) => RU_ENTRIES[e.id]?.question.toLowerCase() === q);
      if (entry) return entryAnswer(entry, lang);
      if (q === ASK.ambiguous || q === RU_ASK.ambiguous) {
        const which = [suggestion(kb.entries[0]!, lang), suggestion(kb.entries[2]!, lang)];
        return none("ambiguous", ru ? "Который?" : "Which one?", which, lang);
      }
      if (q === ASK.summary || q === RU_ASK.summary) {
        return { ...quotesBy(null, lang), kind: "summary", title: ru ? "Кратко" : "Summary", quotes: [] };
      }
      if (q === ASK.whoSaidWhat || q === RU_ASK.whoSaidWhat) return quotesBy(null, lang);
      if (q === ASK.putinQuotes || q === RU_ASK.putinQuotes) return quotesBy("putin", lang);
      const refusal = ru
        ? "В статье об этом ничего нет."
        : `The article doesn't cover that. It is about this: ${kb.summaries.oneLine}`;
      return none("out-of-scope", refusal, [], lang);
    },
    findSpeaker(name) {
      const n = name.trim().toLowerCase();
      return (
        kb.speakers.find((s) =>
          [s.id, s.name, ...s.aliases, ...(RU_SPEAKERS[s.id]?.aliases ?? [])].some(
            (a) => a.toLowerCase() === n,
          ),
        ) ?? null
      );
    },
    answerForEntry: (id, lang) => {
      const e = kb.entryById.get(id);
      return e ? entryAnswer(e, lang) : null;
    },
    quotesBy,
    popularQuestions,
  };
}
