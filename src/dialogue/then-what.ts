// Kind: "and then what, talks?", «а потом что, переговоры?» right after an answer: the asker's guess at what comes
// next, put after a bare "then what". Read whole, the guess became the topic of a "did putin call for then what,
// talks" (doesn't say); the guess alone ("and talks?") is the question, read against the last answer as any
// short follow-up is. Only with a guess of one to four words after the lead.

const THEN_WHAT =
  /^(?:(?:and|so|ok|okay|а|и|ну|так)[, ]+)?(?:then what|what then|what next|and after that|after that|а потом что|потом что|что потом|а дальше что|дальше что|что дальше)\s*[,?:—-]+\s*([\p{L}'-]+(?:\s+[\p{L}'-]+){0,3})\s*\?*$/iu;

/** The guess after "then what," as a short follow-up of its own ("and talks?"), or null. */
export function thenWhatGuessOf(text: string): string | null {
  const m = THEN_WHAT.exec(text.trim());
  // "talks" alone is the negotiations, as after a verb (talks-noun.ts); the engine reads a bare "talks" as "says".
  const guess = m?.[1]?.trim().replace(/^(?:(?:peace|the) )?talks$/iu, "negotiations");
  if (!guess) return null;
  return /[а-яё]/iu.test(guess) ? `а ${guess}?` : `and ${guess}?`;
}

/** The message with a guess after "then what" read as its own follow-up; the message as typed otherwise. */
export const withGuess = (text: string): string => thenWhatGuessOf(text) ?? text;
