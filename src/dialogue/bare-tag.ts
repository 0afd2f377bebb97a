// "I also heard Erdogan agreed. Did he?", "Russia left the Quartet. Is it?": a statement, then a bare tag asking
// it back. Read as "…. Is that true?", the frame claim-frame.ts already checks against the article.

const BARE_TAG =
  /^(.*\S[.!])\s+(?:so\s+)?(?:did|does|do|is|was|has|have|had|are|were)\s+(?:he|she|it|they|that|this)(?:\s+really)?\s*\?+\s*$/iu;

// "…. is that what this article says or am I reading too much into it", "does the piece actually back that up, or
// is that just my own spin", «в статье действительно так написано или я это додумываю?»: the claim before the tag
// asked against the article, the same "Is that true?" (dialog27). A hearsay lead ("I keep seeing that…",
// «мне попадалось, что…») is no part of the claim.
const ARTICLE_TAG =
  /^(.*?\p{L}.*?)[.!?,;:]*\s+(?:(?:so|but|and|а|и|но)\s+)?(?:(?:is|was) (?:that|this|it) (?:what|how) (?:this|the) (?:article|piece|story|text|report) (?:says|is saying|actually says|puts it|claims|tells us)|(?:does|did) (?:this|the) (?:article|piece|story|text|report) (?:actually |really )?(?:back|backs|bear|bears) (?:that|this|it) out|(?:does|did) (?:this|the) (?:article|piece|story|text|report) (?:actually |really )?(?:back|backs|support|supports|confirm|confirms|say|says) (?:that|this|it)(?: up)?|(?:в|по) (?:статье|тексте|материалу?)(?: (?:действительно|правда|реально|и правда|вправду))? (?:так|такое|это) (?:написано|сказано|говорится|пишут|утверждается)|(?:в|по) (?:статье|тексте)(?: (?:действительно|правда|реально))? (?:так|это) (?:и )?есть|стать[яи] (?:действительно |правда )?(?:так )?(?:говорит|утверждает|пишет) (?:так|это|об этом))(?:,?\s*(?:or|или)\s+.{0,60}?)?\s*[?.!]*\s*$/iu;
const HEARSAY_LEAD =
  /^\s*(?:(?:so|ok|okay|hey|yo)[,\s]+)?(?:i (?:keep|kept) (?:seeing|hearing|reading)|i'?ve (?:seen|heard|read)(?: (?:somewhere|online|people say))?|i (?:saw|heard|read)(?: (?:somewhere|online))?|people (?:online )?(?:keep )?(?:say|saying)|everyone (?:says|keeps saying)|мне (?:попадалось|попалось|говорили)|я (?:слышал\p{L}*|читал\p{L}*|видел\p{L}*)(?: где-то| в сети)?|(?:все|люди) (?:говорят|пишут))[,\s]+(?:that\s+|что\s+)?/iu;

const MAX_CLAIM_WORDS = 25;

/** The message with a bare "Did he?" tag read as "Is that true?"; unchanged when it has none. */
export function withTrueTag(typed: string): string {
  const tagged = ARTICLE_TAG.exec(typed.trim());
  const claim = tagged?.[1]
    ?.replace(HEARSAY_LEAD, "")
    .replace(/(?<!\p{L})(?:(?:some|a) )?(?:kind|sort) of (?=\p{L})/giu, "")
    .trim();
  // A claim of a few clauses told at length ("my uncle keeps saying …, and …") is left to the usual readers.
  const words = claim?.split(/\s+/).length ?? 0;
  if (claim && words >= 3 && words <= MAX_CLAIM_WORDS)
    return /\p{Script=Cyrillic}/u.test(claim) ? `${claim}. Это правда?` : `${claim}. Is that true?`;
  const m = BARE_TAG.exec(typed.trim());
  if (!m?.[1] || m[1].split(/\s+/).length < 3) return typed;
  return `${m[1]} Is that true?`;
}
