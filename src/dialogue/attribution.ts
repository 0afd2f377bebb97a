// "Is that Putin's view?", "а это мнение Путина?" against "is that a quote from Putin?", "это Путин предлагает?":
// words, statements and proposals have an owner the article names, so another's are a No; a view is held in one's
// head, and the article showing another voice's words says nothing of whether he shares it: "doesn't say".
import type { YesNo } from "./types.js";

/** A question of a view held rather than of words said or a thing proposed. */
const HELD_VIEW =
  /(?<!\p{L})(?:view|views|opinion|opinions|position|stance|take|belief|think|thinks|believe|believes|feel|feels|agree|agrees|share|shares|мнени\p{L}*|позици\p{L}*|точк\p{L}* зрения|взгляд\p{L}*|счита\p{L}*|дума\p{L}*|согласен|разделя\p{L}*)(?!\p{L})/u;

export const asksHeldView = (folded: string): boolean => HELD_VIEW.test(folded);

/** The verdict on whose the last answer's words are: theirs -> yes; another's -> no, or doesn't say of a view. */
export function attributionVerdict(opts: {
  answered: boolean;
  quoted: number;
  theirs: boolean;
  view: boolean;
}): YesNo {
  if (!opts.answered || opts.quoted === 0) return "not-said";
  if (opts.theirs) return "yes";
  return opts.view ? "not-said" : "no";
}
