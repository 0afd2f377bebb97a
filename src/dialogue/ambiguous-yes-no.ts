// "правда ли, что Путин похвалил политику США?" where the engine cannot choose between two entries: a yes/no
// question is settled by the first of them the verdict reads decisively, else by the first the claim checker
// reads as not said, else — read in the conversation's context, or about a voice the article quotes ("did
// Peskov repeat that criticism?") — the first with any verdict. A question none of that settles ("did Erdogan
// win the last election?" between two loose matches, nothing of it confirmed) is a question the article does not
// cover: it stays unsure. Read by stand-alone.ts on an "ambiguous" answer to a yes/no question.

import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueWords } from "./language.js";
import { partnerStanceVerdict } from "./partner-stance.js";
import { asksUnknownEvent } from "./unmentioned-event.js";
import { verdictDepsOf } from "./verdict-deps.js";
import { verdictFor } from "./yes-no.js";

/** The entry that settles the yes/no question, or null where none does (the answer stays unsure). */
export function settledAmbiguity(
  kit: DialogueKit,
  folded: string,
  answer: Answer,
  lang: Lang,
  words: DialogueWords,
  understood: string | null,
  rescued: boolean,
): Answer | null {
  const { engine, speakers } = kit;
  const tried = answer.suggestions.slice(0, 2).flatMap((s) => {
    const candidate = engine.answerForEntry(s.entryId, lang);
    if (!candidate?.answered) return [];
    // The engine was unsure between these entries: its own confidence, not the entry's, is what a curated
    // verdict may lean on ("лавров встречался с делегацией…" is no question the ties entry is sure of).
    const v = verdictFor(
      folded,
      { ...candidate, confidence: answer.confidence },
      words.lang,
      verdictDepsOf(kit),
    );
    return v ? [{ candidate, v }] : [];
  });
  // "did putin host a hamas delegation in moscow": a word the article does not know is the question's point, so no
  // nearby card's "doesn't say" answers it (unmentioned-event.ts); only a decisive verdict does.
  const unknownPoint = understood === null && !rescued && asksUnknownEvent(folded, engine);
  const chosen =
    tried.find((t) => t.v.verdict !== "not-said") ??
    // Not after a "did you mean…?" the engine's refusal got: "is beyonce in the un?" ("beyonc" near "beyond") is
    // a name the article never has, and a checker's "doesn't say" on a nearby card would answer it.
    (rescued || unknownPoint ? undefined : tried.find((t) => t.v.source === "claim-checker")) ??
    // "а эрдоган тоже хочет, чтобы огонь прекратили?": the stance of the one the call was with, never reported.
    tried.find((t) => partnerStanceVerdict(folded, t.candidate, words.lang, speakers) !== null) ??
    // Not when the engine refused it and only "did you mean…?" (rescue.ts) put entries near: a word the article
    // does not know ("Is Putin running for reelection?") is the question's point, no nearby entry's.
    (!rescued &&
    !unknownPoint &&
    (understood !== null || speakers.namedIn(folded).some((n) => speakers.isQuoted(n.id)))
      ? tried[0]
      : undefined);
  return chosen ? chosen.candidate : null;
}
