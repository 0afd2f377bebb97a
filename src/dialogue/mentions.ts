// "Does the article mention the UN?", "is NATO mentioned?", "в статье упоминается ООН?": a question about the
// article's text, answered from the text itself — the article's words (English, with the knowledge base's synonym
// groups: "the UN" is "the United Nations") or, for a Russian name, the curated Russian side (translations of the
// article's spans and answers grounded in them). Not the engine's nearest entry, which gave a false No before.
import { russianStem } from "../answering/russian/stem.js";
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { compiledRegExp } from "../lib/compiled-regexp.js";
import {
  foldedArticleSentences,
  foldedArticleWords,
  spacedKbText,
  synonymGroupOf,
  wordsOf,
} from "./folded-kb.js";
import { fold } from "./language.js";

const MENTION_EN = [
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did|do) (?:the )?(?:article|story|text|piece|report|author|it) (?:ever |even |actually |also )?(?:mention|mentions|name|names|refer to|talk about|bring up|say anything about)(?: anything about)? (.+)$/,
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:is|are|was|were) (.+?) (?:even |ever |actually |also )?(?:mentioned|named|referred to|brought up)(?: (?:anywhere|at all|at least|in (?:the|this) (?:article|story|text|piece)))*$/,
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:is|are) there (?:any )?mentions? of (.+)$/,
  // "is erdogan in the article at least?", "is peskov even in the story?" (dialog33b: "not sure which" or a
  // "doesn't say" on who Erdogan is).
  // Its party is one to three words, the last no participle ("is the us criticised in this article" asks a charge).
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:is|are|was|were) (\p{L}+(?: \p{L}+){0,2}?)(?<!\p{L}{2}(?:ed|ing)) (?:even |ever |actually |also |at least )?(?:in|part of) (?:the|this) (?:article|story|text|piece)(?: (?:at all|at least|anywhere|then))*$/u,
  // "does turkey come up at all?", "does the un ever show up in it?"
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|do|did) (.+?) (?:even |ever |actually |also )?(?:come up|show up|feature|appear|get mentioned|get a mention)(?: (?:anywhere|at all|in (?:the|this|it|there)(?: (?:article|story|text|piece))?))*$/,
  // "anything in there about iran?", "is there anything about egypt in it?", "anything on saudi arabia in the
  // piece?": the chat's way of asking whether the text mentions a party (dialog-r2-31: refused as off-topic).
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:is there |was there )?anything (?:at all )?(?:in (?:there|here|it|the (?:article|story|text|piece)) )?(?:about|on|regarding) (.+?)(?: (?:in (?:there|here|it|the (?:article|story|text|piece|news|report))|at all))?$/,
];
// "упоминаеться"/"упоминаеца": the common misspellings of the reflexive verb.
const MENTIONED_RU = "(?:упомина(?:е|ю)(?:тся|ться|ца)|упомянут\\p{L}*)";
const MENTION_RU = [
  // "упоминает ли статья турцию?", "говорит ли текст о квартете?"
  /^(?:(?:а|и|но|ну|ладно)[, ]+)?(?:упоминает|упоминают|называет|говорит) ли (?:вообще )?(?:статья|текст|автор)(?: (?:о|об|про))? (.+)$/u,
  // "есть ли в статье что-нибудь про турцию?", "в тексте есть что-то о квартете?"
  /^(?:(?:а|и|но|ну|ладно)[, ]+)?(?:есть ли в (?:статье|тексте)|в (?:статье|тексте) есть(?: ли)?) (?:что-(?:нибудь|то|либо) |хоть что-(?:нибудь|то) |упоминани\p{L}* )?(?:о|об|про|от) (.+)$/u,
  // "ну хоть что-то про жертвы есть?", "про Турцию что-нибудь пишут?": "in the article" left out.
  /^(?:(?:а|и|но|ну|ладно)[, ]+)?(?:хоть )?что-(?:нибудь|то|либо) (?:о|об|про) (\p{L}+(?: \p{L}+)?) (?:вообще )?(?:есть|имеется|пишут|сказано|говорится)(?: в (?:статье|тексте))?$/u,
  /^(?:(?:а|и|но|ну|ладно)[, ]+)?(?:о|об|про) (\p{L}+(?: (?!хоть |вообще )\p{L}+)?) (?:хоть |вообще )?что-(?:нибудь|то|либо) (?:есть|пишут|сказано|говорится)(?: в (?:статье|тексте))?$/u,
  // «а про иран там есть что-нибудь?», «про египет тут что-то пишут?»: the place word and the verb first.
  /^(?:(?:а|и|но|ну|ладно)[, ]+)?(?:о|об|про) (\p{L}+(?: (?!там |тут |здесь |есть )\p{L}+)?) (?:там |тут |здесь )?(?:вообще )?(?:есть|пишут|сказано|говорится) (?:хоть )?что-(?:нибудь|то|либо)(?: в (?:статье|тексте))?$/u,
  new RegExp(`^(?:(?:а|и|но|ну|ладно)[,. ]+)?${MENTIONED_RU}(?: ли)? (.+?)(?: в (?:статье|тексте))?$`, "u"),
  /^(?:(?:а|и|но|ну)[, ]+)?(?:в )?(?:статье|тексте|статья|текст) (?:вообще |хоть как-то |где-то |тоже )?(?:упоминается|упоминаются|упомянут\p{L}*|упоминает|говорится (?:о|об|про)) (.+)$/u,
  /^(?:(?:а|и|но|ну)[, ]+)?(?:упоминается|упоминаются|упомянут\p{L}*)(?: ли)? (.+?)(?: в (?:статье|тексте))?$/u,
  /^(?:(?:а|и|но|ну)[, ]+)?(.+?) (?:(?:там|тут|здесь) )?(?:вообще |хоть как-то |где-то |тоже )?(?:упоминается|упоминаются|упомянут\p{L}*)(?: (?:в статье|в тексте|где-нибудь|вообще|там))*$/u,
  // «эрдоган хотя бы есть в статье?», «а песков в статье вообще есть?» (dialog33b).
  /^(?:(?:а|и|но|ну)[, ]+)?(.+?) (?:(?:хотя бы|хоть|вообще|там) )*(?:(?:есть|фигурирует|присутствует) в (?:статье|тексте)|в (?:статье|тексте) (?:(?:хотя бы|хоть|вообще) )*(?:есть|фигурирует|присутствует))(?: (?:вообще|хотя бы|хоть))*$/u,
];

/**
 * Short words inside a named thing ("бывшие граждане россии в израиле"): not counted, nor looked for (exported for
 * test/dialogue/perf40-folded-once.test.ts, which rebuilds the reading before perf40 with them).
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "в",
  "во",
  "из",
  "на",
  "с",
  "со",
  "у",
  "и",
  "между",
  "of",
  "in",
  "from",
  "the",
  "and",
  "between",
]);

/** A question word opening the thing ("какие российские политики упомянуты" asks which): "\b" is Latin-only. */
const ASKS_RU = /^(?:кто|что|почему|как|какой|какая|какое|какие|каких|когда|где|чей|чья|чьи)(?!\p{L})/u;

/** The thing a mention question asks about ("the un", "нато"), or null when it is not one. */
export function mentionAsked(folded: string, lang: Lang): string | null {
  const text = folded.replace(/[?]+$/, "").trim();
  for (const pattern of lang === "ru" ? MENTION_RU : MENTION_EN) {
    const thing = pattern.exec(text)?.[1]?.trim();
    if (!thing) continue;
    const bare = thing
      .replace(/^(?:the|a|an|any|anything about|ли)\s+/u, "")
      // "and iran too?" read as "does it mention iran too": the name without "too" ("does not mention iran too" was said).
      .replace(/(?:\s+(?:at all|anywhere|too|also|as well|either|в статье|вообще|тоже|также))+$/u, "")
      .trim();
    // "does it mention who started the war?" asks about a matter, not a name: the engine's business.
    if (
      bare === "" ||
      bare.split(" ").filter((w) => !PREPOSITIONS.has(w)).length > 4 ||
      /^(?:who|what|why|how|when|where|which)\b/u.test(bare) ||
      // "is china one of the members of the quartet mentioned in the piece?" asks a membership, not a mention.
      /\b(?:one of|part of|members? of|among)\b/u.test(bare) ||
      ASKS_RU.test(bare)
    )
      return null;
    return bare;
  }
  return null;
}

/** Whether the article names the thing: its words or a synonym of them, as whole words. */
export function articleMentions(thing: string, lang: Lang, kb: KnowledgeBase): boolean {
  if (lang === "ru") return russianSideMentions(thing, kb);
  const group = synonymGroupOf(kb.synonyms, thing) ?? [thing];
  const text = foldedArticleWords(kb);
  const sentences = foldedArticleSentences(kb);
  return group.some((s) => text.includes(` ${wordsOf(fold(s))} `) || sentences.some(phraseIn(s)));
}

/**
 * Whether spaced words hold the phrase: as it stands, or its words in order with at most four words between
 * ("direct dialogue" in "direct Palestinian-Israeli dialogue", "casualties in Gaza" in "casualties in Israel and
 * the Gaza Strip"; false Noes before). The spaced words are one sentence or one quote. The phrase is read once for
 * all the sentences or quotes it is looked for in (perf40: it was folded again for each).
 */
function phraseIn(phrase: string): (spaced: string) => boolean {
  const words = wordsOf(fold(phrase));
  const parts = words.split(" ").filter((w) => !PREPOSITIONS.has(w));
  let loose: RegExp | undefined;
  return (spaced) => {
    if (spaced.includes(` ${words} `)) return true;
    if (parts.length < 2) return false;
    loose ??= compiledRegExp(
      ` ${parts.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(" (?:\\S+ ){0,4}")} `,
      "u",
    );
    return loose.test(spaced);
  };
}

const russianCorpus = new WeakMap<KnowledgeBase, Set<string>>();

/** The stems of the curated Russian side: translations of the article's spans and the answers grounded in them. */
function russianStems(kb: KnowledgeBase): Set<string> {
  let stems = russianCorpus.get(kb);
  if (!stems) {
    const ru = kb.locales?.ru;
    // Only answers of the article's own content: a gap entry's answer names what the article leaves out.
    const answered = new Set(kb.entries.filter((e) => e.kind === "answer").map((e) => e.id));
    const texts = ru
      ? [
          ...ru.translations.values(),
          ...ru.entries.filter((e) => answered.has(e.id)).map((e) => e.answer),
          ru.summaries.long,
        ]
      : [];
    stems = new Set(texts.flatMap((t) => russianWords(t).map(russianStem)));
    russianCorpus.set(kb, stems);
  }
  return stems;
}

const russianWords = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0);

/** The stemmer cuts some forms of one word apart ("граждане" граждан, "граждан" гражд): two letters off at most. */
function hasStem(stems: ReadonlySet<string>, stem: string): boolean {
  if (stems.has(stem)) return true;
  for (let cut = 1; cut <= 2 && stem.length - cut >= 5; cut++)
    if (stems.has(stem.slice(0, -cut))) return true;
  return false;
}

/** Two Russian words of one root, crudely: the first five letters (all of a shorter word). */
function sameRoot(a: string, b: string): boolean {
  const n = Math.min(5, a.length, b.length);
  return n >= 4 ? a.slice(0, n) === b.slice(0, n) : a === b;
}

function russianSideMentions(thing: string, kb: KnowledgeBase): boolean {
  const stems = russianStems(kb);
  const ruGroups = kb.locales?.ru?.synonyms;
  const group = (ruGroups && synonymGroupOf(ruGroups, thing)) ?? [thing];
  return group.some((s) => {
    const words = russianWords(s).filter((w) => !PREPOSITIONS.has(w));
    return words.length > 0 && words.every((w) => hasStem(stems, russianStem(w)));
  });
}

interface RussianAnswer {
  id: string;
  /** The curated Russian answer's words, and the parts of each hyphenated one. */
  own: readonly string[];
  /** Their stems. */
  stems: ReadonlySet<string>;
}
const russianAnswersOf = new WeakMap<KnowledgeBase, RussianAnswer[]>();

/** The answer entries' curated Russian answers as words and stems, read once per knowledge base (perf42: a
 * Russian mention question re-read and re-stemmed every answer for each word asked, ~15% of the dearest turns). */
function russianAnswers(kb: KnowledgeBase): RussianAnswer[] {
  let table = russianAnswersOf.get(kb);
  if (!table) {
    const ru = kb.locales?.ru;
    table = kb.entries
      .filter((e) => e.kind === "answer")
      .map((e) => {
        const own = russianWords(ru?.entryById.get(e.id)?.answer ?? "").flatMap((w) => [w, ...w.split("-")]);
        return { id: e.id, own, stems: new Set(own.map(russianStem)) };
      });
    russianAnswersOf.set(kb, table);
  }
  return table;
}

/** The entries whose quotes (English) or curated Russian answer name the thing: the evidence for a yes. */
export function entriesMentioning(thing: string, lang: Lang, kb: KnowledgeBase): string[] {
  if (lang === "ru") {
    const ru = kb.locales?.ru;
    const group = (ru && synonymGroupOf(ru.synonyms, thing)) ?? [thing];
    const asked = group.map((s) => russianWords(s).filter((w) => !PREPOSITIONS.has(w)));
    const naming = (matches: (answer: RussianAnswer, word: string) => boolean) =>
      russianAnswers(kb)
        .filter((answer) => asked.some((words) => words.length > 0 && words.every((w) => matches(answer, w))))
        .map((answer) => answer.id);
    const strict = naming((answer, w) => hasStem(answer.stems, russianStem(w)));
    // "диалог между палестинцами и израилем" in "палестино-израильскому диалогу": the parts of a compound and a
    // word's first five letters, where no answer names it word for word.
    return strict.length > 0 ? strict : naming((answer, w) => answer.own.some((o) => sameRoot(o, w)));
  }
  const answers = kb.entries.filter((e) => e.kind === "answer");
  const group = synonymGroupOf(kb.synonyms, thing) ?? [thing];
  const inIt = group.map(phraseIn);
  const names = (text: string) => {
    const words = spacedKbText(kb, text);
    return inIt.some((holds) => holds(words));
  };
  // The entry about the thing first: the one whose questions and keywords name it most, then the shortest.
  const aboutIt = (e: (typeof answers)[number]) =>
    [e.question, ...e.phrasings, ...e.keywords].filter(names).length;
  return answers
    .filter((e) => e.quotes.some((q) => names(q.text)))
    .sort((a, b) => aboutIt(b) - aboutIt(a) || a.quotes.length - b.quotes.length)
    .map((e) => e.id);
}
