// A pure function of a string that remembers its last few results: the readers of one message fold or scan the
// same texts one after another (dialogue/language.ts's fold, answering/russian/plain-text.ts), so the repeats are
// a look-up, with no new strings. Few, and compared by value: nothing outlives the messages that asked for it.

/** `read`, answering a text it read among its last `size` from memory (`read` must depend on its text alone). */
export function rememberingLast<T>(read: (text: string) => T, size = 4): (text: string) => T {
  const texts: (string | undefined)[] = new Array(size).fill(undefined);
  const results: T[] = new Array(size);
  let next = 0;
  return (text) => {
    for (let i = 0; i < size; i++) if (texts[i] === text) return results[i]!;
    const result = read(text);
    texts[next] = text;
    results[next] = result;
    next = (next + 1) % size;
    return result;
  };
}
