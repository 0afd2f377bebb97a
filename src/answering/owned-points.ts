// What a point the engine owns a verdict on is (owned-verdict.ts reads the question): each the card that states it,
// the verdict, and the words the question must hold, each a separate linear pattern; and the words for the parties
// the points ask about. The points themselves are owned-points-*.ts's: RUSSIA_POINTS (-russia), CALL_AND_US_POINTS
// (-call-us), MORE_POINTS (-more), STATED_POINTS (-stated), STANCE_POINTS (-stance), read in that order.
export type OwnedVerdict = "yes" | "no";

export interface Point {
  /** The cards that state the point: the engine must have found one of them. */
  entries: readonly string[];
  verdict: OwnedVerdict;
  /** Every one must be found in the question (each alone, so no pattern scans the text twice). */
  en?: readonly RegExp[];
  ru?: readonly RegExp[];
  /** The card the verdict is said with, when the one found states the point less plainly. */
  card?: string;
  /** The point is not owned when one of these is in the question (a topic or an outcome the card does not state). */
  unlessEn?: RegExp;
  unlessRu?: RegExp;
  /** The word that asks the point turned ("reject", «против»): taken out (whole words, global) before the question is
   * read as plain; the point is asked only when it was there. */
  turnEn?: RegExp;
  turnRu?: RegExp;
}

export const w = (alternatives: string) => new RegExp(`(?<![\\p{L}'])(?:${alternatives})(?![\\p{L}])`, "u");
/** A Russian stem: the word may go on ("связ" → связи, связей). */
export const stem = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})\\p{L}*`, "u");

/** The names of the parties the points ask about, shared by the owned-points files. */
export const RUSSIA_EN = w(
  "russia|russia's|russias|moscow|moscow's|the kremlin|kremlin|kremlin's|russians|russian government",
);
export const RUSSIA_RU = stem("росси|москв|кремл|рф");
export const PUTIN_EN = w(
  "putin|putin's|putins|the russian president|russian president|the russian leader|russian leader",
);
/** Putin, also as Russia's president or leader («считает ли президент россии, что…»), as PUTIN_EN reads him. */
export const PUTIN_RU = stem("путин|президент\\p{L}* (?:росси|рф)|российск\\p{L}* (?:президент|лидер)");
export const US_EN = w(
  "us|u\\.s\\.?|usa|america|america's|american|americans|washington|washington's|the united states|united states",
);
export const US_RU = stem("сша|америк|вашингтон|штат");

/** A holder named for the spread fears, which the article gives none: a person, Russia, the US, a ministry. */
export const SPREAD_HOLDER_EN = w(
  "putin|putin's|peskov|peskov's|erdogan|biden|he|him|himself|his|she|her|herself|russia|russia's|moscow|the kremlin|kremlin|russians|ministry|washington|america|americans|the united states|united states|turkey",
);
export const SPREAD_HOLDER_RU =
  /(?<!\p{L})(?:путин\p{L}*|песков\p{L}*|эрдоган\p{L}*|байден\p{L}*|он|его|ему|сам|сама|росси\p{L}*|москв\p{L}*|кремл\p{L}*|мид|министерств\p{L}*|вашингтон\p{L}*|сша|америк\p{L}*|турци\p{L}*)(?!\p{L})/u;
