// A message that reports or doubts something before it asks ("Слышал по радио, что Песков что-то заявил, а что
// он сказал на самом деле?", "Говорят, будто Путин кого-то обвинил, а кого?", "I heard Peskov said something,
// and what did he say?") is one question: the report is its lead-in, and "он"/"he" after it is the one the report
// names. Split in two, the report would be answered on its own and "он" read without it.

/** A report's clause: a word of hearing, saying or doubting, then "что"/"будто"/"мол"/"that" opening what was said. */
const REPORTED =
  /(?:^|[\s,])(?:\p{L}+[\s,]+){0,6}?\p{L}+,\s+(?:что|будто|мол|якобы)\s|\b(?:heard|read|told me|claims?|says|said|doubt|reckon)\b(?:\s+that)?\s/iu;

/** How a question opens: a question word or "ли" near the start (Russian), a question word or an auxiliary (English). */
const ASKS =
  /^(?:(?:а|и|но|так|ну)[, ]+)?(?:кто|что|чем|чего|кого|кому|почему|зачем|как|где|куда|когда|сколько|какой|какая|какое|какие|какова|каков|чей|чья|правда ли|разве|неужели|who|whom|whose|what|why|how|when|where|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would)(?!\p{L})|^\S+\s+ли(?!\p{L})/iu;

/** Whether the first part of a message is a lead-in to what the rest asks, not a question of its own. */
export function isLeadIn(first: string): boolean {
  const text = first.trim();
  // "my neighbour says the americans ruined it all. who does putin blame, and what…": the report is a sentence of
  // its own and the first part's last sentence asks — two questions after a report, not one led into.
  const last = text.split(/(?<=[.!])\s+/).at(-1) ?? text;
  return !text.includes("?") && !ASKS.test(text) && !ASKS.test(last) && REPORTED.test(text);
}
