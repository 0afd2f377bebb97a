// knowledge/conversation.json: what the dialogue layer needs from curators: the story's point (suggested
// everywhere a person has not asked anything yet) and each yes/no entry's answer to its own question.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { type KnowledgeBase, KnowledgeBaseError, type Problem } from "../knowledge/index.js";

import { CONVERSATION_FILE } from "./conversation-read.js";

export { CONVERSATION_FILE };

const verdictSchema = z
  .enum(["yes", "no", "not-said"])
  .describe("The answer to the entry's own question as the article gives it: yes, no, or not-said");

export const conversationFileSchema = z
  .object({
    $schema: z.string().optional(),
    storyPoint: z
      .array(z.string())
      .min(1)
      .max(5)
      .describe("Entry ids that are the story's point: suggested on /start, /help, refusals and slips"),
    verdicts: z
      .record(z.string(), verdictSchema)
      .describe(
        "Entry id -> the article's answer to that entry's own yes/no question (not-in-article entries need none)",
      ),
    standsFor: z
      .array(z.string())
      .optional()
      .describe(
        "Entries (verdict yes) where a party stands for something (a ceasefire, ties, a state): asked whether it rejects, opposes or cut that, the answer is no",
      ),
    reasons: z
      .record(z.string(), z.string())
      .optional()
      .describe(
        "Entry id -> the entry holding the reason the article gives for it: what 'why?' after that entry answers",
      ),
    opposites: z
      .record(
        z.string(),
        z
          .object({
            word: z
              .string()
              .min(1)
              .describe(
                "The entry's own word for its point ('failed'), put in an opposite's place to find the entry",
              ),
            opposites: z
              .array(z.string().min(1))
              .min(1)
              .describe(
                "Words or phrases saying the opposite of the entry's point ('success', 'worked', 'good job')",
              ),
          })
          .strict(),
      )
      .optional()
      .describe(
        "Entry id (verdict yes) -> its point's word and the words saying its opposite: a yes/no question on that entry in one of them, with no word of negation, is answered no ('does Putin think US policy worked?')",
      ),
    notInWords: z
      .record(z.string(), z.array(z.string().min(1)).min(1))
      .optional()
      .describe(
        "Entry id -> terms the knowledge base reads as the entry's point but the article never uses ('two-state solution' for 'a Palestinian state'): a yes/no question in them is answered 'doesn't say so in those words', with what the article does say",
      ),
  })
  .strict();

export type YesNoVerdict = z.infer<typeof verdictSchema>;

export interface Conversation {
  storyPoint: string[];
  verdicts: ReadonlyMap<string, YesNoVerdict>;
  /** Entries whose "yes" is a party standing for something: "did they reject it?" is answered no. */
  standsFor?: ReadonlySet<string>;
  /** Entry id -> the entry with the reason the article gives for it ("why?" after "who does Putin blame?"). */
  reasons?: ReadonlyMap<string, string>;
  /** Entry id (verdict yes) -> its point's word and a pattern for the words saying its opposite. */
  opposites?: ReadonlyMap<string, { word: string; pattern: RegExp }>;
  /** Entry id -> a pattern for terms wider than the article's words ("two-state solution"): no Yes in them. */
  notInWords?: ReadonlyMap<string, RegExp>;
}

/** "work" meets "worked", "works", "working"; "good job" meets "good jobs": each word's endings are free. */
export function oppositePattern(phrases: string[]): RegExp {
  const escaped = phrases.map((p) =>
    p
      .toLowerCase()
      .trim()
      .split(/\s+/)
      .map((w) => `${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\p{L}*`)
      .join(" "),
  );
  return new RegExp(`(?<![\\p{L}'])(?:${escaped.join("|")})(?![\\p{L}])`, "u");
}

/** Reads and checks the file against the knowledge base; every problem is listed at once. */
export function loadConversation(dir: string, kb: KnowledgeBase): Conversation {
  const problems: Problem[] = [];
  const add = (field: string, message: string, fix: string) =>
    problems.push({ file: CONVERSATION_FILE, field, message, fix });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, CONVERSATION_FILE), "utf8"));
  } catch (error) {
    add(
      "",
      `cannot be read as JSON (${(error as Error).message})`,
      "restore the file from git and edit it again",
    );
    throw new KnowledgeBaseError(problems);
  }
  const parsed = conversationFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      add(issue.path.join("."), issue.message, "see the schema in src/dialogue/conversation-file.ts");
    throw new KnowledgeBaseError(problems);
  }
  const { storyPoint, verdicts, standsFor = [], reasons = {}, opposites = {}, notInWords = {} } = parsed.data;
  for (const [i, id] of storyPoint.entries()) {
    const entry = kb.entryById.get(id);
    if (!entry) add(`storyPoint[${i}]`, `"${id}" is not an entry id`, "use the id of an existing entry");
    else if (entry.kind !== "answer")
      add(`storyPoint[${i}]`, `"${id}" is a "doesn't say" entry`, "suggest entries the article answers");
  }
  for (const id of Object.keys(verdicts)) {
    const entry = kb.entryById.get(id);
    if (!entry) add(`verdicts.${id}`, `"${id}" is not an entry id`, "use the id of an existing entry");
    else if (entry.kind !== "answer")
      add(`verdicts.${id}`, 'is a "doesn\'t say" entry, whose verdict is always not-said', "remove it");
  }
  for (const [i, id] of standsFor.entries())
    if (verdicts[id] !== "yes")
      add(
        `standsFor[${i}]`,
        `"${id}" has no curated verdict "yes"`,
        "list only entries whose verdict is yes",
      );
  for (const [id, reason] of Object.entries(reasons)) {
    if (kb.entryById.get(id)?.kind !== "answer")
      add(`reasons.${id}`, `"${id}" is not an answered entry`, "use the id of an entry the article answers");
    if (!kb.entryById.has(reason) || reason === id)
      add(`reasons.${id}`, `"${reason}" is not another entry's id`, "name the entry that holds the reason");
  }
  for (const id of Object.keys(opposites))
    if (verdicts[id] !== "yes")
      add(
        `opposites.${id}`,
        `"${id}" has no curated verdict "yes"`,
        "list only entries whose verdict is yes",
      );
  const articleText = kb.article.text.toLowerCase();
  for (const [id, terms] of Object.entries(notInWords)) {
    if (kb.entryById.get(id)?.kind !== "answer")
      add(
        `notInWords.${id}`,
        `"${id}" is not an answered entry`,
        "use the id of an entry the article answers",
      );
    for (const term of terms)
      if (oppositePattern([term]).test(articleText))
        add(`notInWords.${id}`, `"${term}" is in the article`, "list only terms the article never uses");
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return {
    storyPoint,
    verdicts: new Map(Object.entries(verdicts)),
    standsFor: new Set(standsFor),
    reasons: new Map(Object.entries(reasons)),
    opposites: new Map(
      Object.entries(opposites).map(([id, o]) => [
        id,
        { word: o.word, pattern: oppositePattern(o.opposites) },
      ]),
    ),
    notInWords: new Map(Object.entries(notInWords).map(([id, terms]) => [id, oppositePattern(terms)])),
  };
}

/** The file is optional (a small test knowledge base has none); a broken one is still an error. */
export function loadConversationIfPresent(dir: string, kb: KnowledgeBase): Conversation | undefined {
  return existsSync(join(dir, CONVERSATION_FILE)) ? loadConversation(dir, kb) : undefined;
}
