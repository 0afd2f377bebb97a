// Whether a word (or words) stands whole in a text: no letter touching it on either side. An indexOf walk, linear,
// shared by the engine's owned-point scope check and the dialogue's verdict reading.

/** The word (or words) whole in the text. */
export function hasWholeWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}
