// Loads knowledge/ and checks all of it, collecting every problem before giving up, so an editor fixes a broken
// knowledge base in one pass. Each problem names the file, the entry, the field and the fix.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import type { ContraryRow } from "../claims/contrary-deed-file.js";
import { ARTICLE_FILE, type Article, parseArticle } from "./article.js";
import { loadArticleTables } from "./article-tables.js";
import {
  checkEntries,
  checkQuotedSpeakersSpeak,
  checkSpeakers,
  checkSummaries,
  checkSynonyms,
} from "./checks.js";
import { type LocalKnowledge, loadLocalKnowledge } from "./local.js";
import type { Party } from "./parties.js";
import { KnowledgeBaseError, type Problem } from "./problems.js";
import {
  type Entry,
  KNOWLEDGE_FILES,
  LOCAL_LANGUAGES,
  type LocalLang,
  type Speaker,
  type Summaries,
} from "./schema.js";

export { ARTICLE_FILE };

export interface KnowledgeBase {
  article: Article;
  speakers: Speaker[];
  speakerById: ReadonlyMap<string, Speaker>;
  entries: Entry[];
  entryById: ReadonlyMap<string, Entry>;
  summaries: Summaries;
  /** Groups of words meaning the same thing; the first is canonical. */
  synonyms: string[][];
  /** The knowledge base in other languages (knowledge/<lang>/), where the folder is there. */
  locales?: Partial<Record<LocalLang, LocalKnowledge>>;
  /** The article's parties (knowledge/parties.json), where the folder has them: the party readers' table. */
  parties?: Party[];
  /** The article's deeds and the words for their contrary (knowledge/contrary-deeds.json), where it has them. */
  contraryDeeds?: ContraryRow[];
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
  if (speakersRead.value && entriesFile) checkQuotedSpeakersSpeak(speakers, entries, problems);
  if (summaries) checkSummaries(summaries, problems);
  if (synonymsFile) checkSynonyms(synonymsFile.groups, problems);

  const locales: Partial<Record<LocalLang, LocalKnowledge>> = {};
  for (const lang of LOCAL_LANGUAGES) {
    if (!existsSync(join(dir, lang))) continue;
    const local = loadLocalKnowledge(
      dir,
      lang,
      entriesFile ? entries : null,
      speakersRead.value ? speakers : null,
      problems,
    );
    if (local) locales[lang] = local;
  }
  const tables = loadArticleTables(dir, article, speakersRead.value ? speakers : null, locales.ru, problems);

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
    locales,
    ...tables,
  };
}

export function readText(
  dir: string,
  file: string,
  problems: Problem[],
  label: string = file,
): string | undefined {
  try {
    return readFileSync(join(dir, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({
      file: label,
      message: code === "ENOENT" ? `missing (looked in ${dir})` : `cannot be read (${code ?? String(error)})`,
      fix: "restore it from git (git checkout -- knowledge/) or point KNOWLEDGE_DIR at the folder that has it",
    });
    return undefined;
  }
}

/** The file's data when it is valid, and what it parsed to (for best-effort checks) when it is JSON at all. */
export function readJson<S extends z.ZodType>(
  dir: string,
  spec: { file: string; schema: S },
  problems: Problem[],
  label: string = spec.file,
): { value?: z.infer<S>; raw?: unknown } {
  const raw = readText(dir, spec.file, problems, label);
  if (raw === undefined) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    problems.push({
      file: label,
      message: `is not valid JSON (${describeJsonError(raw, error as Error)})`,
      fix: "correct the JSON syntax there (a missing comma or quote, or a trailing comma, is the usual cause)",
    });
    return {};
  }
  const parsed = spec.schema.safeParse(data);
  if (parsed.success) return { value: parsed.data, raw: data };
  for (const issue of parsed.error.issues) {
    problems.push({
      file: label,
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
