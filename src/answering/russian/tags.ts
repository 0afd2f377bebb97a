// The words chat hangs on a question to ask for agreement ("Штаты небось?", "…, так ведь?", "…, не так ли?",
// "…, правильно?"): they say how sure the asker is, not what is asked. Dropped like glue;
// a word of them read as content ("небось" → the stem неб) made the question look like another topic.

export const RUSSIAN_TAG_WORDS: readonly string[] = [
  "небось",
  "поди",
  "штоль",
  "чтоль",
  "ага",
  "точно",
  "правильно",
];

export const RUSSIAN_TAG_PHRASES: readonly string[] = [
  "не так ли",
  "что ли",
  "или как",
  // "…, прямой диалог или что?": an open alternative, how unsure the asker is, not a second question.
  "или что",
  "или чего",
  "так ведь",
  "не правда ли",
];
