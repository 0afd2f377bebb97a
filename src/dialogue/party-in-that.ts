import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";
import { partyThingOf } from "./voice-unmentioned.js";

const PART_EN =
  /^(?:(?:and|so|but|ok|okay|what about)[, ]+)*(?:(?:is|are|was|were) (.{2,30}?) (?:also |even |actually )?(?:involved|taking part|participating|included|part|a part|playing a (?:part|role)) (?:in|of)|(?:does|do|did) (.{2,30}?) (?:also |even )?(?:take part|participate|play a (?:part|role)|have a (?:part|role)) in) (?:that|this|it|those|these)(?: too| as well)?\s*\?*$/iu;
const PART_RU =
  /^(?:(?:а|и|ну)[, ]+)*(.{2,30}?) (?:тоже |также |вообще |как-то )?(?:в этом |в н[её]м |тут |там )?(?:участву\p{L}+|задействован\p{L}*|принима\p{L}+ участие)(?: в этом| в н[её]м| тоже)?\s*\?*$/iu;
const DEMONSTRATIVE_RU = /(?:в этом|в н[её]м|тут|там)/u;

export function partyInThatTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { text, context, ru } = ask;
  const t = ask.folded;
  const m = ru ? (DEMONSTRATIVE_RU.test(t) ? PART_RU.exec(t) : null) : PART_EN.exec(t);
  const thing = m?.[1] ?? m?.[2];
  const party = thing ? partyThingOf(thing, kit.parties) : null;
  const replyLang = ask.lang;
  const last = party ? ask.last() : null;
  if (!party || !last?.answered || last.quotes.length === 0) return null;
  if (!last.quotes.every((q) => q.voice === "reported") || names(last, party, kit.parties)) return null;
  return verdictOnLast(last, text, context, replyLang, "not-said", "pronoun");
}

/** Whether any quote of the answer (or its translation) names the party. */
function names(
  answer: { quotes: { text: string; translation?: string }[] },
  party: string,
  parties: Parties,
): boolean {
  return answer.quotes.some((q) =>
    [q.text, q.translation ?? ""].some((s) =>
      partyMentions(parties, s.toLowerCase()).some((found) => found.id === party),
    ),
  );
}
