// Kind (dialog43b, ru-15#2, an old false «Нет»): a party asked "separately" after a yes/no with "only" — «кремль
// общается только с палестинцами?» (No: with both sides) then «а с хамасом отдельно?», "and with hamas separately?".
// The follow-up asks whether that party is among them on its own, not whether it is the only one: the last question
// is asked again without its "only" and with the new party (party-swap.ts's swap). Before, the topic switch kept
// "only" and "hamas separately" and carried the No. A bare «а с хамасом?» keeps the restriction (the swap's No).
import type { Lang } from "../answering/types.js";
import type { Parties } from "../knowledge/parties.js";
import { partyAskedOf, swappedQuestion } from "./party-swap.js";
import type { DialogueContext } from "./types.js";

const SEPARATELY =
  /\s*,?\s+(?:separately|individually|on (?:its|their) own|отдельно|по отдельности|в отдельности)\s*([?!.…]*)$/iu;
const ONLY_WORD = /(?<!\p{L})(?:only|just|solely|exclusively|только|лишь|исключительно)(?!\p{L})/iu;
const ONLY = /(?<!\p{L})(?:only|just|solely|exclusively|только|лишь|исключительно)(?!\p{L})\s*/giu;

/** The last "only" question asked of the party named with "separately", without its "only"; else null. */
export function separatelyAskedOf(
  text: string,
  context: DialogueContext | null | undefined,
  parties: Parties,
  lang: Lang,
): string | null {
  if (!context?.question || context.verdict == null || text.length > 60 || !SEPARATELY.test(text))
    return null;
  const last = context.question.trim();
  if (!ONLY_WORD.test(last)) return null;
  const ru = /\p{Script=Cyrillic}/u.test(text);
  const asked = partyAskedOf(text.replace(SEPARATELY, "$1"), ru ? "ru" : lang, parties);
  if (!asked) return null;
  const plain = last.replace(ONLY, "").replace(/\s+/gu, " ").trim();
  const swapped = swappedQuestion(plain, { ...asked, yesNo: true }, ru ? "ru" : "en", parties);
  return swapped ? (swapped.endsWith("?") ? swapped : `${swapped}?`) : null;
}
