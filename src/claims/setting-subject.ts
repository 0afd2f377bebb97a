// "In a phone call with Putin, Erdogan stressed …": a circumstance opening the sentence up to its comma holds the
// call partner, and the speaker the claim gives the words to stands after the comma. Read from the first word
// only, the claim named no speaker and every word lined up: Putin's words given to Erdogan were confirmed.
// The Russian side reads the same opening without a comma (russian-subject.ts).

import type { Token } from "../answering/lexicon.js";

/** A circumstance of setting or time up to its comma: "In a phone call with X,", "During talks with X,". */
const SETTING_OPENER =
  /^\s*(?:in|during|on|at|after|before|while|when|over|speaking|talking)\s[^,.;:!?]{2,80},\s*/iu;

/**
 * The statement's tokens after an opening circumstance and its comma, a speaker the circumstance names already
 * passed over ("Speaking with Erdogan, the Turkish leader, Putin …": Putin); null when it opens with none.
 */
export function afterSettingOpener(statement: string, tokensOf: (text: string) => Token[]): Token[] | null {
  const m = SETTING_OPENER.exec(statement);
  if (!m) return null;
  const named = new Set(tokensOf(m[0]).flatMap((t) => (t.term.startsWith("@") ? [t.term] : [])));
  const rest = tokensOf(statement.slice(m[0].length));
  const first = rest.findIndex((t) => t.role !== "stop" && !named.has(t.term));
  return first < 0 ? null : rest.slice(first);
}
