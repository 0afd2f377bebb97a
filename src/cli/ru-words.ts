// npm run ru:words — rewrites lexicons/ru-common-words.txt.gz from dictionary-ru (see src/answering/russian/dictionary-build.ts).
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { buildCommonWords, renderCommonWords } from "../answering/russian/dictionary-build.js";
import { COMMON_WORDS_FILE } from "../answering/russian/dictionary-stems.js";

const source = buildCommonWords();
writeFileSync(COMMON_WORDS_FILE, gzipSync(renderCommonWords(source), { level: 9 }));
console.log(
  `wrote ${COMMON_WORDS_FILE}: ${source.stems.length} stems, ${source.abbreviations.length} abbreviations`,
);
