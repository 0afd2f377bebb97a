// "Лавров подчеркнул необходимость …": a Russian claim opening with a name the knowledge base does not know. The
// English side reads such a name as the claimed speaker (one nobody in the article is); the Russian side took it
// for one more unbacked word, and the rest lining up made the claim a paraphrase of Putin's words.
import type { Token } from "../answering/lexicon.js";
import type { ClaimVerdict } from "./types.js";

/** A Russian surname's ending: "Лавров", "Шойгу" aside, "-ов", "-ев", "-ин", "-ский" and their feminine forms. */
const SURNAME = /\p{L}{2,}(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая)$/u;

/**
 * The claim's opening word as an unknown speaker: written with a capital (`names`), no entity of the article and
 * no word the lexicon knows, with a word of the claim after it. Null otherwise.
 */
export function unknownOpener(
  tokens: Token[],
  names: ReadonlySet<string>,
  isArticleWord: (term: string) => boolean,
  /** The statement as typed: a capitalised surname that is also a common word ("Лавров", laurels) opens it. */
  statement: string,
): ClaimVerdict["claimedSpeaker"] {
  const at = tokens.findIndex((t) => t.role !== "stop");
  const first = tokens[at];
  if (!first || at + 1 >= tokens.length || first.surface.includes(" ")) return null;
  const surname =
    SURNAME.test(first.surface) &&
    statement.trimStart().toLowerCase().startsWith(first.surface) &&
    /^\p{Lu}/u.test(statement.trimStart());
  if (!(names.has(first.surface) || surname) || first.known || isArticleWord(first.term)) return null;
  return { id: null, name: first.surface.charAt(0).toUpperCase() + first.surface.slice(1) };
}
