// A language folder knowledge/<lang>/: the same entries, speakers and summaries in another language, plus the
// translations of the article's quotes. Checked as strictly as the English side, against it: every English
// entry and speaker translated once, no stranger ids, every quote translated, no translation of nothing.
import { join } from "node:path";
import { foldForMatch } from "./article.js";
import { checkSpeakers, checkSummaries, checkSynonyms, normaliseForDuplicates, truncate } from "./checks.js";
import { readJson } from "./loader.js";
import { assembleLocal, type LocalKnowledge } from "./local-parts.js";
import type { Problem } from "./problems.js";

export { assembleLocal, type LocalKnowledge };

import {
  type Entry,
  LIMITS,
  LOCAL_KNOWLEDGE_FILES,
  type LocalEntry,
  type LocalLang,
  type LocalSpeaker,
  type Speaker,
  type Summaries,
} from "./schema.js";

/**
 * Loads knowledge/<lang>/ and checks it against the English entries and speakers (null entries or speakers: that English
 * file is broken, so only the folder's own rules are checked). Adds problems; null when a file is unusable.
 */
export function loadLocalKnowledge(
  dir: string,
  lang: LocalLang,
  english: Entry[] | null,
  englishSpeakers: Speaker[] | null,
  problems: Problem[],
): LocalKnowledge | null {
  const folder = join(dir, lang);
  const files = LOCAL_KNOWLEDGE_FILES;
  const at = (file: string) => label(lang, file);
  const speakersFile = readJson(folder, files.speakers, problems, at(files.speakers.file)).value;
  const entriesFile = readJson(folder, files.entries, problems, at(files.entries.file)).value;
  const summariesFile = readJson(folder, files.summaries, problems, at(files.summaries.file)).value;
  const synonymsFile = readJson(folder, files.synonyms, problems, at(files.synonyms.file)).value;
  const translationsFile = readJson(folder, files.translations, problems, at(files.translations.file)).value;

  if (speakersFile && englishSpeakers)
    checkLocalSpeakers(lang, speakersFile.speakers, englishSpeakers, problems);
  if (entriesFile) checkLocalEntries(lang, entriesFile.entries, english, problems);
  const { $schema: _s, ...summaries } = summariesFile ?? { $schema: "" };
  if (summariesFile) checkSummaries(summaries as Summaries, problems, label(lang, "summaries.json"));
  if (synonymsFile) checkSynonyms(synonymsFile.groups, problems, label(lang, "synonyms.json"));
  if (translationsFile && english) checkTranslations(lang, translationsFile.quotes, english, problems);

  if (!speakersFile || !entriesFile || !summariesFile || !synonymsFile || !translationsFile) return null;
  return assembleLocal(lang, {
    entries: entriesFile.entries,
    speakers: speakersFile.speakers,
    summaries: summaries as Summaries,
    synonyms: synonymsFile.groups,
    translations: translationsFile.quotes.map((q) => [q.text, q.translation] as const),
  });
}

function label(lang: LocalLang, file: string): string {
  return `${lang}/${file}`;
}

function checkLocalSpeakers(
  lang: LocalLang,
  speakers: LocalSpeaker[],
  english: Speaker[],
  problems: Problem[],
): void {
  const file = label(lang, "speakers.json");
  checkSpeakers(speakers, problems, file);
  const ids = new Set(speakers.map((s) => s.id));
  const englishIds = new Set(english.map((s) => s.id));
  for (const s of english) {
    if (!ids.has(s.id)) {
      problems.push({
        file,
        where: `speaker "${s.id}"`,
        message: "is in speakers.json but not here",
        fix: "add it with its name, role and aliases in this language",
      });
    }
  }
  for (const s of speakers) {
    if (!englishIds.has(s.id)) {
      problems.push({
        file,
        where: `speaker "${s.id}"`,
        field: "id",
        message: `"${s.id}" is not a speaker id of knowledge/speakers.json`,
        fix: "use the id of the English speaker it translates, or remove it",
      });
    }
  }
}

function checkLocalEntries(
  lang: LocalLang,
  entries: LocalEntry[],
  english: Entry[] | null,
  problems: Problem[],
): void {
  const file = label(lang, "entries.json");
  const seen = new Set<string>();
  const phrasingOwner = new Map<string, string>();
  const englishIds = english ? new Set(english.map((e) => e.id)) : null;
  for (const e of entries) {
    const add = (field: string | undefined, message: string, fix: string) =>
      problems.push({ file, where: `entry "${e.id}"`, field, message, fix });
    if (seen.has(e.id)) add("id", "is used by another entry too", "translate each entry once");
    seen.add(e.id);
    if (englishIds && !englishIds.has(e.id)) {
      add(
        "id",
        `"${e.id}" is not an entry id of knowledge/entries.json`,
        "use the id of the English entry it translates, or remove it",
      );
    }
    if (e.phrasings.length < LIMITS.minPhrasings) {
      add(
        "phrasings",
        `has ${e.phrasings.length} phrasing${e.phrasings.length === 1 ? "" : "s"}, needs at least ${LIMITS.minPhrasings}`,
        "add other ways a reader would ask: a full question, a keyword query, a colloquial one",
      );
    }
    const sentences = e.answer.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
    if (sentences > 3) add("answer", `has ${sentences} sentences`, "keep the answer to 1–3 sentences");
    for (const [i, phrasing] of [e.question, ...e.phrasings].entries()) {
      const key = normaliseForDuplicates(phrasing);
      const owner = phrasingOwner.get(key);
      const field = i === 0 ? "question" : `phrasings[${i - 1}]`;
      if (owner === e.id) add(field, `"${phrasing}" is listed twice in this entry`, "remove the repeat");
      else if (owner !== undefined) {
        add(
          field,
          `"${phrasing}" is also a phrasing of entry "${owner}"`,
          "keep it on the entry that answers it",
        );
      } else phrasingOwner.set(key, e.id);
    }
  }
  for (const e of english ?? []) {
    if (!seen.has(e.id)) {
      problems.push({
        file,
        where: `entry "${e.id}"`,
        message: "is in entries.json but not here",
        fix: `add it with its question, at least ${LIMITS.minPhrasings} phrasings, keywords and answer in this language`,
      });
    }
  }
}

function checkTranslations(
  lang: LocalLang,
  translations: { text: string; translation: string }[],
  english: Entry[],
  problems: Problem[],
): void {
  const file = label(lang, "translations.json");
  const quoted = new Map<string, { text: string; entry: string }>();
  for (const e of english)
    for (const q of e.quotes) {
      const key = foldForMatch(q.text);
      if (!quoted.has(key)) quoted.set(key, { text: q.text, entry: e.id });
    }
  const translated = new Map<string, number>();
  for (const [i, t] of translations.entries()) {
    const key = foldForMatch(t.text);
    const first = translated.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        field: `quotes[${i}].text`,
        message: `"${truncate(t.text, 60)}" is translated in quotes[${first}] too`,
        fix: "keep one translation of each quote",
      });
    } else translated.set(key, i);
    if (!quoted.has(key)) {
      problems.push({
        file,
        field: `quotes[${i}].text`,
        message: `"${truncate(t.text, 60)}" is not the text of any quote in entries.json`,
        fix: "copy the quote's text exactly from knowledge/entries.json, or remove the translation",
      });
    }
  }
  for (const [key, q] of quoted) {
    if (!translated.has(key)) {
      problems.push({
        file,
        where: `entry "${q.entry}"`,
        field: "quotes",
        message: `"${truncate(q.text, 60)}" has no translation`,
        fix: 'add {"text": the quote exactly as in entries.json, "translation": …} to translations.json',
      });
    }
  }
}
