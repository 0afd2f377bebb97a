// Words that ask the bot's own reading, not a topic: "по-твоему", "на твой взгляд", "как тебе кажется" ("чем,
// по-твоему, Путин объясняет…" asks what the article says Putin explains). "Твой" was read as a content word the
// knowledge base never uses, and "взгляд" as a frame of opinion, so the question lost its one topic to the glue.
// Also "во всём мире", "по всему миру": the world at large, a place around the question, never "мир" as peace.

/** Possessives of the one asked: glue wherever they stand. */
export const RUSSIAN_OPINION_WORDS = [
  "твой",
  "твоя",
  "твое",
  "твои",
  "твоему",
  "твоей",
  "твоим",
  "твоих",
  "твою",
];

/** Phrases asking the reader's view, and the world as a place; dropped as a whole. */
export const RUSSIAN_OPINION_PHRASES = [
  "по твоему",
  "по вашему",
  "на твой взгляд",
  "на ваш взгляд",
  "по твоему мнению",
  "по вашему мнению",
  "как тебе кажется",
  "как вам кажется",
  "как ты думаешь",
  "как вы думаете",
  "во всем мире",
  "по всему миру",
  "весь мир",
];
