// Kind: a bare "why?" with the question it means right after it — "why? what did they do wrong", "how come? what
// was the mistake", «почему? что они сделали не так». Read whole, the engine took the two as one and found a far card
// (the feared spread, d90-10#3); the second question is what the "why?" asks, so it alone is read.
import { lean } from "../lib/lean-regexp.js";

const WHY_THEN = lean(
  /^\s*(?:(?:and|so|but|ok|okay|а|и|ну|так)[, ]+)?(?:why|why so|how come|how so|for what|почему|отчего|с чего бы|как так)\s*[?!]+\s+(?=(?:what|who|whom|which|how|where|when|did|does|do|is|are|was|were|что|кто|чем|как|где|когда|какие|какую|какой|в ч[её]м)(?!\p{L}))/iu,
);

/** The question after a bare "why?" that leads it, or null when the message has no such lead. */
export function whyThenQuestionOf(typed: string): string | null {
  if (typed.length > 200) return null;
  const m = WHY_THEN.exec(typed);
  return m ? typed.slice(m[0].length) : null;
}
