// A knowledge base already validated, written at build time (npm run build) so that a start need not run the
// schema and every check again. It is keyed by a hash of every file in knowledge/: an edited file, a new one or
// a removed one makes it stale, and a stale or missing snapshot means the full load and validation. Every quote
// is still checked verbatim against the article (the article read from knowledge/, not from the snapshot).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { findFolded, foldHaystack, parseArticle } from "./article.js";
import { ARTICLE_FILE, type KnowledgeBase, loadKnowledgeBase } from "./loader.js";
import { assembleLocal, type LocalKnowledge } from "./local.js";
import type { Entry, LocalEntry, LocalLang, LocalSpeaker, Speaker, Summaries } from "./schema.js";

/** The snapshot's file name, written beside the bundle (dist/app/). */
export const SNAPSHOT_FILE = "knowledge.snapshot.json";
/** Raised whenever what a snapshot holds changes shape: an older snapshot is then stale. */
const FORMAT = 1;

interface LocalData {
  entries: LocalEntry[];
  speakers: LocalSpeaker[];
  summaries: Summaries;
  synonyms: string[][];
  translations: [string, string][];
}

interface Snapshot {
  format: number;
  /** knowledgeHash() of the folder the snapshot was made from. */
  hash: string;
  speakers: Speaker[];
  entries: Entry[];
  summaries: Summaries;
  synonyms: string[][];
  locales: Partial<Record<LocalLang, LocalData>>;
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

/** Validates `dir` in full and writes its snapshot to `file`; throws KnowledgeBaseError when it is not valid. */
export function writeKnowledgeSnapshot(dir: string, file: string): void {
  const hash = knowledgeHash(dir);
  const kb = loadKnowledgeBase(dir);
  const locales: Partial<Record<LocalLang, LocalData>> = {};
  for (const [lang, local] of Object.entries(kb.locales ?? {}) as [LocalLang, LocalKnowledge][]) {
    locales[lang] = {
      entries: local.entries,
      speakers: local.speakers,
      summaries: local.summaries,
      synonyms: local.synonyms,
      translations: [...local.translations],
    };
  }
  const snapshot: Snapshot = {
    format: FORMAT,
    hash,
    speakers: kb.speakers,
    entries: kb.entries,
    summaries: kb.summaries,
    synonyms: kb.synonyms,
    locales,
  };
  // Written aside and renamed, so a process starting meanwhile reads the old snapshot or the new, never half.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(snapshot));
  renameSync(partial, file);
}

/** Removes a snapshot (the knowledge base it would stand for is not valid). */
export function removeKnowledgeSnapshot(file: string): void {
  rmSync(file, { force: true });
}

/**
 * The knowledge base in `dir`: from the snapshot in `file` when it was made from exactly these files and every
 * quote is still verbatim in the article, else loaded and validated in full (which reports any problem).
 */
export function loadKnowledgeBaseWithSnapshot(dir: string, file: string | undefined): KnowledgeBase {
  return (file !== undefined && fromSnapshot(dir, file)) || loadKnowledgeBase(dir);
}

function fromSnapshot(dir: string, file: string): KnowledgeBase | null {
  let snapshot: Snapshot;
  let articleText: string;
  try {
    snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
    if (snapshot.format !== FORMAT || snapshot.hash !== knowledgeHash(dir)) return null;
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
  };
}
