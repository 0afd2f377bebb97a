// The speaker a typed name stands for ("/quotes путин", "peskov"): read by the lexicon of the name's language
// (Cyrillic or Russian in Latin letters: the Russian reader), else found by fuzzy search among every alias in
// both languages; the fuzzy index is built only when a name the lexicon cannot place first needs it.
import Fuse from "fuse.js";
import type { KnowledgeBase, Speaker } from "../knowledge/index.js";
import { readsAsEnglish } from "./english.js";
import type { Readers } from "./routing.js";
import { isCyrillic } from "./russian/normalise.js";
import { fromTranslit, looksTransliterated } from "./russian/transliterated.js";

/** No alias is longer (the schema's limit): fuzzy search needs no more of a typed name. */
const LONGEST_ALIAS = 60;

export function createSpeakerLookup(kb: KnowledgeBase, readers: Readers): (typed: string) => Speaker | null {
  // Only a name the lexicon cannot place needs it: built then (start-up time counts).
  let speakerNamesBuilt: Fuse<{ alias: string; id: string }> | undefined;
  const speakerNames = () =>
    (speakerNamesBuilt ??= new Fuse(
      kb.speakers.flatMap((s) =>
        [s.name, ...s.aliases, ...(kb.locales?.ru?.speakerById.get(s.id)?.aliases ?? [])].map((alias) => ({
          alias,
          id: s.id,
        })),
      ),
      { keys: ["alias"], includeScore: true, threshold: 0.35, ignoreLocation: true },
    ));
  return (typed) => {
    // A name is short: a long text is not read in full (and not twice).
    const name = typed.slice(0, 100);
    const inRussian =
      kb.locales?.ru !== undefined &&
      (isCyrillic(name) || (looksTransliterated(name) && !readsAsEnglish(name)));
    const reader = inRussian ? readers.russian()! : readers.english;
    const [named] = reader.lexicon.analyse(inRussian ? russianText(name) : name).speakers;
    if (named !== undefined) return kb.speakerById.get(named) ?? null;
    const [hit] = speakerNames().search(name.slice(0, LONGEST_ALIAS), { limit: 1 });
    return hit ? (kb.speakerById.get(hit.item.id) ?? null) : null;
  };
}

/** Russian typed in Latin letters back in Cyrillic; Cyrillic text as it is. */
function russianText(text: string): string {
  return looksTransliterated(text) ? fromTranslit(text) : text;
}
