// "В телефонном разговоре с Эрдоганом Песков настаивал …": Russian puts a circumstance first with no comma, so
// the speaker the claim gives the words to stands after it. The opener reader saw only the first word and took
// no speaker; the claim's Peskov then read as a name swapped for the passage's Erdogan (an actor change,
// "altered") where it is Putin's words given to Peskov (misattributed).
import type { Token } from "../answering/lexicon.js";
import type { LocalKnowledge } from "../knowledge/index.js";

/** Prepositions that open a circumstance of time or setting before the subject. */
const SETTING_OPENERS = new Set(["в", "во", "на", "при", "после", "перед", "накануне", "в ходе", "во время"]);

/** Every word of the speakers' Russian names and aliases as written: the nominative, the subject's case. */
export function nominativeNames(speakers: LocalKnowledge["speakers"]): Set<string> {
  const out = new Set<string>();
  for (const s of speakers)
    for (const name of [s.name, ...(s.aliases ?? [])]) out.add(name.toLowerCase().replace(/ё/g, "е"));
  return out;
}

/**
 * The speaker after an opening circumstance: the statement opens with a preposition of setting, and the first
 * speaker token written as a name's nominative ("Песков", not "Эрдоганом", "Путиным") is the subject. Its surface,
 * or null.
 */
export function subjectAfterSetting(
  statement: string,
  tokens: Token[],
  nominative: ReadonlySet<string>,
): string | null {
  const opener = /^\s*(\p{L}+)(?:\s+(\p{L}+))?/u.exec(statement.toLowerCase());
  if (!opener) return null;
  const two = `${opener[1]} ${opener[2] ?? ""}`.trim();
  if (!SETTING_OPENERS.has(opener[1]!) && !SETTING_OPENERS.has(two)) return null;
  const subject = tokens.find(
    (t) => t.term.startsWith("@") && nominative.has(t.surface.toLowerCase().replace(/ё/g, "е")),
  );
  return subject?.surface ?? null;
}
