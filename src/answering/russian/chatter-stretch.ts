// Whether a stretch of a long Russian message asks, or only tells the asker's own story ("вчера по телеку слышал,
// что путин с кем-то созванивался", "у меня батя смотрит телек и утверждает, что россия …"). A name the article does
// not know in a stretch that asks refuses the whole message (message-reading.ts); counted by its question words, the "что"
// of a reported clause made every story stretch ask, so one everyday word the dictionary lacks (телек, инет,
// общага, read as unknown names) vetoed the message's on-topic question. A Russian stretch asks when it holds "?"
// or opens with a question word; a question word inside it after a verb of telling is the conjunction of a report.

import { foldedRussian } from "./plain-text.js";

/** A question word opening a stretch, after "и"/"а"/"но"/"ну"/"так"/"вот" and a plea to tell or explain. */
const OPENS_ASKING =
  /^(?:(?:и|а|но|ну|так|вот|тогда|ещ[её])\s+)*(?:(?:подскажите|скажите|объясните|объясни|расскажите|расскажи|пожалуйста|можете|можешь|нормально)\s+)*(?:кто|что|чт[оа]-то|чем|чего|кого|кому|почему|зачем|как|где|куда|когда|сколько|какой|какая|какое|какие|какую|каких|каков|какова|чей|чья|чьи|ли|разве|неужели|правда\s+ли|с\s+кем|о\s+ч[её]м|при\s*ч[её]м|за\s+что|из-за\s+чего|для\s+чего|интересно)(?!\p{L})/u;

/** Whether `stretch` (a Russian part of a long message) asks: a "?" in it or a question word opening it. */
export function russianStretchAsks(stretch: string): boolean {
  if (stretch.includes("?")) return true;
  return OPENS_ASKING.test(foldedRussian(stretch));
}
