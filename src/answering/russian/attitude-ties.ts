// Russia's attitude to one side told as a manner ("россия как-то по-особому относится к израилю", "у москвы особое
// отношение к палестинцам", "кремль тепло относится к израилю"): the article's ties with that side (former Russian
// citizens in Israel; long-standing ties with the Palestinians, Hamas included). Read as typed, "относится" was a frame
// verb and dropped, and a long message about Israel drew Israel's government's response (quality-ru46). The attitude
// is read as the ties, in place, so the rest of the message (a ramble's question) stays as it was.
import { foldedRussian } from "./plain-text.js";

const RUSSIA = /(?<!\p{L})(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|рф|российск\p{L}*)(?!\p{L})/u;
/** A manner of treating someone: special, warm, friendly, different. */
const MANNER =
  "(?:по-особому|по особому|особо|особенно|особым образом|иначе|по-другому|тепло|хорошо|дружески|по-дружески|лояльно|благосклонно|с симпатией)";
/** The side: Israel or the Palestinians (Hamas). */
const SIDE = "(израил\\p{L}*|израильт\\p{L}*|палестин\\p{L}*|хамас\\p{L}*)";
const ATTITUDE = new RegExp(
  `(?<!\\p{L})(?:(?:как-то |как то )?${MANNER} относ\\p{L}* к ${SIDE}|относ\\p{L}* к ${SIDE} ${MANNER}|особ\\p{L}* (?:отношени\\p{L}*|связ\\p{L}*|симпати\\p{L}*) (?:к|с|со) ${SIDE})(?!\\p{L})`,
  "u",
);

/** The message with Russia's manner of treating a side read as its ties with it, or as typed. */
export function withAttitudeAsTies(text: string): string {
  if (text.length > 600) return text;
  const plain = foldedRussian(text);
  const m = ATTITUDE.exec(plain);
  if (!m || !RUSSIA.test(plain)) return text;
  const side = m[1] ?? m[2] ?? m[3]!;
  const ties = /^(?:израил|израильт)/u.test(side) ? "связи с израилем" : "связи с палестинцами";
  return `${plain.slice(0, m.index)}${ties}${plain.slice(m.index + m[0].length)}`;
}
