// npm run kb:add-phrasing -- <entry-id> "<text>": adds a phrasing to an entry (Cyrillic text to the Russian
// side), re-validates the knowledge base, and refuses with the loader's message, changing nothing, if it fails.
import { addPhrasing } from "../curation/add-phrasing.js";
import { defaultKnowledgeDir } from "../knowledge/index.js";

const USAGE =
  'Usage: npm run kb:add-phrasing -- <entry-id> "<text>"   (e.g. ceasefire-call "did putin want a truce")';

const [entryId, ...words] = process.argv.slice(2);
if (entryId === undefined || words.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const dir = process.env.KNOWLEDGE_DIR || defaultKnowledgeDir();
const result = addPhrasing(dir, entryId, words.join(" "));
if (result.ok) {
  console.log(
    `Added to entry "${entryId}" in ${result.file} (${result.language}); the knowledge base checks out.`,
  );
} else {
  console.error(result.message);
  process.exitCode = 1;
}
