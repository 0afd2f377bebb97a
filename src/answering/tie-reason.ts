// Russia's tie with one side asked with a reason of the asker's own ("is russia's bond with israel explained by arms
// deals", "are moscow's relations with the palestinians down to oil", «Россия близка с Израилем из-за поставок
// газа?»): the article gives its own reason for each tie (former Russian citizens living in Israel; long-standing ties
// with the Palestinians, including Hamas), so the question is read as that tie's own question, whose card carries the
// article's reason (the yes/no layer then says No to the reason offered). Read as typed, the offered reason's words
// ("arms", «поставки») pulled the question towards other cards and it was left unsure. A reason in the article's own
// words ("because of the former citizens there") is left as typed. (quality45)

/** Russia, by any of its voices. */
const RUSSIA_EN =
  /\b(?:russia|russia's|russias|russian|moscow|moscow's|the kremlin|kremlin|kremlin's|putin)\b/;
const RUSSIA_RU = /(?<!\p{L})(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|путин\p{L}*|рф)(?!\p{L})/u;

/** A tie between them. */
const TIE_EN =
  /\b(?:bond|bonds|ties|tie|relationship|relationships|relations|closeness|close|closer|friendship|friendly|friends|links|link|connection|connections|common ground|sympathy|sympathetic|affinity|warm|cozy|cosy)\b/;
const TIE_RU =
  /(?<!\p{L})(?:близк\p{L}*|близост\p{L}*|связ[ьиеяю]\p{L}*|связан\p{L}*|отношени\p{L}*|дружб\p{L}*|дружит|дружат|дружн\p{L}*|общ\p{L}* почв\p{L}*|симпати\p{L}*)(?!\p{L})/u;

/** The link that brings in a reason. */
const LINK_EN =
  /\b(?:because of|because|due to|owing to|thanks to|on account of|explained by|driven by|motivated by|rooted in|down to|based on|for the sake of)\b/;
const LINK_RU =
  /(?<!\p{L})(?:из-за|благодаря|потому что|потому,? что|так как|поскольку|объясня(?:ется|ются|лось|лась|лись)(?: тем| этим)?|связан\p{L}* с|ради)(?!\p{L})/u;

/** The article's own reasons: such a question is left to read as typed. */
const OWN_REASON =
  /(?:citizen|emigr|émigr|immigr|former|ex-|expat|diaspora|russian-speak|russian speak|people|population|residents|living there|live there|hamas|long-standing|longstanding|граждан|эмигр|иммигр|выходц|русскоязычн|населен|люд|жив[уеё]т|прожива|хамас|давн)/u;

/** The sides, as the tie's question names them. */
const SIDES_EN: readonly [RegExp, string][] = [
  [/\b(?:israel|israel's|israelis|israeli)\b/, "what ties does russia have with israel"],
  [/\b(?:palestinians|palestinian|hamas|gaza)\b/, "what ties does russia have with the palestinians"],
];
const SIDES_RU: readonly [RegExp, string][] = [
  [/(?<!\p{L})(?:израил\p{L}*|израильт\p{L}*)(?!\p{L})/u, "какие связи у россии с израилем"],
  [
    /(?<!\p{L})(?:палестин\p{L}*|хамас\p{L}*|сектор\p{L}* газа)(?!\p{L})/u,
    "какие связи у россии с палестинцами",
  ],
];

function asTieReasonWith(
  text: string,
  russia: RegExp,
  tie: RegExp,
  link: RegExp,
  sides: readonly [RegExp, string][],
): string {
  const lower = text.toLowerCase();
  const at = link.exec(lower);
  if (!at || lower.length > 140 || /[?!.]\s/u.test(lower)) return text;
  const before = lower.slice(0, at.index);
  const reason = lower.slice(at.index + at[0].length);
  if (!russia.test(before) || !tie.test(before) || OWN_REASON.test(reason)) return text;
  // Exactly one side, named before the link (the reason itself may name another: "because of hamas" is left).
  const named = sides.filter(([re]) => re.test(before));
  if (named.length !== 1 || sides.some(([re]) => re.test(reason))) return text;
  return named[0]![1];
}

/** The English question as its tie's own question, or as it came. */
export function asTieReason(text: string): string {
  return asTieReasonWith(text, RUSSIA_EN, TIE_EN, LINK_EN, SIDES_EN);
}

/** The Russian question as its tie's own question, or as it came. */
export function asRussianTieReason(text: string): string {
  return asTieReasonWith(text, RUSSIA_RU, TIE_RU, LINK_RU, SIDES_RU);
}
