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

/**
 * Russia's attitude or relation to one side asked plainly, without a manner («Как Россия относится к Израилю?»,
 * «Каково отношение России к Израилю согласно статье?», «отношение Кремля к ХАМАС»; quality46ru, wave BW's bru92-031):
 * read as its ties with that side too. «относится» was a frame verb and dropped, so the question drew Israel's own
 * response (none reported) or Russia's whole position. The words between (the Russia word of «отношение России к …»)
 * stay. Israel's attitude to Russia («Израиль относится к России») names no side after «к» and is left as typed.
 */
const ATTITUDE_ASKED = new RegExp(
  `(?<!\\p{L})(?:относ\\p{L}*|отношени\\p{L}*)((?:\\s+\\p{L}+){0,2}?)\\s+к\\s+${SIDE}(?!\\p{L})`,
  "u",
);

const tiesWith = (side: string) =>
  /^(?:израил|израильт)/u.test(side) ? "связи с израилем" : "связи с палестинцами";

/** The message with Russia's manner of treating a side, or its attitude to one, read as its ties with it, or as typed. */
export function withAttitudeAsTies(text: string): string {
  if (text.length > 600) return text;
  const plain = foldedRussian(text);
  if (!RUSSIA.test(plain)) return text;
  const m = ATTITUDE.exec(plain);
  if (m) {
    const ties = tiesWith(m[1] ?? m[2] ?? m[3]!);
    return `${plain.slice(0, m.index)}${ties}${plain.slice(m.index + m[0].length)}`;
  }
  const asked = ATTITUDE_ASKED.exec(plain);
  if (!asked?.[2]) return text;
  const ties = tiesWith(asked[2]).replace("связи", `связи${asked[1] ?? ""}`);
  return `${plain.slice(0, asked.index)}${ties}${plain.slice(asked.index + asked[0].length)}`;
}
