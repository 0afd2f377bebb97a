// Kind: another party asked on the last answer's matter — «а США что по этому поводу?», «а что израиль об этом
// думает?», "and the us, what about that?", "what does washington think about that?" after Putin's word on a
// Palestinian state. The party swap put the US into the last question's subject (a "doesn't say" on the US's reaction,
// d105-28#2; in English "does putin acknowledge the need for the us…", a false No). Where the last answer's own text
// or quotes name that party (the card on a Palestinian state names "the US government's failure to address…"), that
// is what the article gives of the party on the matter: the card again, led by what it is. A party the card never
// names is left to the other readers (the swap, "doesn't say"); so is the last speaker's own side.
import { partyMentions } from "../knowledge/parties.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { ledAgainTurn } from "./kept-context-turn.js";
import type { DialogueTurn } from "./types.js";

const NAME = "[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,2}?";
const THAT_EN = "(?:that|this|it|all (?:that|this)|the matter|the issue)";
const LEAD_EN = "^(?:(?:and|so|but|ok|okay|well)[,.! ]+)*";
const ON_THAT_EN = new RegExp(
  `${LEAD_EN}(?:(?<a>${NAME}),? what about ${THAT_EN}|what about (?<b>${NAME}) on ${THAT_EN}|what (?:does|do|did) (?<c>${NAME}) (?:say|think|make of|have to say) (?:about|of|on) ${THAT_EN}|what (?:does|do|did) (?<d>${NAME}) make of ${THAT_EN}|(?:what is|what's|whats) (?<e>${NAME})(?:'s|s') (?:take|view|position|stance) on ${THAT_EN})$`,
  "u",
);
const THAT_RU = "(?:по этому поводу|на этот сч[её]т|об этом|насч[её]т этого|по этому вопросу|в этом вопросе)";
const LEAD_RU = "^(?:(?:а|и|ну|так)[,.! ]+)*";
const ON_THAT_RU = new RegExp(
  `${LEAD_RU}(?:(?<a>${NAME}),? что ${THAT_RU}(?: (?:думают|говорят|думает|говорит|считают|считает))?|что (?<b>${NAME}) ${THAT_RU}(?: (?:думают|говорят|думает|говорит|считают|считает))?|что (?<c>${NAME}) (?:думают|говорят|думает|говорит|считают|считает) ${THAT_RU})$`,
  "u",
);
/** Russia's own side: the last answer is its voice's, not another party's. */
const OWN_SIDE = new Set(["russia", "both", "others"]);

export function partyOnThatTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { folded, context, ru } = ask;
  if (folded.length > 80 || context.refused) return null;
  const t = withoutEndMarks(folded).trim();
  const g = (ru ? ON_THAT_RU : ON_THAT_EN).exec(t)?.groups;
  const name = g ? (g.a ?? g.b ?? g.c ?? g.d ?? g.e) : undefined;
  if (!name) return null;
  const ids = new Set(partyMentions(kit.parties, name).map((m) => m.id));
  if (ids.size !== 1) return null;
  const party = [...ids][0]!;
  if (OWN_SIDE.has(party)) return null;
  const last = ask.last();
  if (!last?.answered || last.quotes.length === 0) return null;
  const said = `${last.answer} ${last.quotes.map((q) => q.text).join(" ")}`.toLowerCase();
  if (!partyMentions(kit.parties, said).some((m) => m.id === party)) return null;
  const lead = ru
    ? "Слов этой стороны об этом статья не приводит; вот что она говорит о ней в этой связи:"
    : "The article reports no words of that side on this; here is what it says of it on the matter:";
  return ledAgainTurn(last, lead, name, context, ask.lang);
}
