// "Кто написал «Войну и мир»?": a work named in quotation marks and asked about as a work (who wrote, directed,
// sang or played in it). Its title may be made of words the article uses (война, мир), but the question is about
// a book, a film or a song, never about this story: the engine refuses it before the words are matched. The
// article itself in quotes («статья», «эта новость») is not another work.

/** A title in quotation marks that starts with a capital letter (a name, not a quoted word of the story). */
const QUOTED_TITLE = /[«„“"]\s*([A-ZА-ЯЁ][^»“”"]*)[»“”"]/u;

/** Asking who made a work, or what was in it. */
const MADE_OR_IN =
  /(?:^|[^а-яё])(?:написал|написала|написали|написан|сочинил|сочинила|автор|авторы|снял|сняла|сняли|режисс[её]р|спел|спела|исполнил|исполнила|сыграл|сыграла|поставил|нарисовал|придумал|вышел|вышла|экранизац|сюжет|персонаж|герои)/iu;

/** The article itself, named in quotes. */
const THIS_ARTICLE = /^(?:стать|текст|новост|материал|заметк|публикац)/iu;

/** Whether a Russian question asks about a quoted work (a book, a film, a song) rather than the story. */
export function asksOfQuotedWork(text: string): boolean {
  const title = QUOTED_TITLE.exec(text)?.[1]?.trim();
  if (!title || THIS_ARTICLE.test(title)) return false;
  return MADE_OR_IN.test(text.replace(QUOTED_TITLE, " "));
}
