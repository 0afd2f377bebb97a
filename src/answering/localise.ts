// The knowledge base as a reader of another language sees it: the same entries (same ids, same quotes), with
// that language's questions, phrasings, keywords and answers, speakers named both ways, the quotes' translations
// as the text they are matched by. The English questions, keywords, aliases and synonyms stay too, so a Latin
// word in a Russian question ("что сказал Peskov", "ceasefire") still meets them.
import { foldForMatch, type KnowledgeBase, type LocalKnowledge, type Quote } from "../knowledge/index.js";

export function localView(kb: KnowledgeBase, local: LocalKnowledge): KnowledgeBase {
  const translated = (q: Quote): Quote => ({
    ...q,
    text: local.translations.get(foldForMatch(q.text)) ?? q.text,
  });
  const entries = kb.entries.map((e) => {
    const l = local.entryById.get(e.id);
    if (!l) return e;
    return {
      ...e,
      question: l.question,
      // The English question stays (a Latin word in a Russian question may meet it); not every English
      // phrasing: that would double the index for the rare mixed question.
      phrasings: [...l.phrasings, e.question],
      keywords: [...l.keywords, ...e.keywords],
      answer: l.answer,
      quotes: e.quotes.map(translated),
    };
  });
  const speakers = kb.speakers.map((s) => {
    const l = local.speakerById.get(s.id);
    return l ? { ...s, name: l.name, role: l.role, aliases: [...l.aliases, s.name, ...s.aliases] } : s;
  });
  return {
    article: {
      ...kb.article,
      text: `${[...local.translations.values()].join("\n\n")}\n\n${kb.article.text}`,
    },
    speakers,
    speakerById: new Map(speakers.map((s) => [s.id, s])),
    entries,
    entryById: new Map(entries.map((e) => [e.id, e])),
    summaries: local.summaries,
    synonyms: [...local.synonyms, ...kb.synonyms],
  };
}
