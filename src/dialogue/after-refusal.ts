// "What's Putin's view on bitcoin?" (refused: not in the article), then "ok, what does he think about the gaza
// fighting then": the refusal drops the last question's topic, but the person it named is still the one "he"
// means. Right after a refusal nothing else is read against the turn before it, so the pronoun is read here: the
// refused question's one person (dialogue-context.ts keeps it) in place of "he"/"his"/"him"/"он"/"она", and the
// message stands alone. Null when the message names someone itself or has no such pronoun.
import type { Lang } from "../answering/types.js";
import { withNameForPronouns } from "./back-to-speaker.js";
import { fold } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import { CONTEXT_TTL_MS, type DialogueContext } from "./types.js";

export function pronounAfterRefusal(
  text: string,
  stored: DialogueContext | null,
  now: number,
  speakers: SpeakerNames,
  lang: Lang,
): string | null {
  const id = stored?.refused && now - stored.at <= CONTEXT_TTL_MS ? stored.refusedPersonId : null;
  if (!id || speakers.namedIn(fold(text)).length > 0) return null;
  const read = withNameForPronouns(text, speakers.shortName(id, lang), lang);
  return read !== text ? read : null;
}
