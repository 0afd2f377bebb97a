// Whose failure a Russian question asks ("Почему обанкротилась Турция?", "в чём провал Израиля?", "почему
// провалилась политика Турции?"): the article's failure is one party's — US policy in the Middle East, which Putin
// faults, and the failed Middle East policies the article ends on. A failure, bankruptcy or collapse put on another
// party of the story (Turkey, Israel, Hamas, the UN…) is not in the article, though each word alone is: read as
// typed, Турция found who Erdogan is and провал the article's verdict on blame. Refused unless the US is named.
// Russia and the Kremlin are voices of the failure ("что Россия говорит о провале") and are not read as its owner.

import type { Token } from "../lexicon.js";

/** The lexicon's class of failure words (провал, провалилась, обанкротилась, крах…). */
const FAILURE = "=провал";
/** The party whose failure the article reports. */
const OWNER = "=сша";
/** Parties of the story that are not the failure's owner. */
const OTHERS = new Set([
  "=турция",
  "@erdogan",
  "=израиль",
  "=хамас",
  "=палестина",
  "=оон",
  "=евросоюз",
  "=квартет",
]);

/** The words whose owner stands right after them, in the genitive ("провал китая", "политика китая"). */
const OWNED = new Set([FAILURE, "=политика"]);

/**
 * Whether a Russian question's content terms put the failure on a party other than the US: a party of the story,
 * or a name the article never holds ("в чём провал Китая", `unknownNames`), with the US not named. In lower case
 * a name can be spelt like a common word (китая read as кит, a whale): a word the story does not know right after
 * the failure or the policy (`tokens`) is its owner all the same.
 */
export function asksOthersFailure(
  content: readonly string[],
  unknownNames: readonly string[] = [],
  tokens: readonly Pick<Token, "role" | "term" | "known">[] = [],
): boolean {
  if (!content.includes(FAILURE) || content.includes(OWNER)) return false;
  const ownerUnknown = tokens.some(
    (t, i) => OWNED.has(t.term) && tokens[i + 1]?.role === "content" && tokens[i + 1]?.known === false,
  );
  return ownerUnknown || unknownNames.length > 0 || content.some((t) => OTHERS.has(t));
}
