// Kind: "what did he ask him for?", "what did putin ask erdogan for", «о чём он его просил?», «что он у него
// просил?» after the call: what the caller urged on it. Read with both pronouns, "him" took the same person as "he"
// ("what did Putin ask Putin for") and the engine found another of Putin's entries (dialog47, d41-1). Asked as
// "what did he call for?" / «к чему он призывал?», the pronoun left for the context to resolve as before.

const ASKED_FOR_EN =
  /^(?:(?:so|and|ok|okay|then|but|well)[, ]+)*what (?:exactly )?did (he|putin|vladimir putin) (?:ask|request|demand|urge|press)(?: (?:of|from))? (?:him|them|erdogan|the turkish (?:leader|president)|turkey)(?: for)?(?: (?:then|exactly|on the call|in the call|on the phone))?\s*\?*$/iu;
const ASKED_FOR_RU =
  /^(?:(?:а|и|ну|так|ок)[, ]+)*(?:о ч[её]м|чего|что) (он|путин) (?:(?:его|у него|от него|у эрдогана|от эрдогана|эрдогана) )?(?:просил|попросил|требовал|потребовал|добивался)(?: (?:его|у него|от него|у эрдогана|от эрдогана|эрдогана))?\s*\?*$/iu;

/** The question as the caller's call ("what did he call for?"), or null when it is not that shape. */
export function askedForOf(text: string): string | null {
  const t = text.trim().toLowerCase();
  const en = ASKED_FOR_EN.exec(t);
  if (en?.[1]) return `what did ${en[1]} call for?`;
  const ru = ASKED_FOR_RU.exec(t);
  return ru?.[1] ? `к чему ${ru[1]} призывал?` : null;
}
