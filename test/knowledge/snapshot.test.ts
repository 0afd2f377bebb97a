// The validated snapshot a start loads instead of running every check: it must never stand in for files that
// changed since it was made, and a quote must still be verbatim in the article when it is used.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeBaseError, knowledgeHash, SNAPSHOT_FILE } from "../../src/knowledge/index.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { loadKnowledgeBaseWithSnapshot, writeKnowledgeSnapshot } from "../../src/knowledge/snapshot.js";
import { copyFixtureKb, editJson, REAL_KB_DIR } from "../helpers/knowledge.js";

/** A copy of the fixture knowledge base and a snapshot of it in a folder of its own. */
function snapshotted(): { dir: string; file: string } {
  const dir = copyFixtureKb();
  const file = join(mkdtempSync(join(tmpdir(), "kb-snapshot-")), SNAPSHOT_FILE);
  writeKnowledgeSnapshot(dir, file);
  return { dir, file };
}

/** What a knowledge base holds, maps included, as plain data to compare. */
function contents(kb: ReturnType<typeof loadKnowledgeBase>): unknown {
  return JSON.parse(
    JSON.stringify(kb, (_key, value) => (value instanceof Map ? [...value.entries()] : value)),
  );
}

describe("knowledge snapshot", () => {
  it("loads exactly what the full load and validation gives, for the fixture and for the real knowledge base", () => {
    const { dir, file } = snapshotted();
    expect(contents(loadKnowledgeBaseWithSnapshot(dir, file))).toEqual(contents(loadKnowledgeBase(dir)));

    const real = join(mkdtempSync(join(tmpdir(), "kb-snapshot-")), SNAPSHOT_FILE);
    writeKnowledgeSnapshot(REAL_KB_DIR, real);
    expect(contents(loadKnowledgeBaseWithSnapshot(REAL_KB_DIR, real))).toEqual(
      contents(loadKnowledgeBase(REAL_KB_DIR)),
    );
  });

  it("is used when the files are unchanged: a snapshot's own content is what loads", () => {
    const { dir, file } = snapshotted();
    // Proof that the snapshot, not the files, was read: a marker only the snapshot carries.
    const snapshot = JSON.parse(readFileSync(file, "utf8"));
    snapshot.entries[0].answer = "marker from the snapshot";
    writeFileSync(file, JSON.stringify(snapshot));
    expect(loadKnowledgeBaseWithSnapshot(dir, file).entries[0]?.answer).toBe("marker from the snapshot");
  });

  it("is never served after an edit to knowledge/: the edited files are loaded and validated", () => {
    const { dir, file } = snapshotted();
    editJson(dir, "entries.json", (d) => {
      d.entries[0].answer = "An answer edited after the snapshot was made.";
    });
    expect(loadKnowledgeBaseWithSnapshot(dir, file).entries[0]?.answer).toBe(
      "An answer edited after the snapshot was made.",
    );
  });

  it("is stale when a file is added or removed, or the Russian folder changes", () => {
    const { dir } = snapshotted();
    const before = knowledgeHash(dir);
    writeFileSync(join(dir, "notes.txt"), "a new file");
    expect(knowledgeHash(dir)).not.toBe(before);
    rmSync(join(dir, "notes.txt"));
    expect(knowledgeHash(dir)).toBe(before);
    editJson(dir, "ru/summaries.json", (d) => {
      d.oneLine = `${d.oneLine} `;
    });
    expect(knowledgeHash(dir)).not.toBe(before);
  });

  it("reports an edit that breaks the knowledge base, as the full load does", () => {
    const { dir, file } = snapshotted();
    editJson(dir, "entries.json", (d) => {
      d.entries[0].quotes[0].text = "the old bridge will close for good";
    });
    expect(() => loadKnowledgeBaseWithSnapshot(dir, file)).toThrow(KnowledgeBaseError);
    expect(() => loadKnowledgeBaseWithSnapshot(dir, file)).toThrow(/is not verbatim in the article/);
  });

  it("still checks every quote verbatim against the article: a snapshot whose quote is not is not used", () => {
    const { dir, file } = snapshotted();
    const snapshot = JSON.parse(readFileSync(file, "utf8"));
    snapshot.entries[0].quotes[0].text = "words the article never had";
    writeFileSync(file, JSON.stringify(snapshot));
    // The files are valid, so the full load (which then runs) gives the true quote.
    expect(loadKnowledgeBaseWithSnapshot(dir, file).entries[0]?.quotes[0]?.text).not.toBe(
      "words the article never had",
    );
  });

  it("falls back to the full load when the snapshot is missing or unreadable", () => {
    const { dir, file } = snapshotted();
    writeFileSync(file, "{ not json");
    expect(loadKnowledgeBaseWithSnapshot(dir, file).entries).toHaveLength(
      loadKnowledgeBase(dir).entries.length,
    );
    rmSync(file);
    expect(loadKnowledgeBaseWithSnapshot(dir, file).entries).toHaveLength(
      loadKnowledgeBase(dir).entries.length,
    );
  });
});
