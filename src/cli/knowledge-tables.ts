// The knowledge tables beside the knowledge base (parties.json, contrary-deeds.json), checked in full where the
// knowledge base is: kb:check, the snapshot step and every full load. A start from a fresh snapshot reads them
// unchecked. A knowledge base without them (a test fixture) has none to check.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadContraryDeeds } from "../claims/contrary-deed-check.js";
import { CONTRARY_DEEDS_FILE, type Contrary } from "../claims/contrary-deed-file.js";
import { type KnowledgeBase, KnowledgeBaseError, type Problem } from "../knowledge/index.js";
import type { Party } from "../knowledge/parties.js";
import { PARTIES_FILE } from "../knowledge/parties.js";
import { loadParties } from "../knowledge/parties-check.js";

/** Both tables checked, every problem of both at once; null for a table the folder does not have. */
export function checkKnowledgeTables(
  dir: string,
  kb: KnowledgeBase,
): { parties: Party[] | null; deeds: Contrary[] | null } {
  const problems: Problem[] = [];
  const attempt = <T>(file: string, load: () => T): T | null => {
    if (!existsSync(join(dir, file))) return null;
    try {
      return load();
    } catch (error) {
      if (!(error instanceof KnowledgeBaseError)) throw error;
      problems.push(...error.problems);
      return null;
    }
  };
  const parties = attempt(PARTIES_FILE, () => loadParties(dir));
  // Each deed must stand in the article or in a quote's Russian translation.
  const texts = [...kb.article.paragraphs, ...(kb.locales?.ru?.translations.values() ?? [])];
  const deeds = attempt(CONTRARY_DEEDS_FILE, () => loadContraryDeeds(dir, texts));
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return { parties, deeds };
}
