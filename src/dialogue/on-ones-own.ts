// "Should the US run the peace efforts on its own?", "by themselves": an idiom of doing alone. Its pronoun points
// at no one, so reading it against the context ("on Washington own") would garble the question.

/** "on its own", "by themselves": an idiom of doing alone, not a pointer at the last speaker. */
export function onOnesOwn(text: string, at: number, pronoun: string): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  if (/^(?:itself|themselves|himself|herself)$/.test(pronoun)) return before === "by ";
  return before === "on " && text.startsWith(" own", at + pronoun.length);
}
