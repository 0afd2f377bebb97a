// Kind (dialog39): a party asked as included in the relation the last answer gives — "even with hamas?", "hamas
// too?", "including israel?", "and with the palestinians — hamas too?", «хамас тоже?», «и с хамасом тоже?», «в том
// числе с хамасом?» after Moscow's ties or its self-image as a mediator. The relation is the card's own article span
// ("long-standing ties with the Palestinians, including Hamas"): Yes on that card when a span of it names the party
// in a sentence of relation (ties, relationships, communication, common ground, members, alongside, including);
// else on the first card the curators relate to it that does (after the ties with Israel, "hamas too?" is the ties
// with the Palestinians); the article doesn't say when no such span names it ("and iran too?" after the same card).
// A party named first ("with the palestinians — …") must be named by the same span. Cards of no relation (the
// blame, the casualties) are left to the other readers: "israel too?" after the blame is the blame convention's;
// so is a list given in full ("turkey too?" after the Quartet's members: No, list-turns.ts).
import type { Answer } from "../answering/types.js";
import { partyMentions } from "../knowledge/parties.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { listsInFull } from "./elliptical.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const NAME = "[\\p{L}'-]+(?: [\\p{L}'-]+){0,2}?";
const LEAD_EN = "^(?:(?:and|so|but|ok|okay|oh|what about)[,.! ]+)*";
const TOO_EN = new RegExp(
  `${LEAD_EN}(?:(?:with|to) (?<first>${NAME}) ?[—–,:-]+ ?)?(?:(?:even|including|incl|also) (?:with |to )?(?<party>${NAME})|(?:even |and )?(?:with |to )?(?<later>${NAME}) (?:too|as well|also|included|even))$`,
  "u",
);
const LEAD_RU = "^(?:(?:а|и|ну|так)[,.! ]+)*";
/** «а с хамасом разве нет?», «а хамас ведь тоже нет?»: the doubt asks the same inclusion (dialog49ru, was a false «Нет»). */
const DOUBTED_NOT_RU = "(?:разве|неужели|ведь|же)(?: (?:же|тоже))? нет";
const TOO_RU = new RegExp(
  `${LEAD_RU}(?:(?:с|со) (?<first>${NAME}) ?[—–,:-]+ ?)?(?:(?:даже|в том числе|включая|и|а) (?:(?:с|со) )?(?<party>${NAME}) (?:тоже|также)|(?:даже|в том числе|включая) (?:(?:с|со) )?(?<party2>${NAME})|(?:(?:с|со) )?(?<later>${NAME}) (?:тоже|также|в том числе|включительно|${DOUBTED_NOT_RU}))$`,
  "u",
);
/** A sentence of relation: the party named in it is part of what the card says of ties, contacts or members. */
const RELATION =
  /(?<!\p{L})(?:ties|relationships?|relations|communication|contacts?|common ground|links?|members?|part of|alongside|including|both)(?!\p{L})/u;

/** The one party of the table a short name is, else null. */
export function partyOf(name: string, kit: DialogueKit): string | null {
  const found = new Set(partyMentions(kit.parties, name).map((m) => m.id));
  return found.size === 1 ? [...found][0]! : null;
}

/** A span of the card names every party asked in a sentence of relation. */
export function spanNames(card: Answer, ids: readonly string[], kit: DialogueKit): boolean {
  return card.quotes.some((q) => {
    const text = q.text.toLowerCase();
    if (!RELATION.test(text)) return false;
    const named = new Set(partyMentions(kit.parties, text).map((m) => m.id));
    return ids.every((id) => named.has(id));
  });
}

export function includedTooTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { folded, context, ru } = ask;
  if (folded.length > 80 || context.refused) return null;
  const t = withoutEndMarks(folded).trim();
  const groups = (ru ? TOO_RU : TOO_EN).exec(t)?.groups;
  const asked = groups?.party ?? groups?.party2 ?? groups?.later;
  if (!asked) return null;
  const party = partyOf(asked, kit);
  const first = groups?.first ? partyOf(groups.first, kit) : null;
  if (!party || (groups?.first && !first)) return null;
  const ids = first ? [first, party] : [party];
  const last = ask.last();
  // A list the article gives in full (the Quartet's) is list-turns.ts's: a party off it is No there.
  if (!last?.answered || last.quotes.length === 0 || listsInFull(last)) return null;
  // Only a card of relation: "israel too?" after the blame asks the blame of Israel, not a tie.
  if (!last.quotes.some((q) => RELATION.test(q.text.toLowerCase()))) return null;
  if (spanNames(last, ids, kit)) return verdictOnLast(last, ask.text, context, ask.lang, "yes", "pronoun");
  for (const id of last.entry?.related ?? []) {
    const card = kit.engine.answerForEntry(id, ask.lang);
    if (card?.answered && spanNames(card, ids, kit)) {
      const turn = verdictOnLast(card, ask.text, context, ask.lang, "yes", "pronoun");
      return { ...turn, context: { ...context, entryId: id, question: card.title, verdict: "yes" } };
    }
  }
  // The party named nowhere in the relation (nor first in another): the article doesn't say, on the last card.
  return first ? null : verdictOnLast(last, ask.text, context, ask.lang, "not-said", "pronoun");
}
