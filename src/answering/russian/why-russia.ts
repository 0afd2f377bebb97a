// Why Russia is in the story at all, asked in chat ("а россия там зачем?", "россия-то тут каким боком?", "а
// кремль тут при чём?", "зачем тут вообще москва?", "что там забыла россия?"): read as the part Russia plays, whose
// entry gives the Kremlin's aim of a constructive role in a settlement. Read as typed, the bare words met Russia's
// ties with the Palestinians or nothing sure (quality-ru50). Only the whole question: "россия зачем звонила …"
// asks something of its own and stays as typed.
import { foldedRussian } from "./plain-text.js";

const RUSSIA = "(?:россия|россия-то|москва|москва-то|кремль|кремль-то|рф|русские|наши)";
const WHERE = "(?: (?:тут|там|здесь|вообще|то|во всем этом|в этой истории|в этом))*";
const WHY =
  "(?:зачем|при ч[её]м|причем|каким боком|с какого боку|с какого перепугу|(?:что|чего)(?: тут| там| здесь)? (?:забыла|забыл|забыли|делает)|к чему)";
const WHY_RUSSIA = new RegExp(
  `^(?:(?:а|и|ну|так|слушай) )*(?:${RUSSIA}${WHERE} ${WHY}${WHERE}|${WHY}${WHERE} ${RUSSIA}${WHERE})$`,
  "u",
);

/** The question as the part Russia plays when it asks only why Russia is in the story, or as typed. */
export function asRussianWhyRussia(text: string): string {
  if (text.length > 80) return text;
  return WHY_RUSSIA.test(foldedRussian(text)) ? "какую роль играет россия" : text;
}
