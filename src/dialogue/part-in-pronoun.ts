// "is the Quartet involved in it too?", "does it play a role in that?" after an answer about the talks (Putin
// wants the negotiation process resumed; Washington monopolizing peace efforts): the pronoun is the last answer's
// process, so the question is asked again of the negotiations and read by part-in.ts on the evidence it finds
// (the Quartet "formed to facilitate Israeli-Palestinian negotiations"): Yes, or null (left to the usual path).
// Russian "а вообще Россия участвует в нём?" is asked in English of the party the evidence can name (the
// Quartet's members), since the curated Russian own-question test read it as the last entry's (Putin's silence
// on Russia's role: "Нет"). The process may be pointed at by a demonstrative noun too ("is russia itself part of
// those efforts?" after Washington monopolizing peace efforts; quality47, d115-17).
import type { Answer, Lang } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { partInVerdict } from "./part-in.js";

const PRONOUN_END =
  /(?<= (?:part of|involved in|involved with|engaged in|taking part in|a (?:player|participant|party) in|(?:part|role|hand) in)) (?:it|that|this|them|those|(?:those|these|that|this|the same) (?:peace )?(?:efforts?|process|talks|negotiations|initiatives?|attempts?))((?: (?:too|as well|also|at all))?)$/u;
/** The last answer is about the talks: its words for the process. */
const PROCESS =
  /(?<!\p{L})(?:negotiat\p{L}*|peace (?:process|efforts|talks)|talks|переговор\p{L}*|мирн\p{L}* процесс\p{L}*)/u;

const RU_GLUE = "(?: (?:вообще|сама|сам|само|сами|тоже|же|ли|всё-таки|все-таки|хоть как-то))*";
const RU_PRONOUN = "(?: (?:в н[её]м|в этом|в него|в это))";
const PRONOUN_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[, ]+)?(?:(?:вообще|сама|сам|само|сами|всё-таки|все-таки|же|тоже|ли)[, ]+)*(\\p{L}+)${RU_GLUE}(${RU_PRONOUN})?${RU_GLUE} (?:участвует|участвуют|участвовала|участвовал|участвовали|входит|входят|входила|входил)(${RU_PRONOUN})?${RU_GLUE}$`,
  "u",
);
/** The parties the evidence names as taking part, in the English the part-in reader reads. */
const PARTY_EN: readonly [RegExp, string][] = [
  [/^(?:росси\p{L}*|москв\p{L}*|рф|кремль)$/u, "Russia"],
  [/^(?:сша|америк\p{L}*|вашингтон|штаты)$/u, "the US"],
  [/^(?:оон)$/u, "the United Nations"],
  [/^(?:ес|евросоюз|европ\p{L}*)$/u, "the European Union"],
  [/^(?:квартет|четв[её]рк\p{L}*)$/u, "the Quartet"],
];

/** "а Россия вообще участвует в нём?" as "is Russia part of it", or the message itself; null when not read. */
function englishOfRu(text: string): string | null {
  const m = PRONOUN_RU.exec(text);
  // The pronoun before the verb or after it ("Россия сама в нём участвует?", "Россия участвует в нём?").
  const party = m && (m[2] || m[3]) ? m[1] : undefined;
  const en = party ? PARTY_EN.find(([re]) => re.test(party))?.[1] : undefined;
  return en ? `is ${en} part of it` : null;
}

export function createPartInPronoun(kit: DialogueKit) {
  const { engine } = kit;
  return (folded: string, asked: Lang, lang: Lang, entryId: string | null): Answer | null => {
    if (!entryId || folded.length > 160) return null;
    const typed = withoutEndMarks(folded).trim();
    const text = asked === "en" ? typed : englishOfRu(typed);
    if (text === null || !PRONOUN_END.test(text)) return null;
    const last = engine.answerForEntry(entryId, lang);
    const about = [last?.answer ?? "", ...(last?.quotes ?? []).map((q) => q.text)].join(" ").toLowerCase();
    if (!last?.answered || !PROCESS.test(about)) return null;
    const question = text.replace(PRONOUN_END, " the negotiations$1");
    const found = engine.findAnswer(question, "en");
    if (!found.answered || partInVerdict(question, found) !== "yes") return null;
    return lang === "en" ? found : engine.answerForEntry(found.entry?.id ?? "", lang);
  };
}
