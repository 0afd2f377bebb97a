// Builds lexicons/ru-common-words.txt.gz from the Hunspell Russian dictionary (dictionary-ru): the Snowball stems of
// its lower-case lemmas, and its abbreviations (НАТО, СНГ). Stemming 146k lemmas at start would cost the bot
// ~20 MB of memory and a second of CPU; the file costs 1 MB and 5 ms. `npm run ru:words` rewrites it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { snowballStem } from "./stem.js";

const require = createRequire(import.meta.url);

export interface CommonWordsSource {
  /** The versions the file was made from, so a test can tell it is stale. */
  header: string;
  stems: string[];
  abbreviations: string[];
}

function versionOf(pkg: string): string {
  const main = require.resolve(pkg);
  let dir = dirname(main);
  while (dir !== dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (json.name === pkg) return json.version ?? "?";
    } catch {
      // not here: one folder up
    }
    dir = dirname(dir);
  }
  return "?";
}

export function commonWordsHeader(): string {
  return `# stems of dictionary-ru ${versionOf("dictionary-ru")} by @nlpjs/lang-ru ${versionOf("@nlpjs/lang-ru")}`;
}

export function buildCommonWords(): CommonWordsSource {
  const file = join(dirname(require.resolve("dictionary-ru")), "index.dic");
  const lines = readFileSync(file, "utf8").split("\n").slice(1);
  const stems = new Set<string>();
  const abbreviations = new Set<string>();
  for (const line of lines) {
    const lemma = line.split("/")[0]!.trim();
    if (/^[А-ЯЁ]{2,}$/.test(lemma)) abbreviations.add(lemma.toLowerCase().replace(/ё/g, "е"));
    // A capitalised lemma is a name (Украина, Китай); a lemma with a hyphen or a Latin letter is no help.
    if (lemma.length >= 2 && /^[а-яё]+$/.test(lemma)) stems.add(snowballStem(lemma.replace(/ё/g, "е")));
  }
  return { header: commonWordsHeader(), stems: [...stems].sort(), abbreviations: [...abbreviations].sort() };
}

/** The file's text: the header, the abbreviations on one line, then one stem a line. */
export function renderCommonWords(source: CommonWordsSource): string {
  return `${source.header}\n${source.abbreviations.join(" ")}\n${source.stems.join("\n")}\n`;
}
