// Chat slips in the everyday words a question is built of ("why wuold moscow care abotu israel", "wat dos putin wnt
// to hapen"), fixed before the question's phrase rewrites read it: the rewrites ("care about" a side -> ties with
// it, "want to happen" -> what someone wants) match the words as typed, and the typo index fixes a slip only after
// them, too late. Only the everyday words of chat-spelling.ts and the short misspellings are proposed, and only for
// a word English does not have: a topic word or a name is never touched here.
import { chatSpelling } from "./chat-spelling.js";
import { isCommonEnglish } from "./common-english.js";
import { SHORT_MISSPELLINGS } from "./english.js";

/** The lower-case text with each slipped everyday word written right ("abotu" -> "about", "wnt" -> "want"). */
export function withGlueSlipsFixed(text: string): string {
  return text.replace(/\b[a-z]{2,6}\b/g, (word) => {
    const short = SHORT_MISSPELLINGS.get(word);
    if (short !== undefined) return short;
    if (isCommonEnglish(word)) return word;
    return chatSpelling(word) ?? word;
  });
}
