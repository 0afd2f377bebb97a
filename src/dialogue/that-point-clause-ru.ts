// Reads «а/и это спорно?», «и это вызывает споры?», «а это тоже неоднозначно?» after an answer (dialog53ru, d120-36#2):
// «это» — the last answer's point — as the subject of a clause of its own, a predicate after it (a verb or a word of
// state in «-о»). follow-up.ts took «это спорно» after the lead «и» for a topic beside the last voice («что сказал
// Москва про это спорно»): the card came, but not its verdict line, though the article settles it (Russia's
// involvement "has not been without controversy": Да). Read as a clause, the message is asked as it stands, «это»
// resolved on the last answer, and gets its verdict (the same question without «и» always did).
// isRussianClause (clause-switch.ts) reads «это» as the object after a subject («а Вашингтон это учёл?»), and a verb
// clause only from four words on; here «это» is the subject, two or three words.
import { RUSSIAN_VERB } from "./clause-switch.js";

const THAT = /^(?:это|вс[её] это|то)$/u;
const PARTICLE =
  /^(?:тоже|также|же|ведь|вообще|реально|правда|действительно|точно|разве|всё-таки|все-таки|уже|сейчас|не)$/u;
/** A word of state in «-о» as a predicate: «спорно», «неоднозначно», «оправданно», «опасно», «важно». */
const STATE_IN_O = /^\p{L}{3,}[нвкжтлш]о$/u;
/** Words in «-о» that are no predicate: adverbs of amount and time, pronouns. */
const NOT_STATE =
  /^(?:много|мало|давно|недавно|что-то|кто-то|как-то|только|именно|само|ничего|нечто|этого|того|\p{L}+ство)$/u;
/** Nouns and adjectives that name a topic after «это»: «это заявление», «это посредничество» stay a switch. */
const predicate = (word: string) =>
  (STATE_IN_O.test(word) && !NOT_STATE.test(word)) || RUSSIAN_VERB.test(word);

/** Whether a Russian switch's target («это спорно», «это тоже вызывает споры») is «это» and its predicate. */
export function thatPointClause(target: string): boolean {
  const words = target
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2 || words.length > 4) return false;
  const lead = words[0] === "всё" || words[0] === "все" ? 2 : 1;
  if (!THAT.test(words.slice(0, lead).join(" "))) return false;
  let i = lead;
  while (i < words.length - 1 && PARTICLE.test(words[i]!)) i++;
  // «это вызывает споры»: a verb and its object; «это спорно»: the predicate alone.
  const rest = words.slice(i);
  return rest.length >= 1 && rest.length <= 2 && predicate(rest[0]!);
}
