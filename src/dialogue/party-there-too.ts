// Kind (dialog43, d107-39): a party asked as being "there" too, in the group the last answer touches — «США там
// тоже?», «а ЕС туда тоже входит?», «и ООН там есть?», "the US in there too?", "is the UN in it as well?" after
// Russia's disputed part in the peace process. "There" is the group a card the curators relate to the last one
// makes the party a member of ("Alongside the US, the United Nations, and the European
// Union, Russia has been part of the Quartet"): Yes on that card where its span names the party in a sentence of
// membership. The pronoun reading put the last question's topic for «там» and the engine could not choose ("did you
// mean…?"); included-too.ts reads "too" after a card of relation only, and this card (the controversy) is none.
// A party no membership span names is left to the other readers (a list given in full answers No there).
import { partyMentions } from "../knowledge/parties.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { partyOf } from "./included-too.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const NAME = "[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,2}?";
const TOO_EN = "(?:too|as well|also)";
/** "the us in there too", "is the un in it as well", "and the eu, there too", "the us also there". */
const THERE_TOO_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|what about)[,.! ]+)*(?:(?:is|are|was|were) )?(?<party>${NAME}),? (?:(?:also|too) )?(?:in there|in it|there|in that|part of it|a member|one of them|on it)(?: ${TOO_EN})?$`,
  "u",
);
const TOO_RU = "(?:тоже|также)";
/** «сша там тоже», «а ес туда тоже входит», «и оон там тоже есть», «сша тоже там». */
const THERE_TOO_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[,.! ]+)*(?<party>${NAME}),? (?:(?:там|туда|в нем|в н[её]м) ${TOO_RU}|${TOO_RU} (?:там|туда|в нем|в н[её]м))(?: (?:есть|входит|входят|состоит|состоят|участвует|участвуют|был|была|были))?$`,
  "u",
);
/** A sentence of membership: the party named in it belongs to the group. */
const MEMBERSHIP = /(?<!\p{L})(?:members?|part of|alongside|belongs?|membership)(?!\p{L})/u;

/** A demonym or a compound's first half ("Israeli-Palestinian negotiations"): a word of the talks, not a member. */
const NOT_A_MEMBER = (text: string, start: number, end: number) =>
  /(?:i|is|ian|ians)$/u.test(text.slice(start, end)) || /^-\p{L}/u.test(text.slice(end));

const namesInMembership = (quote: string, id: string, kit: DialogueKit): boolean => {
  const text = quote.toLowerCase();
  return (
    MEMBERSHIP.test(text) &&
    partyMentions(kit.parties, text).some((m) => m.id === id && !NOT_A_MEMBER(text, m.start, m.end))
  );
};

export function partyThereTooTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { folded, context, ru } = ask;
  if (folded.length > 60 || context.refused) return null;
  const t = withoutEndMarks(folded).trim();
  const asked = (ru ? THERE_TOO_RU : THERE_TOO_EN).exec(t)?.groups?.party;
  // "there too" without "too" in English needs the asker's "too"/"also" somewhere: "is the us in it?" is left.
  if (!asked || (!ru && !/(?<!\p{L})(?:too|also|as well)(?!\p{L})/u.test(t))) return null;
  const party = partyOf(asked, kit);
  if (!party) return null;
  const last = ask.last();
  if (!last?.answered) return null;
  // A card of the group itself is the pronoun reading's ("is the UN in it as well?" after the Quartet: "it" is
  // the group, and "who are the rest?" then reads against that question).
  if (last.quotes.some((q) => MEMBERSHIP.test(q.text.toLowerCase()))) return null;
  for (const id of last.entry?.related ?? []) {
    const card = kit.engine.answerForEntry(id, ask.lang);
    if (!card?.answered || !card.quotes.some((q) => namesInMembership(q.text, party, kit))) continue;
    const turn = verdictOnLast(card, ask.text, context, ask.lang, "yes", "pronoun");
    const entryId = card.entry?.id ?? id;
    return { ...turn, context: { ...context, entryId, question: card.title, verdict: "yes" } };
  }
  return null;
}
