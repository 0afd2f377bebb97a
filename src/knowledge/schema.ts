// The shape of the curated knowledge base. Editors get these rules as JSON Schema (npm run kb:schema);
// the loader checks them again, plus what a schema cannot say (verbatim quotes, ids that must exist).
import { z } from "zod";

/** Limits an editor meets; the loader names them in its messages. */
export const LIMITS = {
  answerChars: 400,
  questionChars: 160,
  phrasingChars: 160,
  minPhrasings: 6,
  minGapPhrasings: 3,
  shortSummaryWords: 60,
  longSummaryWords: 160,
} as const;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case words joined by hyphens, e.g. ceasefire-call");

const text = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`);

export const speakerSchema = z
  .object({
    id: id.describe("Stable id, used by quotes: putin, peskov, kremlin, …"),
    name: text(80).describe("How the bot names the speaker: Vladimir Putin"),
    role: text(120).describe("One line: Russian President"),
    aliases: z
      .array(text(60))
      .min(1)
      .describe("Every way a reader or the article may name this speaker: the Russian leader, Putin, …"),
    quoted: z
      .boolean()
      .describe("false for people the article mentions but never quotes or paraphrases (e.g. Erdogan)"),
    person: z
      .boolean()
      .optional()
      .describe(
        "true for a person the article names (not a government or an institution): the roster of who said what also names the unquoted ones",
      ),
  })
  .strict();

export const voiceSchema = z
  .enum(["reported", "article"])
  .describe(
    "reported: the article paraphrases what the speaker said or holds ('Putin emphasized…'); article: the author's own words about the speaker",
  );

export const quoteSchema = z
  .object({
    text: text(600).describe("A verbatim span of knowledge/article.txt (white space and ’/' are folded)"),
    speaker: id.describe("A speaker id from speakers.json"),
    paragraph: z.number().int().min(1).describe("The article paragraph (1-based, blank-line separated)"),
    voice: voiceSchema,
  })
  .strict();

export const entryKindSchema = z
  .enum(["answer", "not-in-article"])
  .describe(
    "answer: the article answers it; not-in-article: a question readers ask that the article leaves open",
  );

export const entrySchema = z
  .object({
    id: id.describe("Stable id; never reuse one for another meaning (buttons carry it)"),
    kind: entryKindSchema,
    question: text(LIMITS.questionChars).describe("The canonical question, as shown to users in bold"),
    phrasings: z
      .array(text(LIMITS.phrasingChars))
      .describe(
        `Other ways to ask it: full questions, two-word keyword queries, informal ones (at least ${LIMITS.minPhrasings}; ${LIMITS.minGapPhrasings} for not-in-article)`,
      ),
    keywords: z.array(text(40)).describe("Words and short terms that point at this entry, with synonyms"),
    answer: text(LIMITS.answerChars).describe(
      "1–3 sentences in our own words, strictly grounded in the article",
    ),
    quotes: z
      .array(quoteSchema)
      .describe("What backs the answer; for not-in-article, what the article does say"),
    related: z.array(id).describe("Entry ids offered as follow-up questions"),
    reason: id
      .optional()
      .describe(
        "For a yes/no card: the entry that gives the reason for its fact; a why/how question over the card gets it",
      ),
  })
  .strict();

export const entriesFileSchema = z
  .object({
    $schema: z.string().optional(),
    entries: z.array(entrySchema).min(1),
  })
  .strict();

export const speakersFileSchema = z
  .object({
    $schema: z.string().optional(),
    speakers: z.array(speakerSchema).min(1),
  })
  .strict();

export const summariesFileSchema = z
  .object({
    $schema: z.string().optional(),
    oneLine: text(200).describe("The story in one line (used in /start and the one-line summary)"),
    short: text(600).describe(`At most ${LIMITS.shortSummaryWords} words`),
    long: text(1400).describe(`At most ${LIMITS.longSummaryWords} words`),
    bullets: z.array(text(200)).length(3).describe("Three bullets, one line each"),
  })
  .strict();

export const synonymsFileSchema = z
  .object({
    $schema: z.string().optional(),
    groups: z
      .array(z.array(text(40)).min(2))
      .describe(
        "Each group lists words or phrases a reader may use for the same thing; the first is canonical",
      ),
  })
  .strict();

/**
 * Languages the knowledge base is translated into besides English: each has a folder knowledge/<lang>/ with the
 * files of LOCAL_KNOWLEDGE_FILES. Adding a language is a new folder and its code here (the engine needs its rules).
 */
export const LOCAL_LANGUAGES = ["ru"] as const;
export type LocalLang = (typeof LOCAL_LANGUAGES)[number];

export const localEntrySchema = z
  .object({
    id: id.describe("The id of the English entry this translates (knowledge/entries.json)"),
    question: text(LIMITS.questionChars).describe("The canonical question in this language"),
    phrasings: z
      .array(text(LIMITS.phrasingChars))
      .describe(
        `At least ${LIMITS.minPhrasings} ways a reader asks it in this language, written by us: full questions, keyword queries, colloquial`,
      ),
    keywords: z.array(text(40)).describe("Words and short terms in this language that point at this entry"),
    answer: text(LIMITS.answerChars).describe(
      "1–3 sentences in our own words, grounded exactly as the English answer",
    ),
  })
  .strict();

export const localEntriesFileSchema = z
  .object({ $schema: z.string().optional(), entries: z.array(localEntrySchema).min(1) })
  .strict();

export const localSpeakerSchema = z
  .object({
    id: id.describe("The id of the English speaker (knowledge/speakers.json)"),
    name: text(80).describe("The name in this language: Владимир Путин"),
    role: text(120).describe("One line in this language: президент России"),
    aliases: z
      .array(text(60))
      .min(1)
      .describe("Every way a reader names the speaker in this language: Путин, президент России, …"),
  })
  .strict();

export const localSpeakersFileSchema = z
  .object({ $schema: z.string().optional(), speakers: z.array(localSpeakerSchema).min(1) })
  .strict();

export const translationSchema = z
  .object({
    text: text(600).describe("An English quote exactly as it stands in knowledge/entries.json"),
    translation: text(900).describe("Our translation of it, shown labelled as a translation"),
  })
  .strict();

export const translationsFileSchema = z
  .object({ $schema: z.string().optional(), quotes: z.array(translationSchema).min(1) })
  .strict();

export type Speaker = z.infer<typeof speakerSchema>;
export type LocalEntry = z.infer<typeof localEntrySchema>;
export type LocalSpeaker = z.infer<typeof localSpeakerSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Voice = z.infer<typeof voiceSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type EntryKind = z.infer<typeof entryKindSchema>;
export type Summaries = Omit<z.infer<typeof summariesFileSchema>, "$schema">;

/** The knowledge files, each with its schema; the order is the order problems are reported in. */
export const KNOWLEDGE_FILES = {
  speakers: { file: "speakers.json", schema: speakersFileSchema },
  entries: { file: "entries.json", schema: entriesFileSchema },
  summaries: { file: "summaries.json", schema: summariesFileSchema },
  synonyms: { file: "synonyms.json", schema: synonymsFileSchema },
} as const;

/** The files of a language folder knowledge/<lang>/, each with its schema, in the order problems are reported. */
export const LOCAL_KNOWLEDGE_FILES = {
  speakers: { file: "speakers.json", schema: localSpeakersFileSchema },
  entries: { file: "entries.json", schema: localEntriesFileSchema },
  summaries: { file: "summaries.json", schema: summariesFileSchema },
  synonyms: { file: "synonyms.json", schema: synonymsFileSchema },
  translations: { file: "translations.json", schema: translationsFileSchema },
} as const;
