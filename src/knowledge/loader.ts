// Loads knowledge/ and checks all of it, collecting every problem before giving up, so an editor fixes a broken
// knowledge base in one pass. Each problem names the file, the entry, the field and the fix.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { type Article, findVerbatim, parseArticle } from "./article.js";
import { type Entry, KNOWLEDGE_FILES, LIMITS, type Speaker, type Summaries } from "./schema.js";

export const ARTICLE_FILE = "article.txt";

export interface Problem {
  file: string;
  /** The entry or speaker the problem is in, e.g. `entry "ceasefire-call"`. */
  where?: string;
  /** The field path, e.g. `quotes[0].text`. */
  field?: string;
  message: string;
  fix: string;
}

export interface KnowledgeBase {
  article: Article;
  speakers: Speaker[];
  speakerById: ReadonlyMap<string, Speaker>;
  entries: Entry[];
  entryById: ReadonlyMap<string, Entry>;
  summaries: Summaries;
  /** Groups of words meaning the same thing; the first is canonical. */
  synonyms: string[][];
}

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "KnowledgeBaseError";
  }
}

export function formatProblem(p: Problem): string {
  const at = [p.where, p.field].filter(Boolean).join(", ");
  return `${p.file}: ${at ? `${at}: ` : ""}${p.message}. Fix: ${p.fix}.`;
}

/** Loads and verifies the knowledge base in `dir`; throws KnowledgeBaseError listing every problem. */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const problems: Problem[] = [];

  const articleText = readText(dir, ARTICLE_FILE, problems);
  const article = parseArticle(articleText ?? "");
  if (articleText !== undefined && article.paragraphs.length === 0) {
    problems.push({
      file: ARTICLE_FILE,
      message: "the article is empty",
      fix: "copy the story's text into knowledge/article.txt, paragraphs separated by blank lines",
    });
  }

  const speakersRead = readJson(dir, KNOWLEDGE_FILES.speakers, problems);
  const entriesFile = readJson(dir, KNOWLEDGE_FILES.entries, problems).value;
  const summaries = readJson(dir, KNOWLEDGE_FILES.summaries, problems).value;
  const synonymsFile = readJson(dir, KNOWLEDGE_FILES.synonyms, problems).value;

  const speakers = speakersRead.value?.speakers ?? [];
  const entries = entriesFile?.entries ?? [];
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const entryById = new Map(entries.map((e) => [e.id, e]));

  if (speakersRead.value) checkSpeakers(speakers, problems);
  // With a speakers file that fails its schema, quotes are still checked against the ids it does hold.
  const speakerIds = speakersRead.value ? speakerById : roughSpeakers(speakersRead.raw);
  if (entriesFile) checkEntries(entries, speakerIds, article, problems);
  if (summaries) checkSummaries(summaries, problems);
  if (synonymsFile) checkSynonyms(synonymsFile.groups, problems);

  if (
    problems.length > 0 ||
    !speakersRead.value ||
    !entriesFile ||
    !summaries ||
    !synonymsFile ||
    !articleText
  ) {
    throw new KnowledgeBaseError(problems);
  }
  const { $schema: _ignored, ...summaryTexts } = summaries;
  return {
    article,
    speakers,
    speakerById,
    entries,
    entryById,
    summaries: summaryTexts,
    synonyms: synonymsFile.groups,
  };
}

function readText(dir: string, file: string, problems: Problem[]): string | undefined {
  try {
    return readFileSync(join(dir, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({
      file,
      message: code === "ENOENT" ? `missing (looked in ${dir})` : `cannot be read (${code ?? String(error)})`,
      fix: "restore it from git (git checkout -- knowledge/) or point KNOWLEDGE_DIR at the folder that has it",
    });
    return undefined;
  }
}

/** The file's data when it is valid, and what it parsed to (for best-effort checks) when it is JSON at all. */
function readJson<S extends z.ZodType>(
  dir: string,
  spec: { file: string; schema: S },
  problems: Problem[],
): { value?: z.infer<S>; raw?: unknown } {
  const raw = readText(dir, spec.file, problems);
  if (raw === undefined) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    problems.push({
      file: spec.file,
      message: `is not valid JSON (${describeJsonError(raw, error as Error)})`,
      fix: "correct the JSON syntax there (a missing comma or quote, or a trailing comma, is the usual cause)",
    });
    return {};
  }
  const parsed = spec.schema.safeParse(data);
  if (parsed.success) return { value: parsed.data, raw: data };
  for (const issue of parsed.error.issues) {
    problems.push({
      file: spec.file,
      ...locate(data, issue.path),
      message: issue.message,
      fix: fixForIssue(issue),
    });
  }
  return { raw: data };
}

/** Speakers as far as a file that failed its schema tells: the ids it has, quoted unless it says otherwise. */
function roughSpeakers(raw: unknown): ReadonlyMap<string, Speaker> | null {
  const list = (raw as { speakers?: unknown } | undefined)?.speakers;
  if (!Array.isArray(list)) return null;
  const out = new Map<string, Speaker>();
  for (const item of list) {
    const s = item as Partial<Speaker> | null;
    if (typeof s?.id === "string") {
      out.set(s.id, {
        id: s.id,
        name: String(s.name ?? s.id),
        role: "",
        aliases: [],
        quoted: s.quoted !== false,
      });
    }
  }
  return out;
}

/** Turns V8's "at position N" into a line and column an editor can jump to. */
function describeJsonError(raw: string, error: Error): string {
  const message = error.message.replace(/^JSON\.parse: /, "");
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = raw.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.replace(/\s*\(line \d+ column \d+\)/, "")}; line ${line}, column ${column}`;
}

/** Names the entry or speaker a schema path points into, by its id when it has one. */
function locate(data: unknown, path: readonly PropertyKey[]): Pick<Problem, "where" | "field"> {
  const [list, index, ...rest] = path;
  if ((list === "entries" || list === "speakers") && typeof index === "number") {
    const item = (data as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
    const label = list === "entries" ? "entry" : "speaker";
    const where = typeof item?.id === "string" ? `${label} "${item.id}"` : `${label} #${index + 1}`;
    return { where, field: formatPath(rest) || undefined };
  }
  return { field: formatPath(path) || undefined };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}

function fixForIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `remove ${issue.keys.join(", ")} or correct the spelling (see knowledge/schema/ for the allowed fields)`;
    case "invalid_type":
      return `give it a value of type ${issue.expected}`;
    case "too_small":
    case "too_big":
      return "shorten or lengthen it to fit";
    case "invalid_format":
      return "use lower-case words joined by hyphens";
    default:
      return "see knowledge/schema/ for what this field takes";
  }
}

function normaliseForDuplicates(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function checkSpeakers(speakers: Speaker[], problems: Problem[]): void {
  const file = KNOWLEDGE_FILES.speakers.file;
  const seen = new Set<string>();
  const aliasOwner = new Map<string, string>();
  for (const s of speakers) {
    if (seen.has(s.id)) {
      problems.push({
        file,
        where: `speaker "${s.id}"`,
        field: "id",
        message: "is used twice",
        fix: "give each speaker its own id",
      });
    }
    seen.add(s.id);
    for (const alias of [s.name, ...s.aliases]) {
      const key = normaliseForDuplicates(alias);
      const owner = aliasOwner.get(key);
      if (owner !== undefined && owner !== s.id) {
        problems.push({
          file,
          where: `speaker "${s.id}"`,
          field: "aliases",
          message: `"${alias}" also names speaker "${owner}"`,
          fix: "keep each alias on one speaker only",
        });
      }
      aliasOwner.set(key, s.id);
    }
  }
}

function checkEntries(
  entries: Entry[],
  speakerById: ReadonlyMap<string, Speaker> | null,
  article: Article,
  problems: Problem[],
): void {
  const file = KNOWLEDGE_FILES.entries.file;
  const ids = new Set(entries.map((e) => e.id));
  const seenIds = new Set<string>();
  const phrasingOwner = new Map<string, string>();

  for (const e of entries) {
    const where = `entry "${e.id}"`;
    const add = (field: string, message: string, fix: string) =>
      problems.push({ file, where, field, message, fix });

    if (seenIds.has(e.id)) add("id", "is used by another entry too", "give each entry its own id");
    seenIds.add(e.id);

    const minPhrasings = e.kind === "answer" ? LIMITS.minPhrasings : LIMITS.minGapPhrasings;
    if (e.phrasings.length < minPhrasings) {
      add(
        "phrasings",
        `has ${e.phrasings.length} phrasing${e.phrasings.length === 1 ? "" : "s"}, needs at least ${minPhrasings}`,
        "add other ways a reader would ask: a full question, a two-word keyword query, an informal one",
      );
    }
    if (e.kind === "answer" && e.quotes.length === 0) {
      add("quotes", "an answer needs at least one quote", "add the article span that backs the answer");
    }
    const sentences = e.answer.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    if (sentences > 3) add("answer", `has ${sentences} sentences`, "keep the answer to 1–3 sentences");

    for (const [i, phrasing] of [e.question, ...e.phrasings].entries()) {
      const key = normaliseForDuplicates(phrasing);
      const owner = phrasingOwner.get(key);
      const field = i === 0 ? "question" : `phrasings[${i - 1}]`;
      if (owner === e.id) {
        add(field, `"${phrasing}" is listed twice in this entry`, "remove the repeat");
      } else if (owner !== undefined) {
        add(
          field,
          `"${phrasing}" is also a phrasing of entry "${owner}"`,
          "keep it on the entry that answers it",
        );
      } else {
        phrasingOwner.set(key, e.id);
      }
    }

    for (const [i, related] of e.related.entries()) {
      if (related === e.id) add(`related[${i}]`, "points at the entry itself", "remove it");
      else if (!ids.has(related)) {
        add(
          `related[${i}]`,
          `"${related}" is not an entry id`,
          "use the id of an existing entry or remove it",
        );
      }
    }

    for (const [i, q] of e.quotes.entries()) {
      const field = `quotes[${i}]`;
      const speaker = speakerById?.get(q.speaker);
      if (speakerById && !speaker) {
        add(
          `${field}.speaker`,
          `"${q.speaker}" is not a speaker id`,
          "use an id from knowledge/speakers.json",
        );
      } else if (speaker && !speaker.quoted) {
        add(
          `${field}.speaker`,
          `"${q.speaker}" is marked as never quoted in the article`,
          "attribute the quote to who says it, or set quoted: true in speakers.json",
        );
      }
      const paragraph = article.paragraphs[q.paragraph - 1];
      if (paragraph === undefined) {
        add(
          `${field}.paragraph`,
          `paragraph ${q.paragraph} does not exist (the article has ${article.paragraphs.length})`,
          "use the paragraph the span stands in",
        );
      } else if (!findVerbatim(paragraph, q.text)) {
        const elsewhere = article.paragraphs.findIndex((p) => findVerbatim(p, q.text));
        if (elsewhere >= 0) {
          add(
            `${field}.paragraph`,
            `the quote stands in paragraph ${elsewhere + 1}, not ${q.paragraph}`,
            `set paragraph to ${elsewhere + 1}`,
          );
        } else {
          add(
            `${field}.text`,
            `"${truncate(q.text, 60)}" is not verbatim in the article`,
            "copy the span exactly from knowledge/article.txt (only white space and ’/' may differ)",
          );
        }
      }
    }
  }
}

function checkSummaries(summaries: Summaries, problems: Problem[]): void {
  const file = KNOWLEDGE_FILES.summaries.file;
  const limits: [keyof Summaries, number][] = [
    ["short", LIMITS.shortSummaryWords],
    ["long", LIMITS.longSummaryWords],
  ];
  for (const [field, max] of limits) {
    const words = String(summaries[field]).split(/\s+/).filter(Boolean).length;
    if (words > max) {
      problems.push({ file, field, message: `has ${words} words, the limit is ${max}`, fix: "shorten it" });
    }
  }
}

function checkSynonyms(groups: string[][], problems: Problem[]): void {
  const file = KNOWLEDGE_FILES.synonyms.file;
  const owner = new Map<string, number>();
  for (const [i, group] of groups.entries()) {
    for (const term of group) {
      const key = normaliseForDuplicates(term);
      const other = owner.get(key);
      if (other !== undefined && other !== i) {
        problems.push({
          file,
          field: `groups[${i}]`,
          message: `"${term}" is also in groups[${other}]`,
          fix: "merge the two groups or keep the term in one",
        });
      }
      owner.set(key, i);
    }
  }
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
