// "maintains relationships with both Israelis and Palestinians", «поддерживает отношения и с израильтянами, и с
// палестинцами»: keeping up a relation is having it. The keeping verb ("maintains", «поддерживает» — also "supports")
// was a word of its own, lined up with nothing: a stance against a passage that gives the relation itself ("its
// relationships with both …", «свои отношения»), or a cause's own word, and a fair paraphrase came out altered or not
// in the article (claims-own52, verdict50). Before a relation noun it weighs nothing and hands its negation on to the
// noun, as "failed to" does to its verb (claim-words.ts): "does not maintain ties" is ties denied.
import type { Token } from "../answering/lexicon.js";

/** Verbs of keeping a relation up. */
const KEEPING =
  /^(?:maintains?|maintained|maintaining|keeps?|kept|keeping|sustains?|sustained|sustaining|поддержива\p{L}*|поддержал\p{L}*|поддержать|сохраня\p{L}*|сохранил\p{L}*|сохранить)$/u;
/**
 * The relation itself: ties, relations, relationships; «отношения», «связи» (plural, not ¶4's «связь»; not «в
 * отношении», regarding: «Эрдоган поддержал позицию Путина в отношении США» is a stance, claims-blind48).
 */
const RELATION =
  /^(?:ties|relations|relationships?|links|отношения|отношений|отношениями|отношениях|связи|связями|связях|связей)$/u;
/** Words that may stand between: one qualifier ("close", «давние», «хорошие»), an article or a possessive. */
const BETWEEN = 2;

/** The token at `at` is a verb keeping up the relation a token right after names. */
export function keepsRelation(tokens: readonly Token[], at: number): boolean {
  if (!KEEPING.test(tokens[at]?.surface ?? "")) return false;
  for (let j = at + 1; j <= at + 1 + BETWEEN && j < tokens.length; j++) {
    // A phrase token ("close ties", «хорошие отношения») by its last word.
    if (RELATION.test(tokens[j]!.surface.split(" ").at(-1)!)) return true;
  }
  return false;
}
