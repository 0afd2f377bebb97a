// Kind (dialog50; d59-13, o118-16): one warring side asked after a casualty count — "what about on the israeli
// side?", "and in israel?", "and for the israelis?", «а с израильской стороны?», «а в израиле?» after "how many
// civilians have died in gaza?". The topic switch's readings put the side into the last question ("how many
// civilians have died in the israeli side": the casualty figures, which the article does not give) and beside Putin's
// words ("what did putin say about the israeli side": what Putin wants, answered); the answered one won, so the
// casualties were lost and a following "is putin worried about it?" asked of his wants (doesn't say). After a card
// on the casualties a side is the count asked of that side: only the last question with the side swapped in is read.
import type { DialogueContext } from "./types.js";

/** The cards on the casualties: a side asked after them asks for that side's count. */
const COUNT_ENTRIES = new Set(["casualty-figures", "putin-civilian-casualties"]);

/** One of the warring sides or its land, as a switch names it. */
const SIDE =
  /^(?:(?:on|in|for|from|among|at|of) )?(?:the )?(?:israeli|israelis|israel|israel's|palestinian|palestinians|gaza|gazan|gazans|west bank|hamas)(?: side| part| end| ones?| people| civilians| casualties| deaths| dead)?$|^(?:(?:с|со|на|у|в|во|из|среди) )?(?:израил\p{L}*|израильск\p{L}* (?:сторон\p{L}*|жертв\p{L}*|погибш\p{L}*)|палестин\p{L}*|палестинск\p{L}* (?:сторон\p{L}*|жертв\p{L}*|погибш\p{L}*)|газ[аеуы]|сектор\p{L}* газа|хамас\p{L}*)$/u;

/** Whether a topic switch after the context's card asks for one side's count. */
export function sideOfCount(topic: string, context: DialogueContext): boolean {
  if (!context.entryId || !COUNT_ENTRIES.has(context.entryId)) return false;
  const t = topic
    .toLowerCase()
    .replace(/[?!.…]+$/u, "")
    .replace(/(?:\s+(?:then|too|as well|тогда|тоже))+$/u, "")
    .trim();
  return SIDE.test(t);
}
