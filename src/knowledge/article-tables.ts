// The article's tables beside the knowledge base (parties.json, contrary-deeds.json), read and checked as part of
// the full load (loader.ts) so that they travel on the KnowledgeBase like its entries: the readers are handed
// kb.parties and kb.contraryDeeds, never a file of their own, so KNOWLEDGE_DIR brings its own tables. Every
// problem is one line of the load's list (row, field, fix). A folder without a table (a small test knowledge base)
// has none, and the readers see an empty table.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseContraryDeeds } from "../claims/contrary-deed-check.js";
import { CONTRARY_DEEDS_FILE, type ContraryRow } from "../claims/contrary-deed-file.js";
import type { Article } from "./article.js";
import type { LocalKnowledge } from "./local-parts.js";
import { PARTIES_FILE, type Party, type SpeakerFlag } from "./parties.js";
import { parseParties } from "./parties-check.js";
import { KnowledgeBaseError, type Problem } from "./problems.js";
import { readTableJson } from "./table-file.js";

export interface ArticleTables {
  parties?: Party[];
  contraryDeeds?: ContraryRow[];
}

/**
 * Both tables of `dir`, checked: parties against the speakers (null when the speakers file is not valid: its
 * problems are reported already), each deed against the article and its Russian translations. Problems are added
 * to `problems`; a table with any problem is left out.
 */
export function loadArticleTables(
  dir: string,
  article: Article,
  speakers: readonly SpeakerFlag[] | null,
  russian: LocalKnowledge | undefined,
  problems: Problem[],
): ArticleTables {
  const attempt = <T>(file: string, load: (raw: unknown) => T): T | undefined => {
    if (!existsSync(join(dir, file))) return undefined;
    try {
      return load(readTableJson(dir, file));
    } catch (error) {
      if (!(error instanceof KnowledgeBaseError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const parties = speakers ? attempt(PARTIES_FILE, (raw) => parseParties(raw, speakers)) : undefined;
  // Each deed must stand in the article or in a quote's Russian translation.
  const texts = [...article.paragraphs, ...(russian?.translations.values() ?? [])];
  const contraryDeeds = attempt(CONTRARY_DEEDS_FILE, (raw) => {
    parseContraryDeeds(raw, texts);
    return (raw as { deeds: ContraryRow[] }).deeds;
  });
  return { ...(parties ? { parties } : {}), ...(contraryDeeds ? { contraryDeeds } : {}) };
}
