// Reads a member of the last answer's list asked verb first, the Russian order of a new item — «а туда входят
// США?», «а туда тоже входит россия?», «а в него входит ООН?», «а входит туда китай?», «а среди них есть ЕС?»,
// «а там есть евросоюз?» (dialog53ru, session 45's leftover of dialog51ru/dialog52ru). The list readers
// (elliptical.ts) take the party first («а сша туда входят?»), so verb first the party was never read and the
// message went to the engine, whose «туда» points at nothing: «В статье об этом не сказано» over the Quartet's own
// list, which names the US. Here the party after the verb; list-turns.ts answers it against the last answer's list
// as it answers «а сша туда входят?» (Да where the list names it, Нет where it leaves it out).
import type { Lang } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import { partyOf } from "./elliptical.js";

const LEAD = "(?:(?:а|и|но|ну|так)[, ]+)?";
/** The list pointed at: «туда», «там», «в него», «среди них», or the group named. */
const PLACE =
  "(?:туда|там|в него|в не[её]|в н[её]м|в ней|в их число|в их числе|среди них|в квартет|в квартете|в эту группу|в этой группе|в этом списке|в список|в списке)";
const PARTICLE = "(?:тоже|также|ещё|еще|ли|случайно|вообще|разве|же|ведь)";
const VERB =
  "(?:входит|входят|входил|входила|входило|входили|состоит|состоят|числится|числятся|есть|был|была|были|значится|значатся)";
/** A party of one to three words: no pronoun, question word or preposition among them. */
const PARTY = "(\\p{L}[\\p{L}-]*(?: \\p{L}[\\p{L}-]*){0,2})";
const NOT_PARTY =
  /(?<!\p{L})(?:он|она|оно|они|это|этот|эта|эти|то|там|туда|кто|что|какие|какой|какая|кто-то|что-то|что-нибудь|кто-нибудь|ещё|еще|кого|чего|про|о|об|с|со|за|из|по|от|к|у|как|сколько|много|мало|ли)(?!\p{L})/u;

/** «а туда входят США?», «а в него тоже входит ООН?»: the place, then the verb, then the party. */
const PLACE_VERB = new RegExp(
  `^${LEAD}(?:${PARTICLE} )*${PLACE}(?: ${PARTICLE})* ${VERB}(?: ${PARTICLE})* ${PARTY}$`,
  "u",
);
/** «а входит туда китай?», «а входят ли в него США?»: the verb, then the place, then the party. */
const VERB_PLACE = new RegExp(`^${LEAD}${VERB}(?: ${PARTICLE})* ${PLACE}(?: ${PARTICLE})* ${PARTY}$`, "u");

/** The party of a member question asked verb first (folded, Russian), or null when the message is not one. */
export function verbFirstMemberOf(folded: string, lang: Lang): string | null {
  if (lang !== "ru") return null;
  const text = withoutEndMarks(folded).trim();
  if (text.length > 60) return null;
  const party = (PLACE_VERB.exec(text) ?? VERB_PLACE.exec(text))?.[1];
  if (!party || NOT_PARTY.test(party)) return null;
  return partyOf(party, lang);
}
