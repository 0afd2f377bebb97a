// An alteration under words that only make it stronger: «россия давно разорвала все связи с хамас» (claims-blind47)
// of "long-standing ties with the Palestinians, including Hamas". «Разорвала связи с ХАМАС» alone is read as altered,
// but «давно» and «все» lined up with nothing, took the claim below the share a near alteration needs, and it was
// "not in the article". Words that say how much, how completely or since when (давно, уже, все, всякие, полностью,
// окончательно; completely, entirely, all, any, long ago, for good) carry nothing of their own the passage could
// back: a claim read as not in the article is read again without them, and when that reading alters a passage the
// claim alters it too. Only "altered" is taken from the reading without them, never a confirmation. Bounded.
import type { ClaimChecker } from "./types.js";
import { alteredWithout } from "./verdict.js";

/** A word (or fixed run) that only strengthens what it stands by (EN + RU). */
const INTENSIFIER =
  /(?<!\p{L})(?:давно|уже|вс[её]|всякие|всяких|всякую|всякий|любые|любых|полностью|окончательно|совсем|напрочь|навсегда|целиком|вообще|completely|entirely|fully|totally|altogether|permanently|already|long\s+ago|for\s+good|once\s+and\s+for\s+all)(?!\p{L})\s*/giu;

/** The text without its intensifiers; the text itself when it has none. */
export function withoutIntensifiers(text: string): string {
  return text
    .replace(INTENSIFIER, "")
    .replace(/\s{2,}/gu, " ")
    .trim();
}

/** The checker, a claim not in the article that alters a passage once its intensifiers are off read as altered. */
export function judgingIntensifier(check: ClaimChecker): ClaimChecker {
  return alteredWithout(check, (text) => {
    const bare = withoutIntensifiers(text);
    return bare === text ? null : bare;
  });
}
