// "Did he really say that?", "is that a direct quote?", "Peskov himself or the article?", "это точная цитата?",
// "он прям так и сказал?": whose words the last answer's quotes are and how the article gives them. The article
// quotes nobody directly: every speaker's words are reported speech, the rest is its own account. Read from the
// last answer's quotes, never as a new search.
import type { Answer, AttributedQuote, Lang } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { wordCount } from "./language.js";
import type { AnswerReply, DialogueContext, YesNo } from "./types.js";

/** What is asked of the last answer's words. */
export type VoiceAsked =
  /** "is that a direct quote?", "exact words?", "это дословно?": how the article gives them. */
  | "direct"
  /** "did he really say that?", "он прям так и сказал?": whether they are that voice's at all. */
  | "really"
  /** "Peskov himself or the article?", "слова МИДа или автора статьи?": whose they are. */
  | "whose";

const MAX_WORDS = 14;
/** A word pointing back at the last answer or its speaker: without one a long message is a question of its own. */
const POINTER = lean(
  /(?<!\p{L})(?:that|this|it|those|these|he|she|they|his|her|their|him|them|это|эти|так|такое|он|она|они|его|её|ее|их)(?!\p{L})/u,
);
const WH_START = lean(/^(?:(?:and|so|but|ok|okay)[, ]+)?(?:what|who|whom|why|how|where|when|which)\b/u);
const WH_START_RU = lean(
  /^(?:(?:а|и|ну)\s+)?(?:что|кто|почему|зачем|как|где|когда|какой|какая|какие|чем|кого)(?!\p{L})/u,
);

const DIRECT_EN = lean(
  /(?<!\p{L})(?:(?:direct|exact|actual|precise|real)\s+(?:quote|quotation|words?|wording|citation)|verbatim|word[- ]for[- ]word|quot(?:e|ed|ing)\s+(?:him|her|them|it)?\s*(?:directly|exactly|verbatim)|(?:his|her|their)\s+own\s+words|(?:a\s+)?(?:quote|quotation)\s+or\s+(?:a\s+)?(?:paraphrase|summary|summar\p{L}*)|paraphras\p{L}*)(?!\p{L})/u,
);
const REALLY_EN = lean(
  /(?<!\p{L})(?:really|actually|truly|literally|honestly)\s+(?:say|said|tell|told|put\s+it|use|used)\s+(?:that|this|it|so|those\s+words|these\s+words|it\s+like\s+that)(?:\s+(?:himself|herself|themselves|exactly|then|though))?\s*[?!.]*$|^(?:(?:and|so|but|wait|hold\s+on|seriously)[, ]+)*(?:did|has)\s+(?:he|she|they)\s+(?:really|actually)\s*[?!.]*$|(?:is|was)\s+that\s+(?:really|actually)\s+what\s+(?:he|she|they|\p{L}+)\s+said/u,
);
/** "Peskov himself or the article?", "the ministry's words or the journalist's summary?". */
const ARTICLE_SIDE_EN = lean(
  /(?<!\p{L})or\s+(?:is\s+(?:that|it|this)\s+)?(?:just\s+)?(?:the\s+|a\s+)?(?:article|journalist|author|writer|reporter|paper|piece|newspaper|media)(?:'s)?(?!\p{L})/u,
);

const DIRECT_RU = lean(
  /(?<!\p{L})(?:точн\p{L}*\s+цитат\p{L}*|прям\p{L}*\s+цитат\p{L}*|дословн\p{L}*|слово\s+в\s+слово|точн\p{L}*\s+слова|цитат\p{L}*\s+или\s+пересказ\p{L}*|пересказ\p{L}*\s+или\s+цитат\p{L}*|его\s+собственн\p{L}*\s+слова)(?!\p{L})/u,
);
const REALLY_RU = lean(
  /(?<!\p{L})(?:прям|прямо|правда|реально|действительно|точно|в\s+самом\s+деле|серь[её]зно)\s+(?:так\s+(?:и\s+)?|это\s+|такое\s+)(?:сказал\p{L}*|говорил\p{L}*|заявил\p{L}*|выразил\p{L}*)\s*[?!.]*$|(?<!\p{L})(?:сказал\p{L}*|говорил\p{L}*)\s+(?:прям|прямо|правда|реально|действительно)\s+так\s*[?!.]*$/u,
);
const ARTICLE_SIDE_RU = lean(
  /(?<!\p{L})или\s+(?:это\s+)?(?:автор\p{L}*|стать\p{L}*|журналист\p{L}*|издани\p{L}*|газет\p{L}*)(?!\p{L})/u,
);

/** What a short message asks of the last answer's words, or null. */
export function voiceAsked(folded: string, lang: Lang): VoiceAsked | null {
  const text = folded.trim();
  const n = wordCount(text);
  if (n === 0 || n > MAX_WORDS) return null;
  const pointed = POINTER.test(text) || n <= 3;
  if (lang === "ru") {
    if (WH_START_RU.test(text) && !/^кто\s/.test(text)) return null;
    if (
      ARTICLE_SIDE_RU.test(text) &&
      /(?<!\p{L})(?:слова|цитат\p{L}*|сам\p{L}*|сказал\p{L}*)(?!\p{L})/u.test(text)
    )
      return "whose";
    if (DIRECT_RU.test(text) && pointed) return "direct";
    if (REALLY_RU.test(text)) return "really";
    return null;
  }
  if (WH_START.test(text)) return null;
  if (
    ARTICLE_SIDE_EN.test(text) &&
    /(?<!\p{L})(?:himself|herself|themselves|itself|words|quote|said|say|own)(?!\p{L})/u.test(text)
  )
    return "whose";
  if (DIRECT_EN.test(text) && pointed) return "direct";
  if (REALLY_EN.test(text)) return "really";
  return null;
}

/** The last answer's quotes, one speaker's when a voice is named among them. */
function quotesOf(last: Answer, speakerId: string | null): AttributedQuote[] {
  const theirs = speakerId ? last.quotes.filter((q) => q.speakerId === speakerId) : [];
  return theirs.length > 0 ? theirs : last.quotes;
}

/**
 * The reply's words: a verdict (or none) and a lead saying whose words and how the article gives them. The lead
 * has no "No."/"Yes," of its own: the verdict line opens it, in the chat as on every other yes/no.
 */
export function voiceReply(
  asked: VoiceAsked,
  last: Answer,
  speakerId: string | null,
  lang: Lang,
): { verdict: YesNo | null; answer: Answer } | null {
  if (!last.answered || last.quotes.length === 0) return null;
  const quotes = quotesOf(last, speakerId);
  const reported = quotes.filter((q) => q.voice === "reported");
  const names = [
    ...new Set(reported.map((q) => (lang === "ru" ? (q.localSpeaker ?? q.speaker) : q.speaker))),
  ];
  const own = reported.length === 0;
  const verdict: YesNo | null =
    asked === "direct" ? "no" : asked === "really" ? (own ? "not-said" : "yes") : null;
  const lead = lang === "ru" ? leadRu(asked, names, own) : leadEn(asked, names, own);
  return { verdict, answer: { ...last, answer: lead, quotes } };
}

function leadEn(asked: VoiceAsked, names: string[], own: boolean): string {
  const who = names.join(" and ");
  if (own)
    return asked === "really"
      ? "These are the article's own words (its account), not a quote from any speaker."
      : "These are the article's own words (its account), not anyone's quote.";
  if (asked === "direct")
    return `The article reports what ${who} said in its own words (reported speech); it quotes nobody directly:`;
  if (asked === "really")
    return `According to the article, this is what ${who} said — in its own words (reported speech), not a direct quote:`;
  return `${who}'s words as the article reports them, not the article's own view — in reported speech, not a direct quote:`;
}

function leadRu(asked: VoiceAsked, names: string[], own: boolean): string {
  const who = names.join(" и ");
  if (own)
    return asked === "really"
      ? "Это собственные слова статьи (её изложение), а не чья-то цитата."
      : "Это собственные слова статьи (её изложение), а не чья-то цитата.";
  const how = "статья передаёт их своими словами (косвенная речь, пересказ), прямой цитаты в ней нет";
  if (asked === "direct") return `Это не дословная цитата. Это слова: ${who}, но ${how}:`;
  if (asked === "really") return `По статье это слова: ${who}, но ${how}:`;
  return `Это слова: ${who}, а не мнение самой статьи; ${how}:`;
}

/** The reply to a question about the last answer's voice, read from that answer (the entry, else asked again). */
export function createQuoteVoice(kit: DialogueKit) {
  const { engine, speakers, findAnswer } = kit;
  return (folded: string, context: DialogueContext, lang: Lang, parsing: Lang): AnswerReply | null => {
    const asked = voiceAsked(folded, parsing);
    if (!asked) return null;
    const last = context.entryId
      ? engine.answerForEntry(context.entryId, lang)
      : context.question
        ? findAnswer(context.question, lang)
        : null;
    if (!last) return null;
    const named = speakers.namedIn(folded)[0]?.id ?? context.speakerId;
    const read = voiceReply(asked, last, named, lang);
    if (!read) return null;
    return answerReply(read.answer, {
      understood: context.question,
      followUp: asked === "really" ? "is-that-true" : "who-said-that",
      asked: context.question,
      verdict: read.verdict,
      verdictSource: read.verdict ? "attribution" : null,
    });
  };
}
