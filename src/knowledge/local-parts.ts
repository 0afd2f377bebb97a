// A language's side of the knowledge base as the program holds it, with its look-ups: assembled from the files
// just validated (local.ts) or from a build-time snapshot (snapshot-read.ts), which needs none of the checks.
import { foldForMatch } from "./article.js";
import type { LocalEntry, LocalLang, LocalSpeaker, Summaries } from "./schema.js";

export interface LocalKnowledge {
  lang: LocalLang;
  entries: LocalEntry[];
  entryById: ReadonlyMap<string, LocalEntry>;
  speakers: LocalSpeaker[];
  speakerById: ReadonlyMap<string, LocalSpeaker>;
  summaries: Summaries;
  synonyms: string[][];
  /** The translation of an English quote, by its text folded with `foldForMatch`. */
  translations: ReadonlyMap<string, string>;
}

/** A language's side with its look-ups, from its parts: the files just validated, or a build-time snapshot. */
export function assembleLocal(
  lang: LocalLang,
  parts: {
    entries: LocalEntry[];
    speakers: LocalSpeaker[];
    summaries: Summaries;
    synonyms: string[][];
    /** Quote text (verbatim English) and its translation. */
    translations: Iterable<readonly [string, string]>;
  },
): LocalKnowledge {
  return {
    lang,
    entries: parts.entries,
    entryById: new Map(parts.entries.map((e) => [e.id, e])),
    speakers: parts.speakers,
    speakerById: new Map(parts.speakers.map((s) => [s.id, s])),
    summaries: parts.summaries,
    synonyms: parts.synonyms,
    translations: new Map(
      Array.from(parts.translations, ([text, translation]) => [foldForMatch(text), translation]),
    ),
  };
}
