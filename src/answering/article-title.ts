// The article's title or name asked ("what is the article's title", "what's this piece called", "how is the story
// titled", «как называется статья», «какой заголовок у статьи»): the article as the bot has it carries no title, and
// the one line that stands for one is the story in brief, the way "the headline" is already read; read so. Read as
// typed, "title" was a keyword of the persons' entries (Peskov's office) and "name"/«называется» found who is named or
// the failure the US policy is called (quality28, leftovers of session 27). Only the article, story, piece or text
// as the thing titled; a person's title ("erdogan's title") stays as typed.

const MAX_LENGTH = 80;

const PIECE = String.raw`(?:article|story|piece|text|report|news\s+item|item|post)`;
const ENGLISH = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+|ok\s+)?(?:what(?:'s|s|\s+is|\s+was)?\s+(?:the\s+|this\s+)?(?:${PIECE}(?:'s|s|’s)?\s+(?:title|name|heading)|(?:title|name|heading)\s+of\s+(?:the\s+|this\s+)?${PIECE})|what(?:'s|s|\s+is)?\s+(?:the\s+|this\s+)?${PIECE}\s+(?:called|titled|named)|how\s+is\s+(?:the\s+|this\s+)?${PIECE}\s+(?:called|titled|named))\s*[?.!]*\s*$`,
  "i",
);

const RUSSIAN_PIECE = String.raw`(?:стать\p{L}*|текст\p{L}*|заметк\p{L}*|материал\p{L}*|публикаци\p{L}*|новост\p{L}*)`;
const RUSSIAN = new RegExp(
  String.raw`^\s*(?:а\s+|и\s+|так\s+)?(?:как\s+(?:называется|озаглавлен\p{L}*)\s+(?:эт\p{L}+\s+)?${RUSSIAN_PIECE}|(?:какой|каков|какое|каково)\s+(?:у\s+)?(?:эт\p{L}+\s+)?(?:заголовок|название)\s+(?:у\s+)?(?:эт\p{L}+\s+)?${RUSSIAN_PIECE}|(?:какой|каков|какое|каково)\s+(?:у\s+)?(?:эт\p{L}+\s+)?${RUSSIAN_PIECE}\s+(?:заголовок|название)|(?:заголовок|название)\s+(?:эт\p{L}+\s+)?${RUSSIAN_PIECE})\s*[?.!]*\s*$`,
  "iu",
);

/** "what is the article's title" as "what is the headline", or as typed. */
export function asArticleTitle(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  return ENGLISH.test(text) ? "what is the headline" : text;
}

/** «как называется статья» as «о чём статья, в одной строке», or as typed. */
export function asRussianArticleTitle(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  return RUSSIAN.test(text) ? "о чём статья в одной строке" : text;
}
