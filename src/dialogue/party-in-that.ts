// Kind: "is america involved in that?", "а США в этом участвуют?" right after a voice's statement (the Foreign
// Ministry's call for regional coordination and direct dialogue). "That" is the last answer's thing; the party
// was read on its own and found Putin's words on the US (a Yes to another question). Where every quote of the
// last entry is a voice's reported words and none names the party (knowledge/parties.json, in any of its forms),
// the article doesn't say the party takes part in it: that verdict, with the last answer as the evidence. A
// passage in the article's own voice (the Quartet's member list) is left to its readers, which answer from the
// list; a party the statement names is left to the usual yes/no path. Null otherwise.
import type { Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import type { DialogueContext, DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";
import { partyThingOf } from "./voice-unmentioned.js";

const PART_EN =
  /^(?:(?:and|so|but|ok|okay|what about)[, ]+)*(?:(?:is|are|was|were) (.{2,30}?) (?:also |even |actually )?(?:involved|taking part|participating|included|part|a part|playing a (?:part|role)) (?:in|of)|(?:does|do|did) (.{2,30}?) (?:also |even )?(?:take part|participate|play a (?:part|role)|have a (?:part|role)) in) (?:that|this|it|those|these)(?: too| as well)?\s*\?*$/iu;
const PART_RU =
  /^(?:(?:а|и|ну)[, ]+)*(.{2,30}?) (?:тоже |также |вообще |как-то )?(?:в этом |в н[её]м |тут |там )?(?:участву\p{L}+|задействован\p{L}*|принима\p{L}+ участие)(?: в этом| в н[её]м| тоже)?\s*\?*$/iu;
const DEMONSTRATIVE_RU = /(?:в этом|в н[её]м|тут|там)/u;

export function partyInThatTurn(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): DialogueTurn | null {
  if (!context?.entryId) return null;
  const t = text.trim().toLowerCase();
  const ru = readsAsRussian(t, lang);
  const m = ru ? (DEMONSTRATIVE_RU.test(t) ? PART_RU.exec(t) : null) : PART_EN.exec(t);
  const thing = m?.[1] ?? m?.[2];
  const party = thing ? partyThingOf(thing, kit.parties) : null;
  const replyLang: Lang = ru ? "ru" : "en";
  const last = party ? kit.engine.answerForEntry(context.entryId, replyLang) : null;
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
