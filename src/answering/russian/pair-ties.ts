// How Russia and one party are tied, asked of the pair ("кремль и израиль как связаны", "москва и палестинцы — что
// у них общего", "что связывает россию и хамас", "какая связь между кремлём и израилем"): the article's answer is the
// tie with that party — former Russian citizens in Israel, long-standing ties with the Palestinians and Hamas — and
// the pair of Putin and Erdogan is their phone call. Read as typed, "кремль" beside a side drew the Kremlin's open
// contact with both sides, its card's "Да." answering a question nobody asked (blind-ru42 kind, quality-ru48).
// Both sides named at once ("кремль, израиль и хамас") is the contact with both: left as typed.

import { foldedRussian } from "./plain-text.js";

const RUSSIA = /(?<!\p{L})(?:кремл\p{L}*|москв\p{L}*|росси\p{L}*|рф|русски\p{L}*)(?!\p{L})/u;
const PUTIN = /(?<!\p{L})путин\p{L}*(?!\p{L})/u;
/** The sides by the start of their words, typed loosely ("израел", "изриль", "палистинцы"). */
const ISRAEL = /(?<!\p{L})изр\p{L}*(?!\p{L})/u;
const PALESTINIANS = /(?<!\p{L})(?:пал[еи]ст\p{L}*|хамас\p{L}*|хамаз\p{L}*)(?!\p{L})/u;
const ERDOGAN = /(?<!\p{L})(?:[эе]рд[оа]г\p{L}*|турц\p{L}*|турец\p{L}*)(?!\p{L})/u;
/** The tie asked of a pair: how they are tied, what ties them, what they share, what tie is between them. */
const TIE_ASKED =
  /(?<!\p{L})(?:как(?: \p{L}+)? связан\p{L}*|что (?:\p{L}+ ){0,2}связывает|что (?:\p{L}+ ){0,2}общего|как(?:ая|ие|ой|ую) (?:\p{L}+ ){0,2}связ\p{L}*|связ\p{L}* между)(?!\p{L})/u;
/** Two named, with "и" or "с" between ("кремль и израиль", "путина с эрдоганом"). */
const PAIRED = /(?<!\p{L})(?:и|с|со|между)(?!\p{L})/u;

/** The tie's own question when the pair of Russia and one side (or Putin and Erdogan) is asked, or as typed. */
export function asRussianPairTies(s: string): string {
  const text = foldedRussian(s);
  if (text.split(" ").length > 12 || !TIE_ASKED.test(text) || !PAIRED.test(text)) return s;
  const israel = ISRAEL.test(text);
  const palestinians = PALESTINIANS.test(text);
  if (PUTIN.test(text) && ERDOGAN.test(text) && !israel && !palestinians)
    return "с кем путин говорил по телефону";
  if (!RUSSIA.test(text) || israel === palestinians) return s;
  return israel ? "что связывает россию с израилем" : "какие связи у россии с палестинцами и хамас";
}
