// A yes/no question whose only words besides the story's names are words the knowledge base does not know
// ("is putin sick?", "is peskov older than putin", "is putin married?"): it asks about the person, not about
// anything the article reports. The engine refuses it or is unsure; the yes/no path must not then pick the
// person's entry and answer "the article doesn't say so in those words. What it does say: <who Putin is>" —
// evidence unrelated to the question. Such a question is refused as the engine refuses it (out of scope).
// A question with one known content word beside the unknown one ("did Peskov repeat that criticism?") keeps
// the yes/no path: the known word is a point of the story.

import { PLACE_NAMES, type PlaceName } from "../answering/place-names.js";
import { createReplies } from "../answering/replies.js";
import type { Answer, Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { allFormsOf, phrasePattern } from "../knowledge/parties.js";
import { asksPersonMerit } from "./person-merit.js";

/** The engine's reading of a text: its content terms ("@putin" a name) and the words it does not know. */
export interface TermsReader {
  contentTerms?(text: string): string[];
  explain?(question: string): { unknown?: string[] };
}

/** Whether the question's words, names aside, are all words the knowledge base does not know (one at least). */
export function asksOnlyUnknown(question: string, engine: TermsReader): boolean {
  const unknown = new Set(engine.explain?.(question).unknown ?? []);
  if (unknown.size === 0) return false;
  const words = (engine.contentTerms?.(question) ?? []).filter((t) => !t.startsWith("@"));
  return words.length > 0 && words.every((t) => unknown.has(t));
}

/** The engine's out-of-scope refusal, in `lang`, for a question the article does not cover. */
export function createOffTopicRefusal(kb: KnowledgeBase) {
  const replies = createReplies(kb);
  return (lang: Lang): Answer =>
    replies.noAnswer(
      lang,
      "out-of-scope",
      replies.textsOf(lang).outOfScope(replies.oneLine(lang)),
      replies.popular(3, lang),
    );
}

/** The engine's reading of a question, token by token ("fired [fire]", "did [stop]", "putin [@putin]"). */
export interface TokenReader {
  explain?(question: string, lang?: Lang): object;
}

/** A name as the place something happens in or from: "from the kremlin", "in israel", "из кремля". */
const placeOf = (name: string) =>
  new RegExp(
    `(?<!\\p{L})(?:from|in|inside|within|out of|из|в|во)\\s+(?:the\\s+)?${name.replace(/[^\p{L}\s]/gu, ".")}(?!\\p{L})`,
    "iu",
  );

/** Tokens that carry no point of their own: question words, auxiliaries, saying frames. */
const NO_POINT = /\[(?:stop|frame|question)\]$/;
const wordsIn = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** A word and a word of the text are one word: itself, a plural, or (six letters or more) the same stem. */
function sameWord(asked: string, said: string): boolean {
  if (asked === said || said === `${asked}s` || asked === `${said}s`) return true;
  if (asked.length < 6 || said.length < 4) return false;
  return said.startsWith(asked.slice(0, Math.max(4, asked.length - 4)));
}

/** A yes/no opened by an auxiliary ("did", "has", "is"), not a polite request ("can you give me…"). */
const AUX_FIRST_EN =
  /^(?:(?:so|and|but|ok|okay|wait|well|hey)[, ]+)?(?:does|do|did|is|are|was|were|has|have|had|will|would|should|can|could)\s+(?!(?:you|u|ya|we|i)\b)/i;
/** A Russian yes/no without a question word. */
const QUESTION_WORD_RU =
  /(?<!\p{L})(?:кто|кого|кому|что|чего|почему|зачем|как|где|когда|какой|какая|какие|сколько|чей|чья|ли)(?!\p{L})/u;
/** The article itself asked of ("does the article explain…", "my teacher says the final paragraph…"). */
const ARTICLE_ASKED =
  /\b(?:article|piece|text|paragraph|story|author|writer|report|статья|статье|статьи|текст)/iu;

/**
 * "did peskov get fired from the kremlin?", "has hamas got nuclear weapons?", "is putin ill? his health is bad",
 * "иран поддерживает хамас?": a yes/no whose point is off the story though one of its words is the knowledge
 * base's ("fired" is read as ceasefire's stem, "weapons" as the military), answered "doesn't say" beside the entry
 * its names found. Off the story when it names a country or body the article never names (both languages), or
 * (English) when every word of it but the story's names is a word neither the article nor the evidence entry
 * (its question, phrasings, keywords, answer) uses: "is russia neutral?" keeps its entry, whose
 * question says "neutral". Names: the engine's "@" terms, the parties table's words, and the words the article
 * writes only capitalised. Two parties asked of each other ("does putin hate america?") are a stance the article
 * may bear on, and are left to the yes/no path.
 */
export function createOffStory(kb: KnowledgeBase, engine: TokenReader) {
  const article = kb.article.text;
  const vocab = () => {
    const lower = new Set<string>();
    const capital = new Set<string>();
    for (const w of article.match(/\p{L}+/gu) ?? [])
      (/^\p{Lu}/u.test(w) ? capital : lower).add(w.toLowerCase());
    const names = new Set([...capital].filter((w) => !lower.has(w)));
    return { words: [...lower, ...capital], names };
  };
  const { words: articleWords, names } = vocab();
  // The parties table's words ("america", "the americans", "ХАМАС"): names, whether the article uses them or not.
  const partyWord = phrasePattern(
    (kb.parties ?? []).flatMap((p) => [...allFormsOf(p, "en"), ...allFormsOf(p, "ru")]),
  );
  const unnamedPlaces = PLACE_NAMES.filter((p) => !new RegExp(p.pattern.source, "u").test(article));
  const placePattern = (p: PlaceName, lang: Lang) =>
    lang === "en"
      ? new RegExp(p.pattern.source, "iu")
      : new RegExp(`(?<!\\p{L})${p.ru.toLowerCase().slice(0, Math.max(3, p.ru.length - 1))}`, "iu");
  // Built once per language, not per question.
  const unnamedPlacePatterns = {
    en: unnamedPlaces.map((p) => placePattern(p, "en")),
    ru: unnamedPlaces.map((p) => placePattern(p, "ru")),
  };
  // A name's "in/from <name>" pattern, kept per name (the names are the question's few tokens).
  const placeOfName = new Map<string, RegExp>();
  const placeOfCached = (name: string) => {
    let re = placeOfName.get(name);
    if (!re) {
      if (placeOfName.size > 500) placeOfName.clear();
      re = placeOf(name);
      placeOfName.set(name, re);
    }
    return re;
  };
  return (message: string, lang: Lang, evidence: Answer): boolean => {
    // "is putin ill? people say his health is bad": the yes/no asked, not the hearsay after it.
    const pieces = message.split("?").map((p) => p.trim());
    const question = (lang === "en" && pieces.find((p) => AUX_FIRST_EN.test(p))) || message;
    const entry = evidence.entry;
    if (
      question.length > 200 ||
      !evidence.answered ||
      evidence.kind !== "entry" ||
      !entry ||
      ARTICLE_ASKED.test(question) ||
      // The engine read an off-story party in a fact's slot ("is putin blaming iran…?"): it answers with the
      // article's party (wrong-party.ts), so the unknown name is the point of the No, not a sign of another story.
      evidence.wrongParty
    )
      return false;
    if (lang === "en" ? !AUX_FIRST_EN.test(question.trim()) : QUESTION_WORD_RU.test(question.toLowerCase()))
      return false;
    if (unnamedPlacePatterns[lang].some((p) => p.test(question))) return true;
    // A Russian question's words are not compared: the translations are too few to say a word is off the story.
    if (lang !== "en") return false;
    // "is peskov good at his job?", "did peskov lose his job?": a person's merit or career (person-merit.ts).
    if (asksPersonMerit(question)) return true;
    const read = engine.explain?.(question, lang) as { tokens?: string[] } | undefined;
    const tokens = (read?.tokens ?? []).filter((t) => !NO_POINT.test(t));
    const surface = (t: string) => t.replace(/\s*\[[^\]]*\]$/, "");
    const isName = (t: string) =>
      /\[@/.test(t) ||
      partyWord.test(surface(t).toLowerCase()) ||
      wordsIn(surface(t)).every((w) => names.has(w));
    // A place or body something happens in or from ("fired from the kremlin") is no second party.
    const parties = new Set(
      tokens
        .filter(isName)
        .map(surface)
        .filter((n) => !placeOfCached(n).test(question)),
    );
    if (parties.size > 1) return false;
    const points = tokens.filter((t) => !isName(t)).flatMap((t) => wordsIn(surface(t)));
    const entryWords = wordsIn(
      [
        entry.question,
        ...entry.phrasings,
        ...entry.keywords,
        entry.answer,
        evidence.title,
        evidence.answer,
      ].join(" "),
    );
    // The article's words and the entry's, read in place (no joined copy of the article's words per question).
    const saidOnce = (w: string) =>
      articleWords.some((x) => sameWord(w, x)) || entryWords.some((x) => sameWord(w, x));
    return points.length > 0 && points.every((w) => !saidOnce(w));
  };
}
