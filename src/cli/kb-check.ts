// npm run kb:check — verifies the knowledge base and prints its figures; exits 1 when anything is wrong.
import { CONTRARY_DEEDS_FILE } from "../claims/contrary-deed-file.js";
import { CONVERSATION_FILE, loadConversationIfPresent } from "../dialogue/index.js";
import { defaultKnowledgeDir, KnowledgeBaseError, measureCoverage } from "../knowledge/index.js";
import { loadKnowledgeBase } from "../knowledge/loader.js";
import { PARTIES_FILE } from "../knowledge/parties.js";

// Empty counts as unset, as for the bot (config.ts) and the other commands.
const dir = process.env.KNOWLEDGE_DIR?.trim() || defaultKnowledgeDir();
try {
  const kb = loadKnowledgeBase(dir);
  const conversation = loadConversationIfPresent(dir, kb);
  const { parties, contraryDeeds: deeds } = kb;
  const coverage = measureCoverage(kb);
  const answers = kb.entries.filter((e) => e.kind === "answer").length;
  const phrasings = kb.entries.reduce((n, e) => n + 1 + e.phrasings.length, 0);
  const quotes = kb.entries.reduce((n, e) => n + e.quotes.length, 0);
  const pct = ((100 * coverage.covered) / Math.max(1, coverage.total)).toFixed(1);
  console.log(`knowledge base OK: ${dir}`);
  console.log(
    `  ${kb.entries.length} entries (${answers} answered, ${kb.entries.length - answers} "the article doesn't say"), ${phrasings} phrasings, ${quotes} quotes, ${kb.speakers.length} speakers`,
  );
  for (const [lang, local] of Object.entries(kb.locales ?? {})) {
    const localPhrasings = local.entries.reduce((n, e) => n + 1 + e.phrasings.length, 0);
    const aliases = local.speakers.reduce((n, sp) => n + sp.aliases.length, 0);
    console.log(
      `  ${lang}/: ${local.entries.length} entries, ${localPhrasings} phrasings, ${local.speakers.length} speakers with ${aliases} aliases, ${local.synonyms.length} synonym groups, ${local.translations.size} quote translations`,
    );
  }
  if (conversation)
    console.log(
      `  ${CONVERSATION_FILE}: story's point ${conversation.storyPoint.join(", ")}; ${conversation.verdicts.size} curated yes/no verdicts`,
    );
  if (parties && deeds)
    console.log(
      `  ${PARTIES_FILE}: ${parties.length} parties (${parties.filter((p) => p.speaks).length} speaking in the article); ${CONTRARY_DEEDS_FILE}: ${deeds.length} deeds`,
    );
  console.log(`  coverage: ${coverage.covered}/${coverage.total} article sentences quoted (${pct}%)`);
  for (const s of coverage.missing) console.log(`  not reached: paragraph ${s.paragraph}: ${s.text}`);
  if (coverage.missing.length > 0) {
    console.log("  Fix: add an entry, or a quote to an entry, for each sentence above.");
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
