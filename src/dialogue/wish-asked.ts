// Kind: whether a voice wants something, asked yes/no ("does putin want negotiations?", "is he in favour of peace
// talks?", «путин хочет переговоров?», «песков за урегулирование?»). mentioned-by.ts reads it like a mention, but
// the Yes needs more than the thing's words in one of the voice's quotes: the quote must state a wish (the need
// for it, an aim, an urging) and fault no one, so "does Putin want the US policy?" on his criticism of it is no
// Yes here (the general path reads it). Never No.
import { lean } from "../lib/lean-regexp.js";

const WISH_EN = lean(
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:does|did|is|was)\s+(.+?)\s+(?:really\s+|actually\s+|also\s+|even\s+)?(?:want(?:s|ed)?|support(?:s|ed)?|back(?:s|ed)?|favou?r(?:s|ed)?|in\s+favou?r\s+of|for)\s+(.+?)\s*\??$/u,
);
/** "so he's for peace talks?", "putin supports a ceasefire?": the wish stated, asked by its tone. */
const WISH_STATED_EN = lean(
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(.+?)(?:'s|\s+is)\s+(?:really\s+|actually\s+|also\s+)?(?:for|in\s+favou?r\s+of)\s+(.+?)\s*\??$|^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(.+?)\s+(?:wants|supports|backs|favou?rs)\s+(.+?)\s*\??$/u,
);
const WISH_RU = lean(
  /^(?:(?:а|и|ну)\s+)?(.+?)\s+(?:вообще\s+|тоже\s+|действительно\s+|правда\s+)?(?:хочет|хотел\p{L}*|поддерживает|поддерживал\p{L}*|выступает\s+за|выступал\p{L}*\s+за|за)\s+(.+?)\s*\??$/u,
);
/** A quote stating a wish: the need for something, an aim, an urging. */
const WISH_QUOTE = lean(
  /(?<!\p{L})(?:need for|aims? to|seeks? to|readiness to|urg(?:e|es|ed|ent)|call(?:s|ed)? for)(?!\p{L})/iu,
);
/** A quote faulting someone: its thing may be what is faulted, not wished. */
const FAULT = lean(/(?<!\p{L})(?:fail\p{L}*|overlook\p{L}*|criticiz\p{L}*|blame\p{L}*|monopoliz\p{L}*)/iu);
/** "peace talks", «мирные переговоры»: the negotiations, whatever the peace word. */
const PEACE_TALKS = lean(/(?<!\p{L})(?:peace\s+(?:talks|negotiations)|talks|мирн\p{L}*\s+(?=переговор))/giu);

/** "negotiations to happen / to take place": the thing's own coming about, no word of it. */
const TO_HAPPEN = lean(/\s+to\s+(?:happen|take\s+place|go\s+ahead|start|begin)$/u);

export interface WishAsked {
  subject: string;
  thing: string;
}

/** The voice and the thing of a wish asked yes/no, or null. */
export function wishAsked(folded: string, asked: "en" | "ru"): WishAsked | null {
  const text = folded.trim();
  const m = asked === "ru" ? WISH_RU.exec(text) : (WISH_EN.exec(text) ?? WISH_STATED_EN.exec(text));
  const subject = m?.[1] ?? m?.[3];
  const asking = m?.[2] ?? m?.[4];
  if (!subject || !asking) return null;
  const thing = asking
    .replace(TO_HAPPEN, "")
    .replace(PEACE_TALKS, (w) => (/^мирн/iu.test(w) ? "" : "negotiations"));
  return { subject, thing };
}

/** The quote (in English) states a wish and faults no one. */
export function statesWish(quote: string): boolean {
  return WISH_QUOTE.test(quote) && !FAULT.test(quote);
}
