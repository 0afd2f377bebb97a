// Russia's company in one group asked with a word of the diplomats' trade ("с какими организациями россия была в
// одном формате", "россия в одной связке с америкой по палестинцам?"): "в одном формате / в одной группе / связке"
// is being members of one group, which in the article is the Quartet (quartet-members). Read as typed, "формат" and
// "группа" were only the synonyms of an organisation and the question stayed unsure between the Quartet's members
// and Russia's role. A party the article never names keeps its name in the question, so the gate still refuses it.

import { foldedRussian } from "./plain-text.js";

const PARTY =
  /(?<!\p{L})(?:кремл\p{L}*|росси\p{L}*|москв\p{L}*|рф|сша|америк\p{L}*|вашингтон\p{L}*|оон|ес|евросоюз\p{L}*|европ\p{L}*)(?!\p{L})/u;
/** "в одном формате", "в одной группе", "в одной связке": one group's membership. */
const ONE_GROUP =
  /(?<!\p{L})(?:в\s+)?одн(?:ом|ой|у)\s+(?:формат|групп|связк|объединени|команд|клуб|компани|упряжк|коалици)\p{L}*(?!\p{L})/u;

/**
 * A group of mediators ("какая-то группа посредников с американцами", "посреднический формат"): the article's one
 * such group is the Quartet, "formed to facilitate" the negotiations; read so in a message of any length, a ramble
 * included (quality-ru46).
 */
const MEDIATORS_GROUP =
  /(?<!\p{L})(?:(?:групп|формат|объединени|механизм|клуб|коалици)\p{L}* (?:из )?(?:международн\p{L}* )?посредник\p{L}*|посредническ\p{L}* (?:групп|формат|механизм|объединени)\p{L}*)(?!\p{L})/u;

/** The question with its one group read as the Quartet, or as typed. */
export function asRussianOneGroup(text: string): string {
  const mediators = MEDIATORS_GROUP.exec(foldedRussian(text));
  if (mediators) {
    const plain = foldedRussian(text);
    return `${plain.slice(0, mediators.index)}квартет${plain.slice(mediators.index + mediators[0].length)}`;
  }
  if (text.length > 160) return text;
  const plain = foldedRussian(text);
  const group = ONE_GROUP.exec(plain);
  if (!group || !PARTY.test(plain)) return text;
  return `${plain.slice(0, group.index)}в квартете${plain.slice(group.index + group[0].length)}`;
}
