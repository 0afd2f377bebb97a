// What a yes/no question adds to an owned point that the card does not give (quality-r2-37): a party ("…and
// netanyahu?", "…between israel and iran"), a cause ("because of oil", "for sending weapons", «из-за нефти»), a
// narrowed scope ("alone", «одну америку») or a time ("yesterday", "since the 1950s", "will", «вчера»). The card's
// Yes answers the point, not the point so extended: such a question is left to the dialogue layer, which reads the
// card against it. One check for every point (owned-verdict.ts), read against the text of the card said.

import { hasWholeWord } from "../lib/whole-word.js";

/** Parties by name, each every form in both languages: one named in the question must be named by the card. */
const PARTIES: readonly RegExp[] = [
  "russia\\p{L}*|moscow\\p{L}*|kremlin\\p{L}*|russian\\p{L}*|putin\\p{L}*|peskov\\p{L}*|росси\\p{L}*|москв\\p{L}*|кремл\\p{L}*|рф|путин\\p{L}*|песков\\p{L}*",
  "us|u\\.s\\.?|usa|america\\p{L}*|washington\\p{L}*|united states|сша|америк\\p{L}*|вашингтон\\p{L}*|штат\\p{L}*",
  "israel\\p{L}*|netanyahu\\p{L}*|израил\\p{L}*|израильт\\p{L}*|нетаньях\\p{L}*",
  "palestin\\p{L}*|палестин\\p{L}*",
  "hamas\\p{L}*|хамас\\p{L}*",
  "gaza|газ(?:а|е|у|ы|ой)|сектор\\p{L}* газ\\p{L}*",
  "turk\\p{L}*|erdogan\\p{L}*|турц\\p{L}*|турк\\p{L}*|турец\\p{L}*|эрдоган\\p{L}*",
  "iran\\p{L}*|иран\\p{L}*",
  "china|chinese|beijing|кита\\p{L}*|пекин\\p{L}*",
  "egypt\\p{L}*|египт\\p{L}*|египет",
  "hezbollah|хезболл\\p{L}*|хизболл\\p{L}*",
  "syria\\p{L}*|сири\\p{L}*",
  "leban\\p{L}*|ливан\\p{L}*",
  "ukrain\\p{L}*|kyiv|kiev|zelensk\\p{L}*|украин\\p{L}*|киев\\p{L}*|зеленск\\p{L}*",
  "saudi\\p{L}*|саудов\\p{L}*",
  "qatar\\p{L}*|катар\\p{L}*",
  "jordan\\p{L}*|иордан\\p{L}*",
  "nato|нато",
  "un|u\\.n\\.?|united nations|оон",
  "eu|e\\.u\\.?|european union|europe\\p{L}*|евросоюз\\p{L}*|европ\\p{L}*|ес",
  "arab\\p{L}*|араб\\p{L}*",
  "biden\\p{L}*|trump\\p{L}*|blinken\\p{L}*|байден\\p{L}*|трамп\\p{L}*|блинкен\\p{L}*",
].map((forms) => new RegExp(`(?<![\\p{L}'])(?:${forms})(?!\\p{L})`, "u"));
/** Israel, the Palestinians and Hamas are the "both sides" a card may name together. */
const SIDES = new Set([2, 3, 4]);
/** Gaza is the conflict's ground: a card naming Israel or the Palestinians gives it ("spread beyond israel and gaza"). */
const GAZA = 5;
const BOTH_SIDES =
  /(?<!\p{L})(?:both (?:warring )?sides|both israelis and palestinians|обеими (?:враждующими )?сторонами|обе(?:их)? (?:враждующих )?сторон\p{L}*|и с израильтянами, и с палестинцами)(?!\p{L})/u;

/** The conflict's two sides named as a pair ("a truce between israel and hamas"): the conflict itself, no party added. */
const SIDE =
  "(?:the )?(?:israel\\p{L}*|palestin\\p{L}*|hamas|gaza|израил\\p{L}*|палестин\\p{L}*|хамас\\p{L}*|(?:сектор\\p{L}* )?газ(?:ой|ы|а|е|у))";
/** The conflict named by its sides ("the israel conflict", "the war in gaza", «конфликт в газе»): no party added. The
 * ceasefire there is the conflict's own ("a ceasefire in gaza", «прекратить огонь в газе», quality42ru). */
const CONFLICT_OF_SIDES = new RegExp(
  `(?<!\\p{L})(?:${SIDE}(?:[- ]${SIDE})? (?:conflict|war|crisis|fighting|violence|situation)|(?:conflict|war|crisis|fighting|violence|situation|ceasefire|cease-fire|truce) (?:in|over|around) ${SIDE}|(?:конфликт|войн|кризис|насили|ситуаци|обстановк|перемири|огонь|огня)\\p{L}* (?:в|на|вокруг) ${SIDE}|(?:израильско|палестино)-\\p{L}+ (?:конфликт|войн|кризис)\\p{L}*)(?!\\p{L})`,
  "gu",
);
const BETWEEN_SIDES = new RegExp(
  `(?<!\\p{L})(?:between ${SIDE} and ${SIDE}|между ${SIDE} и ${SIDE})(?!\\p{L})`,
  "gu",
);

/** A narrowed scope: the card never says "only" or "most". */
const SCOPE =
  /(?<![\p{L}'])(?:alone|solely|exclusively|single-?handedly|entirely|wholly|mainly|mostly|primarily|chiefly|above all|personally|sole|the main|the biggest|the most|most of all|everyone|everybody|everything|no one else|nobody else|only|только|лишь|(?:одн(?:у|ого|ой|им|их|а|и)|один)(?! из)|единственн\p{L}*|исключительно|полностью|целиком|главн\p{L}*|основн\p{L}*|прежде всего|больше всех|всех|всему|всем)(?!\p{L})/u;

/** A time or a future the card does not give (checked against the card's own words). */
const TIME =
  /(?<![\p{L}'])(?:yesterday|today|tonight|tomorrow|recently|lately|since|ago|always|ever|anymore|any more|any longer|soon|future|years?|decades?|months?|weeks?|will|going to|gonna|\d{4}s?|вчера|сегодня|завтра|недавно|скоро|всегда|когда-(?:нибудь|либо)|раньше|прежде|до сих пор|больше не|\d{4}\p{L}*|год\p{L}*|лет|недел\p{L}*|месяц\p{L}*|будет|будут|станет|станут|собира\p{L}*)(?!\p{L})/gu;

/** A cause or purpose asked: what follows must be the card's words. */
const CAUSE =
  /(?<![\p{L}'])(?:because(?: of)?|cause of|due to|owing to|thanks to|as a result of|in order to|so that|(?:for|over|by) (?=\p{L}+ing(?!\p{L}))|(?<=(?:blam|fault|accus)\p{L}{0,6} [^?]{0,40}?)(?:for|of)|(?<!(?:пережива|беспоко|волну|тревож|обеспокоен)\p{L}{0,6} )из-за|потому что|так как|поскольку|ради|(?<!(?:хоч|хот|призыва|добива|настаива|предлага|требу|проси|прос)\p{L}{0,6},? )чтобы|за то,? что|(?<=(?:вин|обвин|хвал|упрека)\p{L}{0,6} [^?]{0,40}?)(?:в|во|за))(?!\p{L})([^?.!]*)/u;
/**
 * (verdict50) The card's thing under another name of the article's own: "the peace process", «мирный процесс» are the
 * peace efforts the US is charged with monopolizing (¶4 speaks of "the Middle East peace process" for the same
 * efforts), read as the card's words where the card gives "peace efforts" / «мирные усилия».
 */
const SAME_THING: readonly (readonly [RegExp, RegExp, string])[] = [
  [/(?<!\p{L})peace process(?:es)?(?!\p{L})/gu, /(?<!\p{L})peace efforts?(?!\p{L})/u, "peace efforts"],
  [
    /(?<!\p{L})мирн\p{L}{1,3} процесс\p{L}{0,3}(?!\p{L})/gu,
    /(?<!\p{L})мирн\p{L}{1,3} усили/u,
    "мирные усилия",
  ],
];
const inCardWords = (cause: string, gives: string): string =>
  SAME_THING.reduce(
    (text, [asked, card, words]) => (card.test(gives) ? text.replace(asked, words) : text),
    cause,
  );

const FUNCTION_WORDS = new Set(
  "the a an all any not own who how why but has had can did does do its it their they them his her this that these those with from into about what some such being been have having more very much also and or of in on at to by is are was were for over his him все это этот эта эти его ее её их они она он что как так для при над под про с со к ко по на о об от до из у этом этого том происходящем происходящее случившемся happening happened going situation".split(
    " ",
  ),
);

/** Whether the question adds a party, a cause, a scope or a time that the card's text does not give. */
export function addsToCard(asked: string, card: string): boolean {
  if (SCOPE.test(asked)) return true;
  const gives = card.toLowerCase().replace(/ё/gu, "е");
  const named = asked.replace(BETWEEN_SIDES, " ").replace(CONFLICT_OF_SIDES, " ");
  for (const [i, party] of PARTIES.entries()) {
    if (!party.test(named) || party.test(gives)) continue;
    if (SIDES.has(i) && BOTH_SIDES.test(gives)) continue;
    if (i === GAZA && (PARTIES[2]?.test(gives) || PARTIES[3]?.test(gives))) continue;
    return true;
  }
  for (const time of asked.matchAll(TIME)) if (!hasWholeWord(gives, time[0])) return true;
  const cause = CAUSE.exec(asked)?.[1];
  if (cause === undefined) return false;
  return (inCardWords(cause.toLowerCase(), gives).match(/\p{L}+/gu) ?? []).some(
    // A stem: the word less an ending of up to two letters, at most five letters ("мирных" is "мирного"'s).
    (word) =>
      word.length > 2 &&
      !FUNCTION_WORDS.has(word) &&
      !gives.includes(word.slice(0, Math.max(3, Math.min(5, word.length - 2)))),
  );
}
