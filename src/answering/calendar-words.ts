// Days of the week and months ("my cousin told me on Sunday…", "back in January"): everyday words of a message's
// chatter, not names of the story's parties. The common-word list holds no proper nouns, so they used to count as
// unknown names — capitalised inside a sentence, or not English — and a ramble around a question on the story was
// refused for its "Sunday". Still words the knowledge base does not know: a question about them alone is not
// answered by them ("what happened on Sunday?").

const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
  saturdays sundays january february april june july august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a lower-case word is a weekday or a month name. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word);
}
