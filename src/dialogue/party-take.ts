// "whats russias take", "and moscow's angle then?": a voice's position (only "take"/"angle": "position" and "stance" the engine reads)
// on the story, asked bare. The engine reads "take" as a frame word and found how Moscow presents itself; asked with
// "on the conflict" it finds the voice's position, so the bare form is put that way (dialog32b). Only for a voice
// the article names (a speaker or Moscow); anything more after the noun is a question of its own.
import { lean } from "../lib/lean-regexp.js";
import { fold } from "./language.js";
import type { SpeakerNames } from "./speakers.js";

const TAKE_ASKED = lean(
  /^(?:(?:so|and|ok|okay|but|hey|then) )*what(?:'s|s| is|’s) (?:the )?(\p{L}+?(?: \p{L}+)?)(?:'s|’s|s)? (?:take|angle)(?: (?:on|about) (?:it|this|that|all this|all of this|the whole thing))?(?: (?:then|though|tho|here|exactly))*\s*\??$/u,
);

/** The bare "X's take" as the position question the engine knows, or null. */
export function partyTakeOf(text: string, speakers: SpeakerNames): string | null {
  const folded = fold(text);
  const name = TAKE_ASKED.exec(folded)?.[1];
  if (!name) return null;
  const named = speakers.namedIn(name);
  if (named.length !== 1 || named[0]?.start !== 0 || named[0].end < name.length - 1) return null;
  return `what is ${name}'s position on the conflict?`;
}
