// Reading the knowledge snapshot the build wrote (snapshot.ts writes it): a start with a fresh snapshot loads only
// this file's code, not the validation's (zod and every check). Every quote is still checked verbatim against the
// article, read from knowledge/, not from the snapshot.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ContraryRow } from "../claims/contrary-deed-file.js";
import { ARTICLE_FILE, findFolded, foldHaystack, parseArticle } from "./article.js";
import type { KnowledgeBase } from "./loader.js";
import { assembleLocal, type LocalKnowledge } from "./local-parts.js";
import type { Party } from "./parties.js";
import type { Entry, LocalEntry, LocalLang, LocalSpeaker, Speaker, Summaries } from "./schema.js";

/** The snapshot's file name, written beside the bundle (dist/app/). */
export const SNAPSHOT_FILE = "knowledge.snapshot.json";
/** Raised whenever what a snapshot holds changes shape: an older snapshot is then stale. */
export const FORMAT = 2;

export interface LocalData {
  entries: LocalEntry[];
  speakers: LocalSpeaker[];
  summaries: Summaries;
  synonyms: string[][];
  translations: [string, string][];
}

export interface Snapshot {
  format: number;
  /** knowledgeHash() of the folder the snapshot was made from. */
  hash: string;
  speakers: Speaker[];
  entries: Entry[];
  summaries: Summaries;
  synonyms: string[][];
  locales: Partial<Record<LocalLang, LocalData>>;
  /** The article's tables, as the full load checked them (absent where the folder has none). */
  parties?: Party[];
  contraryDeeds?: ContraryRow[];
}

/** A hash of every file under `dir` (names and contents), so any edit, addition or removal changes it. */
export function knowledgeHash(dir: string): string {
  const hash = createHash("sha256").update(`format ${FORMAT}\n`);
  const walk = (folder: string) => {
    const items = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const item of items) {
      const path = join(folder, item.name);
      if (item.isDirectory()) walk(path);
      else {
        const content = readFileSync(path);
        hash.update(`${relative(dir, path)}\n${content.length}\n`).update(content);
      }
    }
  };
  walk(dir);
  return hash.digest("hex");
}

/**
 * The knowledge base in `dir` from the snapshot in `file`, or null when the snapshot is missing, stale, or a quote
 * is no longer verbatim. Needs none of the validation's code (zod): a start that finds a fresh snapshot loads
 * only this, and the full load (loadKnowledgeBase) only when it returns null.
 */
export function readKnowledgeSnapshot(
  dir: string,
  file: string,
  /** knowledgeHash(dir), when the caller has it already (a start checks the English index against it too). */
  hash?: string,
): KnowledgeBase | null {
  let snapshot: Snapshot;
  let articleText: string;
  try {
    snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
    if (snapshot.format !== FORMAT || snapshot.hash !== (hash ?? knowledgeHash(dir))) return null;
    articleText = readFileSync(join(dir, ARTICLE_FILE), "utf8");
  } catch {
    return null; // no snapshot, an unreadable one, or a folder that cannot be read: the full load says what
  }
  const article = parseArticle(articleText);
  // The one check kept at every start: each quote is word for word in its paragraph of the article (the
  // loader's findVerbatim, on paragraphs folded once).
  const paragraphs = article.paragraphs.map(foldHaystack);
  for (const entry of snapshot.entries) {
    for (const q of entry.quotes) {
      const paragraph = paragraphs[q.paragraph - 1];
      if (!paragraph || !findFolded(paragraph, q.text)) return null;
    }
  }
  const locales: Partial<Record<LocalLang, LocalKnowledge>> = {};
  for (const [lang, local] of Object.entries(snapshot.locales) as [LocalLang, LocalData][])
    locales[lang] = assembleLocal(lang, local);
  return {
    article,
    speakers: snapshot.speakers,
    speakerById: new Map(snapshot.speakers.map((s) => [s.id, s])),
    entries: snapshot.entries,
    entryById: new Map(snapshot.entries.map((e) => [e.id, e])),
    summaries: snapshot.summaries,
    synonyms: snapshot.synonyms,
    locales,
    ...(snapshot.parties ? { parties: snapshot.parties } : {}),
    ...(snapshot.contraryDeeds ? { contraryDeeds: snapshot.contraryDeeds } : {}),
  };
}
