// Kind: long-standing ties asked of a party the article gives none («у России давние связи с Израилем?», «Входит ли
// Израиль в круг давних связей России?», «у Москвы многолетние контакты с Турцией?»; quality46ru). The article's
// long-standing ties are the Russian government's with the Palestinians, Hamas included; with Israel it shares
// common ground (the former Russian citizens there). The Israel card's curated «Да» answers «у России связи с
// Израилем?», and the Russian claim checker read «давние» as backed by Moscow's "relationships with both Israelis
// and Palestinians", so the long-standing ties with Israel got a «Да» the article never gives. English finds the
// Palestinians' card for "long-standing ties with israel" and the checker's "doesn't say"; Russian says the same.
import type { Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";

const LONG_STANDING_RU =
  /(?<!\p{L})(?:давн\p{L}*|давнишн\p{L}*|многолетн\p{L}*|долголетн\p{L}*|исторически\p{L}*)(?!\p{L})/u;
/** The ties and whom they are with: «связи с Израилем», «отношения у неё с турками». */
const TIES_WITH_RU =
  /(?<!\p{L})(?:связ\p{L}*|отношени\p{L}*|контакт\p{L}*|дружб\p{L}*)(?:\s+\p{L}+){0,2}?\s+(?:с|со)\s+(.+)$/u;
/** A clause's end: «…с палестинцами, а с Израилем — общий язык?» asks the long ties of the first clause only. */
const CLAUSES = /[,;:—–]|\s(?:а|но|и при этом)\s/u;
/** The parties the article's long-standing ties are with, and Russia, which has them. */
const TIES_OF_ARTICLE = new Set(["palestinians", "hamas", "gaza", "russia"]);

/** «не сказано» for long-standing ties asked of another party than the Palestinians; null where not so asked. */
export function longTiesOfOtherVerdict(plain: string, lang: Lang, parties: Parties): "not-said" | null {
  if (lang !== "ru" || plain.length > 200) return null;
  const q = plain.toLowerCase().replace(/ё/gu, "е");
  for (const clause of q.split(CLAUSES)) {
    const ties = LONG_STANDING_RU.test(clause) ? TIES_WITH_RU.exec(clause) : null;
    if (ties?.[1] === undefined) continue;
    const named = partyMentions(parties, ties[1]).map((m) => m.id);
    if (named.some((id) => !TIES_OF_ARTICLE.has(id))) return "not-said";
  }
  return null;
}
