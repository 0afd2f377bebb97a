// "did putin mention russia's own role? — No" then "and peskov?" / «а песков?», "and the kremlin?": Peskov and the
// Kremlin do speak of Russia's role — the Kremlin "aims to play a constructive role" — so asked of them the mention
// is Yes, with those words; the checker read the question against Putin's silence ("makes no mention of Russia's own
// role") or found "самой России" unbacked, and said No or doesn't say (d68-31#2). Only where the asked voice is
// the quote's speaker or is named in the quote that speaks of a role; Putin's own mention stays the other readers'.
import type { Answer, Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";

const ROLE_MENTION_EN =
  /(?<!\p{L})(?:mention\p{L}*|talk\p{L}* about|sp[eo]ke? (?:of|about)|say\p{L}* anything about|said anything about|bring\p{L}* up|brought up|discuss\p{L}*|address\p{L}*)(?!\p{L})[^?]{0,40}?(?<!\p{L})(?:russia'?s?|moscow'?s?|the kremlin'?s?|its|their) (?:own )?(?:role|involvement|participation)(?!\p{L})/u;
const ROLE_MENTION_RU =
  /(?<!\p{L})(?:упомина\p{L}*|упомянул\p{L}*|говорил\p{L}*|говорит|сказал\p{L}*|рассказ\p{L}*|высказ\p{L}*)(?!\p{L})[^?]{0,40}?(?<!\p{L})(?:рол|участи)\p{L}*(?: (?:сам\p{L}* )?(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*))?|(?<!\p{L})(?:сво\p{L}*|собственн\p{L}*) рол\p{L}*/u;
const ROLE_WORD = /(?<!\p{L})role(?!\p{L})/u;
/**
 * The role's place asked ("russia's role in the quartet", «роль россии в квартете»): the quote must hold it, or the
 * Yes is not this reader's — Peskov's "constructive role in resolving the conflict" is no word on the Quartet
 * (dialog40: «песков же не говорил про роль россии в квартете?» was «Да, говорил.»).
 */
const ROLE_PLACE_EN =
  /(?<!\p{L})(?:role|involvement|participation) (?:in|within|inside|at|on) (?:the |this |that )?(?:whole )?(\p{L}+)/u;
const ROLE_PLACE_RU =
  /(?<!\p{L})(?:рол|участи)\p{L}*(?: (?:сам\p{L}* )?(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*))? (?:в|во|внутри|на) (\p{L}+)/u;
/** A Russian place word and the English stems of it a quote would hold. */
const PLACE_RU_EN: readonly [RegExp, RegExp][] = [
  [/^конфликт/u, /conflict/u],
  [/^урегулир/u, /resolv|settle/u],
  [/^разрешени/u, /resolv/u],
  // "the peace process" is the resolving of the conflict (d68-31: Peskov's role there, Yes).
  [/^мирн/u, /resolv|settle/u],
  [/^процесс/u, /resolv|settle/u],
];
/** English place words a quote of resolving the conflict holds in other words. */
const PLACE_EN_SAME: readonly [RegExp, RegExp][] = [
  [/^(?:peace|process|settlement|resolution)/u, /resolv|settle/u],
];
const placeHeld = (folded: string, lang: Lang, quote: string): boolean => {
  const place = (lang === "ru" ? ROLE_PLACE_RU : ROLE_PLACE_EN).exec(folded)?.[1];
  if (!place) return true;
  if (lang === "ru") return PLACE_RU_EN.some(([ru, en]) => ru.test(place) && en.test(quote));
  return (
    quote.includes(place.replace(/(?:ing|s)$/u, "")) ||
    PLACE_EN_SAME.some(([word, held]) => word.test(place) && held.test(quote))
  );
};

/** The asked voice's reported quotes that speak of a role (its own, or naming it); null when the question is no such. */
function roleQuotesOfVoice(folded: string, answer: Answer, lang: Lang, speakers: SpeakerNames) {
  if (!answer.answered || folded.length > 200) return null;
  if (!(lang === "ru" ? ROLE_MENTION_RU : ROLE_MENTION_EN).test(folded)) return null;
  // The voice asked: the first named, before the verb ("песков упоминал…", "did peskov mention…").
  const voice = speakers.namedIn(folded)[0];
  if (!voice || !speakers.isQuoted(voice.id)) return null;
  return answer.quotes.filter(
    (q) =>
      q.voice === "reported" &&
      ROLE_WORD.test(q.text.toLowerCase()) &&
      (q.speakerId === voice.id || speakers.namedIn(q.text.toLowerCase()).some((n) => n.id === voice.id)),
  );
}

/** "yes" where a voice other than the silent one is asked whether it spoke of Russia's role and its quote does. */
export function ownRoleOfVoiceVerdict(
  folded: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): "yes" | null {
  const quotes = roleQuotesOfVoice(folded, answer, lang, speakers);
  return quotes?.some((q) => placeHeld(folded, lang, q.text.toLowerCase())) ? "yes" : null;
}

/**
 * That voice asked of its role somewhere its role quotes never place it ("did peskov mention russia's role in the
 * quartet?", «песков говорил про роль россии в квартете?»): the article does not report it — doesn't say. The
 * checker had held it against Putin's silence ("makes no mention of Russia's own role"), another voice's: a No,
 * turned by the negation to «Да, говорил.» or kept as «Нет, не говорил.» (dialog40).
 */
export function ownRoleElsewhereUnsaid(
  folded: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): boolean {
  const quotes = roleQuotesOfVoice(folded, answer, lang, speakers);
  return !!quotes && quotes.length > 0 && quotes.every((q) => !placeHeld(folded, lang, q.text.toLowerCase()));
}
