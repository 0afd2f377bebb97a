// What Russia offers against the war's spread ("что предлагает россия, чтобы это не переросло в региональную
// войну", "как москва собирается не дать конфликту расползтись"): in the article the fear of the spread and the
// Foreign Ministry's call to coordinate the regional players and stabilise the situation stand together
// (foreign-ministry-position). Read as typed, the proposal words met Putin's ceasefire or the fears alone, or the
// message stayed unsure between them. A Russian voice (not Putin's or Peskov's, whose own entries answer them), a
// word of the spread, and a proposal or prevention asked must all stand; a long ramble counts (its question
// points back at the spread it told: "чтобы этого не случилось").

import { foldedRussian } from "./plain-text.js";

const VOICE =
  /(?<!\p{L})(?:кремл\p{L}*|росси\p{L}*|москв\p{L}*|рф|мид\p{L}*|дипломат\p{L}*|министерств\p{L}*)(?!\p{L})/u;
const OTHER_VOICE = /(?<!\p{L})(?:путин\p{L}*|песков\p{L}*)(?!\p{L})/u;
const SPREAD =
  /(?<!\p{L})(?:региональн\p{L}*\s+войн\p{L}*|больш\p{L}*\s+войн\p{L}*|перерас\p{L}*|перерос\p{L}*|перекин\p{L}*|перекид\p{L}*|располз\p{L}*|распростран\p{L}*|расшир\p{L}*|полыхн\p{L}*|охват\p{L}*|на\s+сосед\p{L}*|весь\s+регион|всему\s+региону|весь\s+ближний\s+восток)(?!\p{L})/u;
const PREVENT =
  /(?<!\p{L})(?:предлага\p{L}*|предлож\p{L}*|собира\p{L}*|намерен\p{L}*|план\p{L}*|дела(?:ть|ет|ют)|не\s+дать|не\s+допустит\p{L}*|предотврат\p{L}*|избежат\p{L}*|помешат\p{L}*|остановит\p{L}*|чтобы\s+(?:этого|это|такого)\s+не)(?!\p{L})/u;

/** The Foreign Ministry's position when Russia's answer to the spread is asked, or the question as typed. */
export function asRussianSpreadPrevention(text: string): string {
  if (text.length > 400) return text;
  const plain = foldedRussian(text);
  if (!VOICE.test(plain) || OTHER_VOICE.test(plain) || !SPREAD.test(plain) || !PREVENT.test(plain))
    return text;
  return "что предлагает мид россии чтобы стабилизировать ситуацию в регионе";
}
