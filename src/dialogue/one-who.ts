// "is peskov the one who called for the ceasefire?", "is putin the person that blamed the us?": the cleft asks who
// did the deed, as "was it peskov who called for the ceasefire?" does. Read as the latter, the deed's voice is
// checked (No with Putin's words for Peskov, Yes for Putin); read as typed, the engine met "is Peskov" and answered
// who Peskov is, with no verdict on the deed (d70-20#3). "the only one who" asks something else and is left alone.
import type { SpeakerNames } from "./speakers.js";

const ONE_WHO =
  /^((?:(?:so|and|but|wait|ok|okay|then)[, ]+)*)(?:is|was) ([\p{L}' .-]{2,40}?) the (?:one|person|guy|man|woman|party|side|voice)(?: who| that)(?: (?:actually|really|first))? (\p{L}.{2,160})$/u;

/** The cleft read as "was it X who …", where X is a voice of the article; null otherwise. */
export function oneWhoAsked(typed: string, speakers: SpeakerNames): string | null {
  const m = ONE_WHO.exec(typed.trim().toLowerCase());
  if (!m?.[2] || !m[3] || speakers.namedIn(m[2]).length === 0) return null;
  return `${m[1] ?? ""}was it ${m[2]} who ${m[3]}`;
}
