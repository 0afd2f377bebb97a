// The names the article gives, asked as names ("which names are mentioned in the story", "what names come up in the
// article", «какие имена упоминаются в статье», «чьи имена звучат в тексте»): the people the piece names, the roster
// of its voices. Read as typed, "names" was no people word, the mention word met the Foreign Ministry's unnamed
// players and the question was refused as a gap, or stayed unsure (quality28, leftovers of session 27). Only "which/
// what names" with a word of mention or appearing, or of the piece; anything else stays as typed.

const MAX_LENGTH = 90;

const ENGLISH_NAMES =
  /^\s*(?:so\s+|and\s+|ok\s+)?(?:which|what)\s+(?:names|people's\s+names|persons'\s+names)\b/i;
const ENGLISH_OF_PIECE =
  /\b(?:mention(?:ed|s)?|come\s+up|comes\s+up|crop\s+up|pop\s+up|appear(?:s|ed)?|feature[sd]?|named|cited|used|given|in\s+(?:the|this)\s+(?:article|story|piece|text|report))\b/i;

const RUSSIAN_NAMES = /^\s*(?:а\s+|и\s+|так\s+)?(?:какие|чьи|что\s+за)\s+имена(?!\p{L})/iu;
const RUSSIAN_OF_PIECE =
  /(?<!\p{L})(?:упомина\p{L}*|упомянут\p{L}*|звуч\p{L}*|фигурир\p{L}*|назван\p{L}*|называ\p{L}*|встреча\p{L}*|есть|в\s+(?:статье|тексте|материале|заметке))(?!\p{L})/iu;

/** "which names are mentioned in the story" as "who is mentioned in the article", or as typed. */
export function asNamesRoster(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  return ENGLISH_NAMES.test(text) && ENGLISH_OF_PIECE.test(text) ? "who is mentioned in the article" : text;
}

/** «какие имена упоминаются в статье» as «кто упоминается в статье», or as typed. */
export function asRussianNamesRoster(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  return RUSSIAN_NAMES.test(text) && RUSSIAN_OF_PIECE.test(text) ? "кто упоминается в статье" : text;
}
