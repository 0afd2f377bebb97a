// A proposal of an act the article never reports, asked of Putin ("Путин предложил ввести войска в Газу?", "путин
// предлагал отправить миротворцев?", "Путин выступил за военную операцию в Газе?", "путин предложил ввести санкции
// против израиля?"): read as what Putin calls for — a ceasefire and renewed talks — so the reply says what he did
// propose; the yes/no layer gives the verdict (called-for.ts: the act is not in the evidence). Read as typed, the act's
// words ("ввести", "миротворцев", "санкции") were unknown or another topic's, and the question was refused as
// ambiguous (blind-ru45). Only acts of war, force or pressure: an errand of another kind ("снизить налоги") stays
// the engine's, which refuses it. Only verbs of proposing or calling for: "путин хочет ввести войска?" read as what he
// wants got that entry's curated "Да" (called-for.ts judges proposals and calls, not wants).
import { foldedRussian } from "./plain-text.js";

const PUTIN =
  "(?:путин\\p{L}*|он|президент\\p{L}*(?: росси\\p{L}*)?|российск\\p{L}* (?:президент|лидер)\\p{L}*)";
const PROPOSED =
  "(?:предложил\\p{L}*|предлагал\\p{L}*|предлагает|выступил\\p{L}* за|выступает за|настаивал\\p{L}* на|настаивает на|потребовал\\p{L}*|требует|требовал\\p{L}*|призвал\\p{L}*|призывает|призывал\\p{L}*)";
/** Acts of force, war or pressure the article never reports, as nouns or infinitives with their object. */
const ACT =
  "(?:(?:ввести|ввод\\p{L}*|отправить|отправк\\p{L}*|направить|прислать|послать|разместить|размещени\\p{L}*|перебросить|задействовать|использовать)(?: (?:свои|российские|наши|русские|туда))? (?:войск\\p{L}*|арми\\p{L}*|миротвор\\p{L}*|военн\\p{L}*|солдат\\p{L}*|контингент\\p{L}*|спецназ\\p{L}*|флот\\p{L}*|авиаци\\p{L}*|оружи\\p{L}*|ракет\\p{L}*|санкци\\p{L}*|технику)|(?:военн\\p{L}*|наземн\\p{L}*|миротворческ\\p{L}*|спец\\p{L}*) (?:операци\\p{L}*|вмешательств\\p{L}*|ответ\\p{L}*|удар\\p{L}*|миссии?|контингент\\p{L}*)|(?:ввести|ввод\\p{L}*|введени\\p{L}*|наложить|применить) (?:санкци\\p{L}*|эмбарго|блокад\\p{L}*)|санкци\\p{L}* (?:против|в отношении)|эмбарго|блокад\\p{L}*|бомбить|бомбардировк\\p{L}*|нанести удар\\p{L}*|ударить|вооружить|вооружать|поставлять оружие|поставки оружия|миротворц\\p{L}*|войн\\p{L}* (?:с|против) \\p{L}+|объявить войну)";
const ASKED = new RegExp(
  `^(?:(?:а|и|ну|так|правда|правда ли|это правда|верно|неужели|что|скажи|а правда) )*${PUTIN}(?: (?:что|то|ли|же|якобы|реально|правда|вообще|даже|прямо|уже|сам))* ${PROPOSED}(?: (?:бы|к|ко|уже|даже|прямо|срочно|немедленно))* ${ACT}(?= |$)`,
  "u",
);

/** The question as what Putin calls for, or as typed. */
export function asRussianUnreportedAct(text: string): string {
  if (text.length > 200) return text;
  const plain = foldedRussian(text);
  if (!/войск|арми|миротвор|военн|санкци|эмбарго|блокад|бомб|удар|оруж|войн|солдат|контингент/u.test(plain))
    return text;
  return ASKED.test(plain) ? "к чему призывает путин" : text;
}
