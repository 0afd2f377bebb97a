// Kind (verdict47; verdict46's leftover): praise of the US asked of a voice the article never has speak of the US —
// "did peskov praise the us?", "has the foreign ministry praised washington?", «песков хвалил сша?», «мид похвалил
// америку?». The article has Peskov speak of the Kremlin's constructive role and the ministry of regional
// coordination; neither says a word of the US, so their praise of it is "doesn't say". The claim checker read the
// praise against Putin's blame of the US (an opposite) and the curated No of the criticism card answered: a false No.
// Putin, and Russia, Moscow or the Kremlin he speaks for (verdict44's convention), are not this kind: every word of
// his on the US finds fault, so his praise is No (kind-words.ts, dialog49). Text in, yes or no out.
import type { Lang } from "../answering/types.js";
import { SILENT_ON_US as RUSSIAN_SILENT_ON_US } from "../knowledge/voices.js";
import type { SpeakerNames } from "./speakers.js";

const PRAISE_EN =
  /(?<!\p{L})(?:prais\p{L}*|compliment\p{L}*|commend\p{L}*|applaud\p{L}*|laud\p{L}*|(?:speak|speaks|spoke|spoken|speaking) (?:well|highly) of|(?:say|said|says) (?:anything|something) (?:nice|good|positive|kind)|approv\p{L}* of)(?!\p{L})/u;
const PRAISE_RU =
  /(?<!\p{L})(?:хвал\p{L}*|похвал\p{L}*|расхвал\p{L}*|одобр\p{L}*|(?:положительно|хорошо|лестно) (?:отзыв|отозв|высказ|говор)\p{L}*)/u;
const US_EN =
  /(?<!\p{L})(?:us|usa|u\.s\.?|united states|america|americans?|washington|the american government)(?!\p{L})/u;
const US_RU = /(?<!\p{L})(?:сша|америк\p{L}*|вашингтон\p{L}*|американц\p{L}*|штат\p{L}*)/u;
/** The voices the article quotes on other matters only: Russia's (knowledge/voices.ts), and Erdogan, no voice of
 * Russia's, whom the article only reports in the call. */
const SILENT_ON_US: ReadonlySet<string> = new Set([...RUSSIAN_SILENT_ON_US, "erdogan"]);

/** "did peskov praise the us?": a voice that says nothing of the US asked to praise it. */
export function praiseOfSilentVoice(text: string, lang: Lang, speakers: SpeakerNames): boolean {
  const folded = text.toLowerCase().replace(/ё/g, "е");
  if (folded.length > 120) return false;
  if (!(lang === "ru" ? PRAISE_RU : PRAISE_EN).test(folded)) return false;
  if (!(lang === "ru" ? US_RU : US_EN).test(folded)) return false;
  const named = speakers.namedIn(folded);
  return named.length > 0 && named.every((n) => SILENT_ON_US.has(n.id));
}
