// Kind: "not hamas?", "and not israel?", «а не хамас?», «не израиль?» right after a who-question ("who is russia
// blaming for the israel gaza stuff" — the US): whether that party is the answer as well. Alone, "not hamas?" was
// read as a keyword query (the card on Hamas, no verdict) or, in Russian, a No on that card. It asks the last
// question of that party; where the last evidence never names it, the article doesn't say that of it (the "same
// for X?" reply, against-last-answer.ts). Only after a who-question; the party is a short name, no pronoun.
import type { Lang } from "../answering/types.js";
import { partyOf } from "./elliptical.js";

const NOT_PARTY_EN =
  /^(?:(?:and|but|so|ok|okay|wait|then)[, ]+)*(?:not|isn'?t it|wasn'?t it|and not|but not)(?: (?:also|even))? (?:the )?(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)(?: (?:too|also|as well|then|though|tho|at all))?$/u;
const NOT_PARTY_RU =
  /^(?:(?:а|и|но|так|ну)[, ]+)*(?:(?:разве|неужели) )?(?:не|а не)(?: (?:тоже|ещ[её]|и))? (\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)(?: (?:тоже|также|тогда|разве|что ли))?$/u;
/** A who-question: its answer names a party. */
const WHO_ASKED = /^(?:(?:ok|okay|so|and|then|а|и|так|ну)[, ]+)*(?:who|whom|кто|кого|кому|на кого)(?!\p{L})/u;
const NOT_A_PARTY =
  /(?<!\p{L})(?:he|she|it|they|them|that|this|true|really|so|sure|only|just|now|yet|он|она|оно|они|это|то|так|правда|только|сейчас|ещ[её]|очень|совсем)(?!\p{L})/u;

/** The party of a "not X?" after a who-question, else null. */
export function notPartyAsked(folded: string, lastQuestion: string, lang: Lang): string | null {
  if (folded.length > 50 || !WHO_ASKED.test(lastQuestion.toLowerCase())) return null;
  const text = folded.replace(/[?!.]+$/u, "").trim();
  const party = (lang === "ru" ? NOT_PARTY_RU : NOT_PARTY_EN).exec(text)?.[1];
  if (!party || NOT_A_PARTY.test(party)) return null;
  return partyOf(party, lang);
}
