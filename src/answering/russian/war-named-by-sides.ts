// Russia's view of the war asked with the war named by its sides ("что россия думает про войну израиля и хамаса",
// "позиция москвы по конфликту между израилем и хамасом"): the sides only say which war, so the question asks
// Russia's position (russia-position). Read as typed, Israel and Hamas beside Russia outweighed the view asked and
// the ranker took whether Russia is neutral, whose phrasings name both sides. Here the sides after the war's word
// are dropped when Russia is asked of and no word asks whom it sides with ("за кого", "на чьей стороне",
// "поддерживает", "нейтральна"): such a question keeps its sides.

import { foldedRussian } from "./plain-text.js";

/** Russia, or a Russian voice of the story ("как путин отреагировал на войну хамаса с израилем"). */
const RUSSIA = /(?<!\p{L})(?:кремл\p{L}*|росси\p{L}*|москв\p{L}*|рф|путин\p{L}*|песков\p{L}*)(?!\p{L})/u;
/** The war's word, then its two sides, in either order, with "между" or without. */
const SIDE = "(?:израил\\p{L}*|израильтян\\p{L}*|хамас\\p{L}*|палестин\\p{L}*|газ[аеойу])";
const WAR_BY_SIDES = new RegExp(
  `(?<!\\p{L})((?:войн|конфликт|противостояни|столкновени|бо[ия])\\p{L}*)\\s+(?:между\\s+)?${SIDE}\\s+(?:и|с)\\s+${SIDE}(?!\\p{L})`,
  "u",
);
/** Words that ask whose side Russia takes: the sides are the question then. */
const SIDING =
  /(?<!\p{L})(?:за\s+кого|чь\p{L}+\s+сторон\p{L}*|сторон\p{L}*|поддерж\p{L}*|нейтрал\p{L}*|беспристраст\p{L}*|предвзят\p{L}*|объективн\p{L}*|связ\p{L}*|отношени\p{L}*|дружи\p{L}*)(?!\p{L})/u;

/** "как путин отреагировал на войну", «как путин отнёсся к конфликту»: Putin's reaction to the war itself. */
const PUTIN_REACTION =
  /^(?:а\s+)?(?:как|какая|какой|какова)\s+(?:была\s+)?(?:реакци\p{L}*\s+)?(?:у\s+)?путин\p{L}*\s+(?:(?:от)?реагир\p{L}*|отреагирова\p{L}*|отн[её]сся|реакци\p{L}*)?\s*(?:на|к)\s+(?:войн|конфликт|противостояни|столкновени|насили|бо[ия])\p{L}*/u;

/** The question with the war's sides dropped when Russia's view of the war is asked, or as typed. */
export function withoutWarSides(text: string): string {
  if (text.length > 200) return text;
  const plain = foldedRussian(text);
  // Read as typed, the reaction word and the war sent it to how the conflict could be resolved; his reaction is
  // what he says of the conflict (concern, US blame, ceasefire).
  if (PUTIN_REACTION.test(plain) && !SIDING.test(plain)) return "что путин говорит о конфликте";
  if (!RUSSIA.test(plain) || SIDING.test(plain)) return text;
  const war = WAR_BY_SIDES.exec(plain);
  if (!war) return text;
  return `${plain.slice(0, war.index)}${war[1]}${plain.slice(war.index + war[0].length)}`;
}
