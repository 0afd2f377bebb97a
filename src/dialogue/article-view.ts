// Kind: whether the article itself gives a view at its close — "does the article have some kind of opinion at the
// end", "does it give a view in the last bit?", «в конце статьи автор делает какой-то вывод?». The engine finds the
// conclusion, but "opinion"/"view" are no words of it, so the checker said "doesn't say so in those words" (d51-24#1).
// Yes when every quote of the answer is the author's own voice from the article's last paragraph: the close is the
// author's view. Who is right, or which side the article takes, is another question (judgement-asked.ts).
import type { Answer, Lang } from "../answering/types.js";

const VIEW_EN =
  /(?<!\p{L})(?:opinion|view|take|stance|verdict|conclusion|lesson|message|point of view|judg(?:e)?ment)(?!\p{L})/u;
const CLOSE_EN =
  /(?<!\p{L})(?:at the end|in the end|the ending|towards? the end|end of (?:it|the (?:article|piece|story|text))|(?:the )?last (?:bit|part|paragraph|lines?|section)|final (?:bit|part|paragraph|lines?|section|words?)|closing|wrap(?:s|ping)? up|conclud\p{L}*|conclusion)(?!\p{L})/u;
const ARTICLE_EN =
  /^(?:(?:so|and|ok|okay|but|well|hey)[, ]+)*(?:does|did|is there|do) (?:the |this )?(?:article|piece|story|text|author|writer|journalist|it)(?!\p{L})|^is there (?:an? |some |any )/u;
const VIEW_RU = /(?<!\p{L})(?:вывод\p{L}*|мнени\p{L}*|позици\p{L}*|оценк\p{L}*|точк\p{L}* зрения)(?!\p{L})/u;
const CLOSE_RU =
  /(?<!\p{L})(?:в конце|в финале|в заключени\p{L}*|напоследок|в итоге|под конец|в последнем абзаце)(?!\p{L})/u;
const ARTICLE_RU = /(?<!\p{L})(?:стать\p{L}*|автор\p{L}*|текст\p{L}*)(?!\p{L})/u;

/** Whether the yes/no asks if the article gives its own view at its close, and the answer is that close. */
export function articleViewVerdict(
  question: string,
  answer: Answer,
  lang: Lang,
  paragraphs: number | undefined,
): "yes" | null {
  if (!paragraphs || !answer.answered || answer.quotes.length === 0) return null;
  const q = question.toLowerCase().replace(/ё/g, "е").trim();
  const asked =
    lang === "ru"
      ? VIEW_RU.test(q) && CLOSE_RU.test(q) && ARTICLE_RU.test(q)
      : VIEW_EN.test(q) && CLOSE_EN.test(q) && ARTICLE_EN.test(q);
  if (!asked) return null;
  const closing = answer.quotes.every(
    (x) => x.voice === "article" && x.speakerId === "article" && x.paragraph === paragraphs,
  );
  return closing ? "yes" : null;
}
