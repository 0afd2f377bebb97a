// Kind: the piece's point asked at length, with the reader's own framing after it — "so basically what's the
// bottom line of this piece, like what's it trying to tell me about the whole thing and why it keeps blowing
// up", "in short, what is this story getting at…", «если коротко, к какому выводу приходит автор насчёт…». The
// tail ("like what's it trying to tell me…", "and why it keeps…") was split off as a second question, its "it"
// read as the last speaker, and the first half drew the Foreign Ministry's entry. The whole message asks one
// thing: the article's conclusion. Text in, text out; null when the message does not open with such a request.
// gist-asked.ts leaves the whole article's gist alone ("the main point of the article"); this reader takes it
// only when more follows it (a bare ask already finds the conclusion).

const POINT_EN =
  /^(?:(?:ok|okay|so|and|well|basically|like|hey|yo|in short|in a nutshell|long story short|tl;?dr)[, ]+)*(?:what(?:'s| is| was)|whats) (?:the|this|that) (?:(?:main|big|real|overall|key) )?(?:bottom line|takeaway|gist|upshot|point|message|conclusion) (?:of|in|from) (?:this|the) (?:piece|article|story|text|report)(?:[,;:—–-]+| )\s*(?:like|i mean|as in|so|and|about)\b/iu;
const POINT_RU =
  /^(?:(?:ну|так|короче|если коротко|если в двух словах|в двух словах|вкратце)[, ]+)*(?:к какому выводу (?:приходит|приход\p{L}*|подводит) (?:автор|статья)|какой (?:главный )?вывод (?:делает )?(?:автор|статья|статьи)|в ч[её]м (?:главная )?(?:суть|мысль|смысл) (?:статьи|текста))(?:[,;:—–-]+| )\s*(?:насч[её]т|про|о|об|и|что)(?!\p{L})/iu;

export function piecePointOf(text: string): string | null {
  const t = text.trim();
  if (POINT_EN.test(t)) return "what is the article's conclusion?";
  if (POINT_RU.test(t)) return "какой вывод делает статья?";
  return null;
}
