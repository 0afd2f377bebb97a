// A chat label before a quotation: "tl;dr quote: …", "FM quote: …", "article, word for word: …", "direct quote -
// …", "verbatim: …", "цитата МИД: …", "дословно: …". The label is no part of the claim: read as it stood, its words
// were unbacked words of the claim ("tldr" an added word, "direct" the opposite of "mediator") or a speaker no one
// in the article is ("Exact quote" misattributed). It is taken off as "X said that" is; a name in it stays the
// attribution ("FM quote:" = the Foreign Ministry's words, "Peskov quote:" Peskov's, "article, …" the article's).
// Every regular expression is bounded: a 4096-character message is read in linear time.

/**
 * The label and the rest: up to 60 characters, then a colon or a spaced dash, then the statement. The label starts at
 * its first non-space (leading spaces shared between `\s*` and it made 2,000 spaces take 0.2 s).
 */
const LABELLED = /^\s*([^:\s][^:\n]{0,59}?)\s*(?::|\s[-–—]{1,2})\s*(\S[\s\S]*)$/u;

/**
 * Phrases that mark a quotation (one must stand in the label), English and Russian; or a request to check what
 * follows ("quick check pls: …", "fact check: …", "вопрос: …", claims36): a speaker no one in the article is, read
 * as it stood ("quick check pls" misattributed a fair paraphrase).
 */
const MARKERS =
  /(?:^|\s)(?:tl;?\s?dr|quote|quoted|quoting|quotation|citation|verbatim|word[\s-]for[\s-]word|literally|exact(?:ly)?\s+words?|direct\s+words?|(?:fact[\s-]?)?check|question|цитат[аеуы]?|цитирую|дословно|слово\s+в\s+слово|буквально|проверь(?:те)?|проверка|вопрос)(?=\s|$)/giu;

/** Words a label may hold besides its marker and a name: they name nothing. */
const FILLER = new Set([
  "the",
  "a",
  "an",
  "from",
  "by",
  "of",
  "in",
  "exact",
  "direct",
  "actual",
  "real",
  "full",
  "original",
  "here",
  "s",
  "his",
  "its",
  "their",
  "own",
  "words",
  "is",
  "was",
  "as",
  "says",
  "said",
  "saying",
  "из",
  "от",
  "вот",
  "точная",
  "прямая",
  "полная",
  "его",
  "их",
  "слова",
  // A chat's greeting and politeness around a request to check.
  "hi",
  "hey",
  "hello",
  "ok",
  "okay",
  "quick",
  "pls",
  "plz",
  "please",
  "just",
  "привет",
  "быстрый",
  "пожалуйста",
  "плз",
]);

/** The article itself named in a label: its own voice. */
const ARTICLE = new Set([
  "article",
  "piece",
  "text",
  "story",
  "report",
  "статья",
  "статьи",
  "текст",
  "текста",
]);

/** Short names chat gives the Foreign Ministry. */
const ABBREVIATIONS = new Map([
  ["fm", "The Russian Foreign Ministry"],
  ["mfa", "The Russian Foreign Ministry"],
]);

/**
 * The claim without a quotation label: the statement alone, or "Name: statement" when the label names someone
 * (the frame readers take it from there). The text as it came when it has no such label.
 */
export function withoutQuoteLeadIn(text: string): string {
  const m = LABELLED.exec(text);
  if (!m) return text;
  const label = m[1]!.toLowerCase();
  if (label.replace(MARKERS, " ") === label) return text;
  const rest = label
    .replace(MARKERS, " ")
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "" && !FILLER.has(w));
  const statement = m[2]!;
  if (rest.length === 0) return statement;
  if (rest.length === 1 && ABBREVIATIONS.has(rest[0]!)) return `${ABBREVIATIONS.get(rest[0]!)}: ${statement}`;
  if (rest.some((w) => ARTICLE.has(w))) return rest.length === 1 ? statement : text;
  // The name as typed (its case kept: "Peskov", "МИД"), without the label's marker and filler words.
  const typed = m[1]!
    .split(/[^\p{L}'’]+/u)
    .map((w) => w.replace(/['’]s$/u, ""))
    .filter((w) => rest.includes(w.toLowerCase()));
  if (typed.length === 0 || typed.length > 4) return text;
  return `${typed.join(" ")}: ${statement}`;
}
