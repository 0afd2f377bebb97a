// The content words of a short text as word beginnings: lower-cased, a possessive "'s" dropped, words of four or
// more letters outside `stop`, each cut to its first `length` letters. Shared by the readers that compare what a
// question asks about with what a passage says (talked-about.ts, denied-mention.ts). `thingStems` keeps words of
// every length ("us" counts) and reads "ё" as "е": the thing of "so he thinks X?" and "did he mention X too?" against
// the last answer's quotes (restated-view.ts, mentioned-too.ts, which each carried a copy; tidy39).

/** `text`'s content words cut to `length` letters (see the file's head). */
export function contentStems(text: string, length: number, stop: ReadonlySet<string>): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s(?!\p{L})/gu, "")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !stop.has(w))
    .map((w) => w.slice(0, length));
}

/** `text`'s words outside `functionWords`, of any length, "ё" as "е", each cut to its first `length` letters. */
export function thingStems(text: string, length: number, functionWords: ReadonlySet<string>): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/['’]s(?!\p{L})/gu, "")
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "" && !functionWords.has(w))
    .map((w) => w.slice(0, length));
}
