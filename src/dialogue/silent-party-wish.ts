// Kind (verdict47; dialog49's leftover): a wish of the US asked as a voice's report — "does putin say the us wants a
// ceasefire?", "does putin claim washington wants a palestinian state?", «говорит ли путин, что сша хотят прекращения
// огня?». The article reports what Putin wants (a ceasefire, new talks) and what he faults the US for (a failed
// policy, monopolizing peace efforts, failing the Palestinians' aspiration), never what the US wants, by his account or
// any other: doesn't say. The claim checker read the added "US" beside Putin's own wish as a contradiction: a false No.
// Only the US as the one who wants (the Palestinians' aspiration and the Kremlin's aim are in the article); text in.
// verdict48: the same for the other parties whose wish the article never gives, by Putin's account or any other —
// Israel (the Israelis, its government), Hamas, Turkey (Erdogan, Ankara), the EU, the UN: "does putin say israel wants
// a ceasefire?" was a false No (Putin's own wish read against an added Israel). verdict49: renamed from
// reported-us-wish.ts / reportedUsWish, as it reads every party of no told wish.
import type { Lang } from "../answering/types.js";

const REPORT_EN =
  /(?<!\p{L})(?:say|says|said|claim|claims|claimed|think|thinks|believe|believes|suggest|suggests|suggested|argue|argues|argued) (?:that )?(?:the )?(?:us|usa|u\.s\.?|united states|america|americans|washington|american government|us government|israel|israelis|israeli government|tel aviv|hamas|turkey|erdogan|ankara|turkish government|eu|european union|un|united nations) (?:really |actually |also )?(?:wants?|wanted|seeks?|sought|wish(?:es)?|hopes? for|desires?|would like|is seeking|is after)(?!\p{L})/u;
const REPORT_RU =
  /(?<!\p{L})(?:говор|сказа|счита|утвержда|заявля|заяви)\p{L}*(?: ли)?(?: \p{L}+)?,? (?:что|будто) (?:сша|америк\p{L}*|вашингтон\p{L}*|американц\p{L}*|израил\p{L}*|израильтян\p{L}*|хамас\p{L}*|турци\p{L}*|эрдоган\p{L}*|анкар\p{L}*|ес|евросоюз\p{L}*|оон) (?:\p{L}+ )?(?:хот|хоч|жела|стрем|добива)\p{L}*/u;

/**
 * verdict50: the US seeking compromises is no untold wish — ¶2 has Putin fault Washington for monopolizing peace efforts
 * "without considering compromises acceptable to both sides" (the checker reads seeking them as considering them): "did
 * putin say washington sought compromises that both sides could live with?" is the claim checker's No, as the engine's.
 */
const US_SOUGHT_COMPROMISE =
  /(?<!\p{L})(?:us|usa|u\.s\.?|united states|america|americans|washington|american government|us government|сша|америк\p{L}*|вашингтон\p{L}*|американц\p{L}*) (?:really |actually |also )?(?:seeks?|sought|is seeking|стрем\p{L}*|добива\p{L}*)(?: \p{L}+){0,2}? (?:compromis|компромисс)/u;

/** "does putin say the us wants a ceasefire?": what a party of no told wish (the US, Israel, Hamas, …) wants, as a voice tells it. */
export function reportedWishOfSilentParty(text: string, lang: Lang): boolean {
  const folded = text.toLowerCase().replace(/ё/g, "е");
  return (
    folded.length <= 160 &&
    (lang === "ru" ? REPORT_RU : REPORT_EN).test(folded) &&
    !US_SOUGHT_COMPROMISE.test(folded)
  );
}
