// What the schema cannot say: ids unique and existing, quotes verbatim in their paragraph, no phrasing shared
// by two entries, limits on lengths. Each check adds problems; none stops at the first.
import { type Article, findVerbatim } from "./article.js";
import type { Problem } from "./problems.js";
import { type Entry, KNOWLEDGE_FILES, LIMITS, type Speaker, type Summaries } from "./schema.js";

export function normaliseForDuplicates(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function checkSpeakers(
  speakers: Pick<Speaker, "id" | "name" | "aliases">[],
  problems: Problem[],
  file: string = KNOWLEDGE_FILES.speakers.file,
): void {
  const seen = new Set<string>();
  const aliasOwner = new Map<string, string>();
  for (const s of speakers) {
    if (seen.has(s.id)) {
      problems.push({
        file,
        where: `speaker "${s.id}"`,
        field: "id",
        message: "is used twice",
        fix: "give each speaker its own id",
      });
    }
    seen.add(s.id);
    for (const alias of [s.name, ...s.aliases]) {
      const key = normaliseForDuplicates(alias);
      const owner = aliasOwner.get(key);
      if (owner !== undefined && owner !== s.id) {
        problems.push({
          file,
          where: `speaker "${s.id}"`,
          field: "aliases",
          message: `"${alias}" also names speaker "${owner}"`,
          fix: "keep each alias on one speaker only",
        });
      }
      aliasOwner.set(key, s.id);
    }
  }
}

export function checkEntries(
  entries: Entry[],
  speakerById: ReadonlyMap<string, Speaker> | null,
  article: Article,
  problems: Problem[],
): void {
  const file = KNOWLEDGE_FILES.entries.file;
  const ids = new Set(entries.map((e) => e.id));
  const seenIds = new Set<string>();
  const phrasingOwner = new Map<string, string>();

  for (const e of entries) {
    const where = `entry "${e.id}"`;
    const add = (field: string, message: string, fix: string) =>
      problems.push({ file, where, field, message, fix });

    if (seenIds.has(e.id)) add("id", "is used by another entry too", "give each entry its own id");
    seenIds.add(e.id);

    const minPhrasings = e.kind === "answer" ? LIMITS.minPhrasings : LIMITS.minGapPhrasings;
    if (e.phrasings.length < minPhrasings) {
      add(
        "phrasings",
        `has ${e.phrasings.length} phrasing${e.phrasings.length === 1 ? "" : "s"}, needs at least ${minPhrasings}`,
        "add other ways a reader would ask: a full question, a two-word keyword query, an informal one",
      );
    }
    if (e.kind === "answer" && e.quotes.length === 0) {
      add("quotes", "an answer needs at least one quote", "add the article span that backs the answer");
    }
    const sentences = e.answer.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    if (sentences > 3) add("answer", `has ${sentences} sentences`, "keep the answer to 1–3 sentences");

    for (const [i, phrasing] of [e.question, ...e.phrasings].entries()) {
      const key = normaliseForDuplicates(phrasing);
      const owner = phrasingOwner.get(key);
      const field = i === 0 ? "question" : `phrasings[${i - 1}]`;
      if (owner === e.id) {
        add(field, `"${phrasing}" is listed twice in this entry`, "remove the repeat");
      } else if (owner !== undefined) {
        add(
          field,
          `"${phrasing}" is also a phrasing of entry "${owner}"`,
          "keep it on the entry that answers it",
        );
      } else {
        phrasingOwner.set(key, e.id);
      }
    }

    for (const [i, related] of e.related.entries()) {
      if (related === e.id) add(`related[${i}]`, "points at the entry itself", "remove it");
      else if (!ids.has(related)) {
        add(
          `related[${i}]`,
          `"${related}" is not an entry id`,
          "use the id of an existing entry or remove it",
        );
      }
    }

    if (e.reason !== undefined) {
      if (e.reason === e.id) add("reason", "points at the entry itself", "remove it");
      else if (!ids.has(e.reason))
        add("reason", `"${e.reason}" is not an entry id`, "use the id of an existing entry or remove it");
    }

    for (const [i, q] of e.quotes.entries()) {
      const field = `quotes[${i}]`;
      const speaker = speakerById?.get(q.speaker);
      if (speakerById && !speaker) {
        add(
          `${field}.speaker`,
          `"${q.speaker}" is not a speaker id`,
          "use an id from knowledge/speakers.json",
        );
      } else if (speaker && !speaker.quoted && q.voice === "reported") {
        add(
          `${field}.speaker`,
          `"${q.speaker}" is marked as never quoted in the article, yet this quote reports their words`,
          'attribute the quote to who says it, use voice "article" for the article\'s own words about them, or set quoted: true in speakers.json',
        );
      }
      const paragraph = article.paragraphs[q.paragraph - 1];
      if (paragraph === undefined) {
        add(
          `${field}.paragraph`,
          `paragraph ${q.paragraph} does not exist (the article has ${article.paragraphs.length})`,
          "use the paragraph the span stands in",
        );
      } else if (!findVerbatim(paragraph, q.text)) {
        const elsewhere = article.paragraphs.findIndex((p) => findVerbatim(p, q.text));
        if (elsewhere >= 0) {
          add(
            `${field}.paragraph`,
            `the quote stands in paragraph ${elsewhere + 1}, not ${q.paragraph}`,
            `set paragraph to ${elsewhere + 1}`,
          );
        } else {
          add(
            `${field}.text`,
            `"${truncate(q.text, 60)}" is not verbatim in the article`,
            "copy the span exactly from knowledge/article.txt (only white space and ’/' may differ)",
          );
        }
      }
    }
  }
}

/** The speaker that stands for the article's own voice: quoted in that voice only, by nature. */
const ARTICLE_VOICE_SPEAKER = "article";

/** A speaker marked as quoted must have words of their own: at least one quote in a reported voice. */
export function checkQuotedSpeakersSpeak(speakers: Speaker[], entries: Entry[], problems: Problem[]): void {
  const speaking = new Set(
    entries.flatMap((e) => e.quotes.filter((q) => q.voice === "reported").map((q) => q.speaker)),
  );
  for (const s of speakers) {
    if (!s.quoted || s.id === ARTICLE_VOICE_SPEAKER || speaking.has(s.id)) continue;
    problems.push({
      file: KNOWLEDGE_FILES.speakers.file,
      where: `speaker "${s.id}"`,
      field: "quoted",
      message:
        "is true, but no quote reports their words (the article's sentences about them are not theirs)",
      fix: 'set quoted: false, or add a quote with voice "reported" that the article attributes to them',
    });
  }
}

export function checkSummaries(
  summaries: Summaries,
  problems: Problem[],
  file: string = KNOWLEDGE_FILES.summaries.file,
): void {
  const limits: [keyof Summaries, number][] = [
    ["short", LIMITS.shortSummaryWords],
    ["long", LIMITS.longSummaryWords],
  ];
  for (const [field, max] of limits) {
    const words = String(summaries[field]).split(/\s+/).filter(Boolean).length;
    if (words > max) {
      problems.push({ file, field, message: `has ${words} words, the limit is ${max}`, fix: "shorten it" });
    }
  }
}

export function checkSynonyms(
  groups: string[][],
  problems: Problem[],
  file: string = KNOWLEDGE_FILES.synonyms.file,
): void {
  const owner = new Map<string, number>();
  for (const [i, group] of groups.entries()) {
    for (const term of group) {
      const key = normaliseForDuplicates(term);
      const other = owner.get(key);
      if (other !== undefined && other !== i) {
        problems.push({
          file,
          field: `groups[${i}]`,
          message: `"${term}" is also in groups[${other}]`,
          fix: "merge the two groups or keep the term in one",
        });
      }
      owner.set(key, i);
    }
  }
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
