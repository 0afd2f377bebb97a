// A turn that gives a verdict on the last answer itself, shown again as the evidence ("а США в этом участвуют?" →
// doesn't say, party-in-that.ts; "so the hamas link is real?" → Yes, real-thing.ts): the context kept, its
// verdict the new one.
import type { Answer, Lang } from "../answering/types.js";
import type { DialogueContext, DialogueTurn } from "./types.js";

export function verdictOnLast(
  last: Answer,
  text: string,
  context: DialogueContext,
  lang: Lang,
  verdict: "yes" | "no" | "not-said",
  followUp: "pronoun" | "is-that-true",
): DialogueTurn {
  return {
    lang,
    replies: [
      {
        kind: "answer",
        answer: last,
        understood: null,
        followUp,
        verdict,
        verdictSource: "article-text",
        deferred: false,
        rescued: false,
        asked: text,
      },
    ],
    context: { ...context, verdict },
  };
}
