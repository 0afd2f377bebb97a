// Kind: "ok what was the main message of the call", "what was the key point of that conversation", "so what was
// the main takeaway from it", "в чём был главный посыл разговора": the gist of one thing the story tells of. The
// framing words ("main message", "key point", "takeaway") drew the article's own conclusion or a "did you mean";
// the person asks what that thing was about. Asked plainly — "what was the call about?", "what was it about?"
// (the pronoun then read against the context), "о чём шла речь в ходе разговора?". The article's own gist
// ("the main point of the article") is left to the summary readers: null for it, as for any other message.

const GIST_EN =
  /^(?:(?:ok|okay|so|and|then|well|alright|fine)[, ]+)*(?:what|which)(?: (?:was|is|were))? the (?:main|key|central|core|big|overall|chief|most important) (?:message|point|takeaway|thing|idea|gist|thrust|upshot)s? (?:of|from|in|out of) (.+?)\s*\?*$|^(?:(?:ok|okay|so|and|then|well)[, ]+)*what(?:'s| is| was) the (?:gist|upshot|thrust) of (.+?)\s*\?*$/iu;
const GIST_RU =
  /^(?:(?:а|и|ну|так|ок|ладно)[, ]+)*(?:в ч[её]м|каков[аоы]?|какой|какая)(?: (?:был|была|было|были))? (?:главн\p{L}+|основн\p{L}+|ключев\p{L}+) (?:посыл|смысл|мысль|идея|суть|тезис|месседж)(?: (?:был|была|было))? (.+?)\s*\?*$/iu;
/** The article, the story, the text: its gist is the summary's, not this reader's. Letters bound the word, not
 * \b: JavaScript's \b knows no Cyrillic, so "этого текста" was read as a thing in the story (quality-ru41). */
const WHOLE =
  /(?<!\p{L})(?:article|piece|story|text|news|report|стать[яиюе]|статей|текст[аеу]?|новост[ьи]|материал[аеу]?|истори[яиюе]|заметк[аиуе]|публикаци[яиюе])(?!\p{L})/iu;
const MAX_WORDS = 5;

export function gistAskedOf(text: string): string | null {
  const t = text.trim().toLowerCase();
  const en = GIST_EN.exec(t);
  const thing = en ? (en[1] ?? en[2]) : GIST_RU.exec(t)?.[1];
  if (!thing || WHOLE.test(thing) || thing.split(/\s+/u).length > MAX_WORDS) return null;
  return en ? `what was ${thing} about?` : `о чём шла речь в ходе ${thing}?`;
}
