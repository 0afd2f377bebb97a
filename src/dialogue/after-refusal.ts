// "What's Putin's view on bitcoin?" (refused: not in the article), then "ok, what does he think about the gaza
// fighting then": the refusal drops the last question's topic, but the person it named is still the one "he"
// means. Right after a refusal nothing else is read against the turn before it, so the pronoun is read here: the
// refused question's one person (dialogue-context.ts keeps it) in place of "he"/"his"/"him"/"он"/"она", and the
// message stands alone; "they"/"они" likewise for a refused question's one voice that is no person ("russia").
// With neither named in the refused question ("and what did lavrov say?", a person the article never names), "they"
// is the voice of the turn before it when that is no person: the Foreign Ministry asked about, then Lavrov refused,
// then "do they want … to talk directly?" asks the ministry (dialog-r2-32b, d65-10).
// Null when the message names someone itself or has no such pronoun.
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
  const live = stored?.refused && now - stored.at <= CONTEXT_TTL_MS ? stored : null;
  const id = live?.refusedPersonId;
  const earlierGroup = live?.speakerId && !speakers.isPerson(live.speakerId) ? live.speakerId : null;
  const group = live?.refusedGroupId ?? (id ? null : earlierGroup);
  if ((!id && !group) || speakers.namedIn(fold(text)).length > 0) return null;
  const read = id
    ? withNameForPronouns(text, speakers.shortName(id, lang), lang)
    : withGroupForThey(text, speakers.shortName(group ?? "", lang), lang);
  return read !== text ? read : null;
}

const SINGULAR: Readonly<Record<string, string>> = { are: "is", were: "was", have: "has" };

/** "do they talk to both sides?" with the refused question's voice for "they"/"their"/"они"; English "they" only as
 * the subject right after an auxiliary or at the start, so "do they" becomes "does Russia". */
function withGroupForThey(text: string, name: string, lang: Lang): string {
  if (!name) return text;
  if (lang === "ru") return text.replace(/(?<!\p{L})они(?!\p{L})/iu, name);
  return text
    .replace(/^(\W*(?:(?:and|so|but|ok)[, ]+)?)do they(?!\p{L})/iu, `$1does ${name}`)
    .replace(
      /^(\W*(?:(?:and|so|but|ok)[, ]+)?)(are|were|have) they(?!\p{L})/iu,
      (_, lead: string, aux: string) => `${lead}${SINGULAR[aux.toLowerCase()] ?? aux} ${name}`,
    )
    .replace(/^(\W*(?:(?:and|so|but|ok)[, ]+)?(?:did|will|would|can|could) )they(?!\p{L})/iu, `$1${name}`)
    .replace(/(?<![\p{L}'])their(?![\p{L}'])/iu, `${name}'s`);
}
