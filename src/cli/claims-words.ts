// npm run claims:words — rewrites lexicons/en-word-relations.json from WordNet (src/claims/word-relations-build.ts).
import { writeFileSync } from "node:fs";
import { WORD_RELATIONS_FILE } from "../claims/word-relations.js";
import { buildWordRelations } from "../claims/word-relations-build.js";
import { loadKnowledgeBaseOrExit } from "./load.js";

const kb = loadKnowledgeBaseOrExit();
const relations = buildWordRelations(kb.article.paragraphs.join("\n\n"));
writeFileSync(WORD_RELATIONS_FILE, `${JSON.stringify(relations)}\n`);
console.log(
  `wrote ${WORD_RELATIONS_FILE}: ${relations.antonyms.length} opposite pairs, senses of ${Object.keys(relations.synonyms).length} article words (${relations.source})`,
);
