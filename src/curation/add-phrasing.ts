// Closing the loop: a question people asked becomes a phrasing of the entry that answers it. The edit is checked
// by the knowledge-base loader on a copy first, so a refused phrasing leaves the real file untouched.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { KnowledgeBaseError } from "../knowledge/index.js";
import { loadKnowledgeBase } from "../knowledge/loader.js";
import { isRussianText } from "../lib/script-language.js";
import { appendToArray, jsonSpans } from "./json-spans.js";

/** Where the phrasings of each language live, relative to the knowledge folder. */
export const PHRASING_FILES = { en: "entries.json", ru: join("ru", "entries.json") } as const;
export type PhrasingLanguage = keyof typeof PHRASING_FILES;

/** A Russian phrasing (src/lib/script-language.ts) goes to the Russian file: it may name Erdogan in Latin. */
export function phrasingLanguage(text: string): PhrasingLanguage {
  return isRussianText(text) ? "ru" : "en";
}

export type AddPhrasingResult =
  | { ok: true; file: string; language: PhrasingLanguage }
  | { ok: false; message: string };

/** Appends `text` to the phrasings of entry `entryId` in the file of its language, if the loader accepts it. */
export function addPhrasing(knowledgeDir: string, entryId: string, rawText: string): AddPhrasingResult {
  const text = rawText.trim().replace(/\s+/g, " ");
  if (text === "") return { ok: false, message: "The phrasing is empty. Fix: give the question in quotes." };
  const language = phrasingLanguage(text);
  const relative = PHRASING_FILES[language];
  const path = join(knowledgeDir, relative);

  try {
    loadKnowledgeBase(knowledgeDir);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    return {
      ok: false,
      message: `${error.message}\nFix these first (npm run kb:check), then add the phrasing.`,
    };
  }
  if (!existsSync(path)) {
    return {
      ok: false,
      message: `${relative}: missing (looked in ${knowledgeDir}). Fix: ${language === "ru" ? "Russian phrasings go to knowledge/ru/entries.json, which this knowledge base does not have yet" : "restore it from git"}.`,
    };
  }

  const before = readFileSync(path, "utf8");
  const data = JSON.parse(before) as { entries?: { id?: unknown; phrasings?: unknown }[] };
  const index = (data.entries ?? []).findIndex((e) => e.id === entryId);
  if (index === -1) {
    return {
      ok: false,
      message: `${relative}: entry "${entryId}": there is no such entry. Fix: use an id from ${relative} (the report prints the nearest entry's id).`,
    };
  }
  const phrasings = jsonSpans(before).members?.get("entries")?.items?.[index]?.members?.get("phrasings");
  if (!phrasings?.items) {
    return {
      ok: false,
      message: `${relative}: entry "${entryId}", phrasings: missing. Fix: give the entry a "phrasings" list.`,
    };
  }
  const clash = phrasingOwner(data.entries ?? [], text);
  if (clash) {
    const where =
      clash.id === entryId ? "is listed twice in this entry" : `is also a phrasing of entry "${clash.id}"`;
    const fix = clash.id === entryId ? "remove the repeat" : "keep it on the entry that answers it";
    const problem = {
      file: relative,
      where: `entry "${entryId}"`,
      field: `phrasings[${phrasings.items.length}]`,
      message: `"${text}" ${where}`,
      fix,
    };
    return { ok: false, message: `${new KnowledgeBaseError([problem]).message}\nNothing was changed.` };
  }
  const after = appendToArray(before, phrasings, JSON.stringify(text));
  assertOnlyTheItemWasAdded(before, after, index, text);

  // The loader judges the edited file on a copy of the whole knowledge base; only then is the real file replaced.
  const scratch = mkdtempSync(join(tmpdir(), "kb-add-phrasing-"));
  try {
    cpSync(knowledgeDir, scratch, { recursive: true });
    writeFileSync(join(scratch, relative), after);
    loadKnowledgeBase(scratch);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    return { ok: false, message: `${error.message}\nNothing was changed.` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const temporary = join(dirname(path), `.${relative.replace(/\W/g, "-")}.${process.pid}.tmp`);
  writeFileSync(temporary, after);
  renameSync(temporary, path);
  return { ok: true, file: relative, language };
}

/**
 * The entry that already has this phrasing (or canonical question) in the file, compared as the loader compares
 * them; a safety net for a language file the loader does not check yet.
 */
function phrasingOwner(entries: { id?: unknown; question?: unknown; phrasings?: unknown }[], text: string) {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const wanted = key(text);
  return entries.find((e) =>
    [e.question, ...(Array.isArray(e.phrasings) ? e.phrasings : [])].some(
      (p) => typeof p === "string" && key(p) === wanted,
    ),
  ) as { id: string } | undefined;
}

/** A guard on the in-place edit: the result must be the same data with one more phrasing. */
function assertOnlyTheItemWasAdded(before: string, after: string, index: number, text: string): void {
  const expected = JSON.parse(before) as { entries: { phrasings: string[] }[] };
  expected.entries[index]!.phrasings.push(text);
  if (JSON.stringify(JSON.parse(after)) !== JSON.stringify(expected)) {
    throw new Error("kb:add-phrasing: the in-place edit changed more than the phrasing list (a bug)");
  }
}
