// Which country wants the go-between's part ("which country wants to be the peacemaker between the two sides here",
// "which state is trying to act as the go-between for israel and the palestinians", "what country would like to
// broker peace between the warring parties", «какая страна хочет стать миротворцем между сторонами»): the article's
// answer is Moscow, which strives to present itself as an impartial mediator; read as "who wants to be the mediator".
// Read as typed, the sides named outweighed the one mediator word and the question stayed unsure or found Russia's
// controversial involvement (quality28, blind56). Only a which/what-question of a country, state or government, a
// verb of wanting or trying, and a mediator's part; anything else stays as typed.

const MAX_LENGTH = 120;

const ENGLISH =
  /^\s*(?:so\s+|and\s+|ok\s+)?(?:which|what|whose)\s+(?:country|state|nation|government|power|capital|side|party|player)\s+(?:(?:is|was)\s+)?(?:wants?|wanted|would\s+like|(?:is\s+|was\s+)?(?:trying|seeking|hoping|aiming|offering|looking|angling|keen|eager)|tries|seeks|hopes|aims|offers|strives|is\s+keen|is\s+eager)\s+(?:to\s+)?(?:be(?:come)?|act\s+as|serve\s+as|play|pose\s+as|present\s+itself\s+as|cast\s+itself\s+as)?\s*(?:the\s+|a\s+|an\s+)?(?:(?:honest|neutral|impartial|main|chief)\s+)?(?:peacemaker|peace\s*maker|mediator|go-between|go\s+between|middleman|middle\s+man|broker|intermediary|arbiter|referee)/i;
const ENGLISH_BROKER =
  /^\s*(?:so\s+|and\s+|ok\s+)?(?:which|what)\s+(?:country|state|nation|government|power)\s+(?:(?:is|was)\s+)?(?:wants?|would\s+like|(?:is\s+)?(?:trying|seeking|hoping|aiming|offering|keen|eager)|tries|seeks|hopes|aims|offers)\s+to\s+(?:broker|mediate|make)\s+(?:peace|a\s+deal|a\s+settlement|between)/i;

const RUSSIAN =
  /^\s*(?:а\s+|и\s+|так\s+)?(?:какая|какое|какой|кто)\s+(?:страна|государство|держава|сторона|правительство|столица)?\s*(?:хочет|хотела\s+бы|хотело\s+бы|стремится|пытается|желает|претендует|метит|рвется|рвётся)\s+(?:на\s+роль\s+|в\s+)?(?:стать|быть|выступить|выступать|сыграть|играть)?\s*(?:роль\s+)?(?:миротворц\p{L}*|посредник\p{L}*|примирител\p{L}*|арбитр\p{L}*)/iu;

/** "which country wants to be the peacemaker" as "who wants to be the mediator", or as typed. */
export function asWouldBeMediator(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  return ENGLISH.test(text) || ENGLISH_BROKER.test(text) ? "who wants to be the mediator" : text;
}

/** «какая страна хочет стать миротворцем» as «кто хочет быть посредником», or as typed. */
export function asRussianWouldBeMediator(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  return RUSSIAN.test(text) ? "кто хочет быть посредником" : text;
}
