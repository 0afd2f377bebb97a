// "Лавров подчеркнул необходимость …": a Russian claim opening with a name the knowledge base does not know. The
// English side reads such a name as the claimed speaker (one nobody in the article is); the Russian side took it
// for one more unbacked word, and the rest lining up made the claim a paraphrase of Putin's words.
// Typed in lower case («лавров выразил глубокую обеспокоенность …», claims-blind54's false confirmation) it is a name
// all the same when no dictionary word ("шойгу", "небензя") or a surname ("лавров", laurels), before a verb.
import type { Token } from "../answering/lexicon.js";
import { isCommonRussian } from "../answering/russian/dictionary.js";
import type { ClaimVerdict } from "./types.js";

/**
 * A Russian surname's ending: "Лавров", "Шойгу" aside, "-ов", "-ев", "-ин", "-ский" and their feminine forms; and
 * (claims-r2-34) their other cases: «Лаврову известно о …», «Лаврову принадлежат слова о …» (a dative read as the
 * laurel, one more unbacked word, and Putin's words confirmed as a paraphrase).
 */
const SURNAME =
  /\p{L}{2,}(?:[оеё]в|[иы]н|ский|цкий|[оеё]ва|[иы]на|ская|цкая|[оеё]ву|[иы]ну|[оеё]вым|[иы]ным|[оеё]ве|[оеё]вой|[иы]ной|[сц]кого|[сц]кому|[сц]ким|[сц]кой)$/u;

/** A body or circle of people a person's name in the genitive follows. */
const ENTOURAGE =
  /^(?:команда|команды|окружение|министерство|ведомство|аппарат|пресс-служба|люди|помощники|советники|сторонники|соратники|подчинённые|подчиненные|заместитель|помощник|советник)$/u;

/** A person at a speaker's side, never the speaker («пресс-секретарь» is Peskov's own title: not here). */
const AIDE = /^(?:помощник|помощники|советник|советники|заместитель|сторонники|соратники)$/u;

/** A finite verb after the name: a past tense («выразил», «призвала») or a present third person («считает»). */
const FINITE_VERB = /\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ёт|ит|ут|ют|ат|ят|тся)$/u;

/**
 * The claim's opening word as an unknown speaker: written with a capital (`names`), or in lower case a word no
 * dictionary has (or a surname) before a finite verb; no entity of the article and no word the lexicon knows,
 * with a word of the claim after it. Null otherwise.
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
  // (claims-r2-34) «команда Лаврова подчёркивает …», «министерство Лаврова …»: a body or circle of a surname the
  // article never gives is that person's, not the passage's speaker.
  const owner = tokens[at + 1]!;
  const unknownOwner = SURNAME.test(owner.surface) && !owner.known && !isArticleWord(owner.term);
  // «помощник Путина подчеркнул …»: an aide or adviser of a speaker is not that speaker either.
  const aide = AIDE.test(first.surface) && owner.term.startsWith("@");
  if ((ENTOURAGE.test(first.surface) && unknownOwner) || aide)
    return {
      id: null,
      name: `${first.surface} ${owner.surface.charAt(0).toUpperCase()}${owner.surface.slice(1)}`,
    };
  const surname =
    SURNAME.test(first.surface) &&
    statement.trimStart().toLowerCase().startsWith(first.surface) &&
    /^\p{Lu}/u.test(statement.trimStart());
  if (first.known || isArticleWord(first.term)) return null;
  if (!(names.has(first.surface) || surname || lowerCaseName(first, tokens[at + 1]!, statement))) return null;
  return { id: null, name: first.surface.charAt(0).toUpperCase() + first.surface.slice(1) };
}

/** «лавров выразил …», «небензя призвал …»: a lower-case opener no common word (or a surname), before a verb. */
function lowerCaseName(first: Token, next: Token, statement: string): boolean {
  const opening = statement.trimStart().replace(/ё/gu, "е");
  if (!opening.startsWith(first.surface.replace(/ё/gu, "е")) || !/^\p{Ll}+$/u.test(first.surface))
    return false;
  if (!/\p{Script=Cyrillic}/u.test(first.surface) || next.role === "stop" || next.surface.includes(" "))
    return false;
  return (SURNAME.test(first.surface) || !isCommonRussian(first.surface)) && FINITE_VERB.test(next.surface);
}
