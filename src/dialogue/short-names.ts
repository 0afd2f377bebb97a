// The knowledge base's two-letter names ("un", "eu" in knowledge/synonyms.json) as words a chat topic may keep,
// each spelled out as the head (first) name of its synonym group ("the UN" → "united nations"). The dialogue's
// vocabulary (rescue.ts) drops words under three letters, so "does the article mention the UN?" left no topic and
// the "it" of "what role does it play?" was read on its own (the Kremlin's role); and the engine reads the long
// name better than the short one. "us" stays out: it is a pronoun far more often than the United States.
const PRONOUNS = new Set(["us", "me", "we", "it", "he", "мы", "он", "ты", "я"]);

export function shortNamesOf(synonyms: readonly (readonly string[])[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of synonyms) {
    const names = group.map((w) => w.toLowerCase());
    const head = names[0] ?? "";
    if (head.length <= 2 || !/^[\p{L} ]+$/u.test(head)) continue;
    for (const w of names) if (/^\p{L}{2}$/u.test(w) && !PRONOUNS.has(w) && !out.has(w)) out.set(w, head);
  }
  return out;
}
