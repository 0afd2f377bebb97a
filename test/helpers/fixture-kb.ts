// A small knowledge base for unit tests, independent of the curated one. Its article has & < > " in it, so
// every escaping path is exercised.
import { type Entry, type KnowledgeBase, parseArticle, type Speaker } from "../../src/knowledge/index.js";

export const FIXTURE_ARTICLE = [
  "Russian President Vladimir Putin called for an immediate ceasefire & a return to talks.",
  'He said US policy <in the region> had "failed". Kremlin spokesman Dmitry Peskov said Moscow wants a constructive role.',
  "The author notes that Russia's own role went unmentioned.",
].join("\n\n");

const speakers: Speaker[] = [
  { id: "putin", name: "Vladimir Putin", role: "Russian President", aliases: ["Putin"], quoted: true },
  { id: "peskov", name: "Dmitry Peskov", role: "Kremlin spokesman", aliases: ["Peskov"], quoted: true },
  {
    id: "article",
    name: "The article",
    role: "the article's own words",
    aliases: ["the author"],
    quoted: true,
  },
  {
    id: "erdogan",
    name: "Recep Tayyip Erdogan",
    role: "Turkish leader",
    aliases: ["Erdogan"],
    quoted: false,
  },
];

const entry = (e: Omit<Entry, "phrasings" | "keywords"> & Partial<Entry>): Entry => ({
  phrasings: [],
  keywords: [],
  ...e,
});

const entries: Entry[] = [
  entry({
    id: "ceasefire-call",
    kind: "answer",
    question: "Did Putin call for a ceasefire?",
    answer: "Yes: an immediate ceasefire & a return to talks.",
    quotes: [
      {
        text: "Russian President Vladimir Putin called for an immediate ceasefire & a return to talks.",
        speaker: "putin",
        paragraph: 1,
        voice: "reported",
      },
    ],
    related: ["us-policy", "russia-role"],
  }),
  entry({
    id: "us-policy",
    kind: "answer",
    question: "What does Putin say about <US> policy?",
    answer: 'That it had "failed" in the region.',
    quotes: [
      {
        text: 'He said US policy <in the region> had "failed".',
        speaker: "putin",
        paragraph: 2,
        voice: "reported",
      },
    ],
    related: ["ceasefire-call"],
  }),
  entry({
    id: "russia-role",
    kind: "answer",
    question: "What role does Russia want?",
    answer: "A constructive one, says Peskov; the author notes Putin left Russia's role out.",
    quotes: [
      {
        text: "Kremlin spokesman Dmitry Peskov said Moscow wants a constructive role.",
        speaker: "peskov",
        paragraph: 2,
        voice: "reported",
      },
      {
        text: "The author notes that Russia's own role went unmentioned.",
        speaker: "article",
        paragraph: 3,
        voice: "article",
      },
    ],
    related: ["ceasefire-call"],
  }),
  entry({
    id: "casualty-figures",
    kind: "not-in-article",
    question: "How many people have died?",
    answer: "No figures are given.",
    quotes: [
      {
        text: "Russian President Vladimir Putin called for an immediate ceasefire",
        speaker: "putin",
        paragraph: 1,
        voice: "reported",
      },
    ],
    related: ["ceasefire-call"],
  }),
];

export function fixtureKnowledgeBase(): KnowledgeBase {
  return {
    article: parseArticle(FIXTURE_ARTICLE),
    speakers,
    speakerById: new Map(speakers.map((s) => [s.id, s])),
    entries,
    entryById: new Map(entries.map((e) => [e.id, e])),
    summaries: {
      oneLine: "Putin calls for a ceasefire & blames <US> policy",
      short: "Putin wants a ceasefire & talks; he blames US policy.",
      long: "Putin called for an immediate ceasefire & a return to talks. He said US policy had failed. Peskov said Moscow wants a constructive role.",
      bullets: ["Ceasefire & talks", "US policy <failed>", "Russia wants a role"],
    },
    synonyms: [],
  };
}
