// What a yes/no verdict on a stand-alone question reads beside the answer (yes-no.ts's verdictFor deps): the
// claim checker, the curated conversation, the parties, the speakers, the Russian entries and the engine's content
// terms — all from the dialogue's kit. Built fresh at each call, as each reader built it inline before.

import type { DialogueKit } from "./dialogue-kit.js";
import { respelledForVerdict } from "./verdict-respell.js";
import type { verdictFor } from "./yes-no.js";

export type VerdictDeps = Parameters<typeof verdictFor>[3];

export const verdictDepsOf = (kit: DialogueKit): VerdictDeps => ({
  claims: kit.claims,
  conversation: kit.conversation,
  parties: kit.parties,
  speakers: kit.speakers,
  localEntries: kit.kb.locales?.ru?.entryById,
  terms: kit.engine.contentTerms,
  paragraphs: kit.kb.article.paragraphs.length,
  articleText: kit.kb.article.paragraphs,
  // "did putn say anythin about a ceasfire": the verdict readers read the words as the engine does (verdict-respell.ts).
  respell: (text, lang) => {
    const lexicon = kit.engine.lexicon?.(lang) ?? null;
    return respelledForVerdict(
      text,
      lang,
      lexicon ? (t) => lexicon.typoFixes(t) : null,
      (word) => kit.speakers.namedIn(word).length > 0,
    );
  },
});
