// "did putin mention russia's own role? — No" then "and peskov?" / «а песков?», "and the kremlin?": Peskov and the
// Kremlin do speak of Russia's role — the Kremlin "aims to play a constructive role" — so asked of them the mention
// is Yes, with those words; the checker read the question against Putin's silence ("makes no mention of Russia's own
// role") or found "самой России" unbacked, and said No or doesn't say (d68-31#2). Only where the asked voice is
// the quote's speaker or is named in the quote that speaks of a role; Putin's own mention stays the other readers'.
import type { Answer, Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";

const ROLE_MENTION_EN =
  /(?<!\p{L})(?:mention\p{L}*|talk\p{L}* about|sp[eo]ke? (?:of|about)|say\p{L}* anything about|said anything about|bring\p{L}* up|brought up|discuss\p{L}*|address\p{L}*)(?!\p{L})[^?]{0,40}?(?<!\p{L})(?:russia'?s?|moscow'?s?|the kremlin'?s?|its|their) (?:own )?role(?!\p{L})/u;
const ROLE_MENTION_RU =
  /(?<!\p{L})(?:упомина\p{L}*|упомянул\p{L}*|говорил\p{L}*|говорит|сказал\p{L}*|рассказ\p{L}*|высказ\p{L}*)(?!\p{L})[^?]{0,40}?(?<!\p{L})рол\p{L}*(?: (?:сам\p{L}* )?(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*))?|(?<!\p{L})(?:сво\p{L}*|собственн\p{L}*) рол\p{L}*/u;
const ROLE_WORD = /(?<!\p{L})role(?!\p{L})/u;

/** "yes" where a voice other than the silent one is asked whether it spoke of Russia's role and its quote does. */
export function ownRoleOfVoiceVerdict(
  folded: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): "yes" | null {
  if (!answer.answered || folded.length > 200) return null;
  if (!(lang === "ru" ? ROLE_MENTION_RU : ROLE_MENTION_EN).test(folded)) return null;
  // The voice asked: the first named, before the verb ("песков упоминал…", "did peskov mention…").
  const voice = speakers.namedIn(folded)[0];
  if (!voice || !speakers.isQuoted(voice.id)) return null;
  const spoke = answer.quotes.some(
    (q) =>
      q.voice === "reported" &&
      ROLE_WORD.test(q.text.toLowerCase()) &&
      (q.speakerId === voice.id || speakers.namedIn(q.text.toLowerCase()).some((n) => n.id === voice.id)),
  );
  return spoke ? "yes" : null;
}
