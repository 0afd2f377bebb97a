// Kind: "and with palestinians?", "and hamas?" after an answer on Russia's ties to one side ("what's the role of
// former russian citizens?" → common ground with Israel; "why is that relevant?" → the impartial mediator). The
// party switch put the new side into the last question ("what's the role of former russian citizens in
// palestinians"), whose words still found the Israel entry: the same answer again. After an answer on Russia's
// ties, relationships or common ground, a message that is only a side of the conflict (Israel, the Palestinians,
// Hamas), with "and", "with", "what about" around it, asks Russia's ties with that side. English only; any other
// party ("and turkey?") is left to the switch, and so is the switch after a yes/no ("does russia have ties with
// hamas? — Yes. — and with israel?" is that yes/no asked again).
import type { KnowledgeBase } from "../knowledge/loader.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { DialogueContext } from "./types.js";

const SIDES: ReadonlySet<string> = new Set(["israel", "palestinians", "hamas"]);
const LEAD =
  /^(?:(?:and|so|but|ok|okay|well|then|what about|how about|as for)[, ]+)*(?:(?:with|to|towards) )?/u;
const TAIL = /(?:[, ]+(?:then|too|as well|though))?\s*[?!.]*$/u;
/** An answer on Russia's relations with a side: its ties, relationships or common ground. */
const TIES = /(?<!\p{L})(?:ties|common ground|relationships?)(?!\p{L})/u;

/** "what ties does russia have with hamas?" for the side alone after a ties answer, else null. */
export function tiesSwapOf(
  text: string,
  context: DialogueContext | null | undefined,
  kb: KnowledgeBase,
  parties: Parties,
): string | null {
  const lower = text.trim().toLowerCase();
  if (lower.length > 60 || !context?.entryId || context.lang !== "en" || context.verdict) return null;
  const last = kb.entryById.get(context.entryId);
  if (!last || !TIES.test(last.answer)) return null;
  const rest = lower.replace(LEAD, "").replace(TAIL, "").trim();
  const named = partyMentions(parties, rest);
  if (named.length !== 1 || !SIDES.has(named[0]!.id)) return null;
  const before = rest.slice(0, named[0]!.start).trim();
  if ((before !== "" && before !== "the") || rest.slice(named[0]!.end).trim() !== "") return null;
  return `what ties does russia have with ${rest}?`;
}
