// Kind: a date asked of the last answer's event by a pronoun — «это было вчера?» after the call (d55-36#2,
// d56-25#3, d67-25#3), "was that yesterday?", "did it happen last week?", «это случилось в понедельник?». The
// pronoun question was read as the last answer again and took the call's verdict against the time word (a false
// Нет), or was refused in English. The article gives no date for anything (unstated-figure.ts's rule: the time
// asked must be absent from the evidence's quotes), so it is doesn't say, on the last answer. Narrow: a pronoun, a
// verb of being or happening and the time, nothing else.
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueTurn } from "./types.js";
import { unstatedFigureAsked } from "./unstated-figure.js";

const FRAME_EN =
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)*(?:was (?:that|it|this)|did (?:that|it|this) (?:happen|take place)|(?:that|it|this) (?:was|happened|took place))(?: (?:on|in))? (.+)$/u;
const FRAME_RU =
  /^(?:(?:а|и|так|ну|значит)[, ]+)*(?:(?:это|все это|оно) (?:было|случилось|произошло|состоялось)|(?:было|случилось|произошло|состоялось) (?:это|все это))(?: (?:же|ведь))? (.+)$/u;
/** A date or time alone: "yesterday", "last week", «в понедельник» — at most four words. */
const WORDS = /\p{L}+|\d+/gu;

export function timeOfThatTurn(ask: AskedOfLast, _kit: DialogueKit): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused) return null;
  const text = folded.replace(/[?!.\s]+$/u, "");
  const when = (ru ? FRAME_RU : FRAME_EN).exec(text)?.[1];
  if (!when || (when.match(WORDS)?.length ?? 0) > 4) return null;
  const last = ask.last();
  if (!last?.answered || !unstatedFigureAsked(when, ask.lang, last)) return null;
  const line = ru ? "Дат статья не называет." : "The article gives no dates.";
  const reply = notSaidOf(last, context.question, ru ? "когда" : "when", line);
  return { lang: ask.lang, replies: [reply], context: { ...context, verdict: "not-said" } };
}
