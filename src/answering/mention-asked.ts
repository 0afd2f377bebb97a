// Whether a topic is mentioned at all, asked of the article or of a voice ("did putin say anything about civilian
// deaths", "does the article mention former russian citizens living in israel", «путин говорил что-нибудь о жертвах
// среди мирных жителей?»), on the card the engine found for that topic: Yes when the card names the voice asked and
// holds most of the topic's own words, and does not deny it. A card that denies (Putin's silence on Russia's role)
// owns Yes only for the article, and only when the article holds every topic word (quality-r2-38, blind86).
import { foldQuestion } from "../lib/fold-question.js";
import type { OwnedVerdict } from "./owned-points.js";
import { mentionedPerson } from "./person-mentioned.js";
import { withPlainMentionAsked } from "./russian/mention-plain.js";
import type { Lang } from "./types.js";

/** Longer than a chat question: not read (the patterns below then stay linear). */
const MAX_CHARS = 160;
const VOICE_EN =
  "the article|the story|the piece|the text|the report|the news|it|putin|peskov|the kremlin|kremlin|moscow|russia|the foreign ministry|the ministry|the mfa|he";
const MENTION_VERB_EN =
  "mention|mentions|mentioned|say anything about|said anything about|say something about|say a word about|talk about|talked about|bring up|brought up|discuss|discussed|refer to|referred to|touch on|cover|covered|speak about|spoke about|comment on|commented on|address|addressed";
const ASKED_EN = new RegExp(
  `^(?:(?:so|and|but|ok|okay|hey)[, ]+)?(?:does|did|has|do) (${VOICE_EN}) (?:even |ever |actually |at all )?(?:${MENTION_VERB_EN}) (.+)$`,
  "u",
);
/** "is the quartet mentioned (in the article)?", "are civilian deaths brought up by putin?". */
const PASSIVE_EN =
  /^(?:is|are|was|were) (.+) (?:mentioned|brought up|covered|discussed|talked about|referred to)(?: (?:in|by) (the article|the story|the piece|the text|the report|it|putin|peskov|the kremlin))?$/u;
const VOICE_RU = "статья|статье|статьи|текст|тексте|путин|путина|песков|пескова|кремль|кремле|мид|москва|он";
/** «упоминает ли статья …», «упоминается ли в статье …», «говорится ли в статье о …», «сказал ли путин что-нибудь о …». */
const ASKED_RU_LI = new RegExp(
  `^(?:(?:а|и|так)[, ]+)?(?:упоминает|упоминается|упоминаются|упомянул|упоминал|говорится|говорит|говорил|сказано|сказал|пишет|писал|рассказывает|рассказал|сообщает) ли (?:в |у )?(${VOICE_RU}) (?:что-нибудь |что-то |хоть что-нибудь |вообще )?(?:(?:о|об|обо|про) )?(.+)$`,
  "u",
);
/** «путин говорил что-нибудь о …?», «путин что-то говорил про …?», «статья упоминает …?»: a statement with a question mark. */
const ASKED_RU_MARK = new RegExp(
  `^(?:(?:а|и|так)[, ]+)?(${VOICE_RU}) (?:вообще |хоть |что-нибудь |что-то |хоть что-то )?(?:говорил|сказал|упоминал|упомянул|упоминает|говорит|пишет|писал|писала|рассказывал|рассказал)(?:а|и)? (?:что-нибудь |что-то |хоть что-нибудь |хоть что-то |вообще )?(?:(?:о|об|обо|про) )?(.+)\\?$`,
  "u",
);
/** «упоминается ли Евросоюз в статье?», «есть ли в статье упоминание Евросоюза?»: the topic before the article, or the
 * mention as a noun (quality47ru; as typed the first read «евросоюз» as a voice and owned no Да). */
const ASKED_RU_TOPIC_FIRST =
  /^(?:(?:а|и|так)[, ]+)?(?:упоминается|упоминаются|упомянут|упомянута|упомянуты|фигурирует|фигурируют|говорится) ли (?:(?:о|об|обо|про) )?(.+?) (?:в|во) (статье|тексте)\s*\?*$/u;
const ASKED_RU_NOUN =
  /^(?:(?:а|и|так)[, ]+)?есть ли (?:в|во) (статье|тексте) (?:хоть какое-то |какое-нибудь |хоть одно )?(?:упоминани[ея]|упоминаний) (?:(?:о|об|обо|про) )?(.+)$/u;
/** Tails that ask nothing of the topic: "at all", "in the article", "or not". */
const TAIL =
  /(?:\s|,)*(?:at all|in (?:the )?(?:article|story|piece|text)|or not|вообще|в статье|или нет|[?!.])*$/u;
/** Words that turn the question or ask which (left to the other readers). */
const TURNS =
  /(?<![\p{L}'])(?:not|never|n't|only|which|what|who|why|how|instead|besides|except|other|не|ни|только|лишь|кто|что|какой|какие|какое|почему|зачем|как|кроме|вместо)(?![\p{L}'])/u;
const FUNCTION_WORDS = new Set(
  "the a an any some this that these those his her its their of in on at to for from with about and or by as is are was were be been who which there here them they any all also very much more it he she в во на о об обо про с со к по из у и или а но за для от до что это этот эта эти его ее их они он она всех все".split(
    " ",
  ),
);
/** A topic word's everyday equivalents the cards use ("deaths" → "casualties", «смерти» → «жертвы»). */
const EQUIVALENT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:death|dead|die|dying|kill|victim|fatalit)/u, "casualt"],
  [/^(?:смерт|погиб|убит|убий)/u, "жертв"],
  // «перемирие» is the ceasefire the cards call «прекращение огня» (quality46ru); "truce" the English "ceasefire".
  [/^перемири/u, "прекращ"],
  [/^truce/u, "ceasefire"],
  // Moscow and the Kremlin are Russia, as the cards name it ("does the article mention moscow's part…", quality50).
  [/^(?:moscow|kremlin)/u, "russia"],
  // «Евросоюз» is the European Union the cards spell out («Европейский союз»).
  [/^евросоюз/u, "европ"],
];

/** The card's first sentence denies the point (it then owns Yes only of the article). */
const DENIES =
  /(?:^(?:no|нет)\.)|(?<![\p{L}'])(?:not|no mention|doesn't|does not|never|не|нет|ничего)(?![\p{L}'])/u;
const ARTICLE_VOICE =
  /^(?:the article|the story|the piece|the text|the report|the news|it|стать\p{L}*|текст\p{L}*)$/u;
/** A voice asked, and how the card names it. */
const VOICE_NAMED: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^путин/u, /putin|путин/u],
  [/^putin/u, /putin|путин/u],
  [/^(?:peskov|песков)/u, /peskov|песков/u],
  [/^(?:the kremlin|kremlin|кремл)/u, /kremlin|кремл|peskov|песков/u],
  [/^(?:moscow|russia|москв)/u, /russia|moscow|росси|москв/u],
  [/(?:ministry|mfa|мид)/u, /ministry|мид/u],
];

/**
 * A party or person named in the topic: the card must hold every one ("direct talks between israel and hamas" is not
 * the ministry's "direct dialogue between Palestinians and Israelis", though four words of five are on its card).
 */
const NAMED_PARTY =
  /^(?:hamas|israel|palestin|gaza|turk|erdogan|america|washington|usa|russia|moscow|kremlin|putin|peskov|europ|quartet|iran|egypt|qatar|hezbollah|ukrain|china|biden|netanyahu|zelensk|хамас|израил|палестин|газ[аеуы]|турц|турк|эрдоган|америк|вашингтон|сша|росси|москв|кремл|путин|песков|европ|евросоюз|квартет|иран|египет|египт|катар|хезболл|украин|китай|китая|байден|нетаньяху|зеленск)/u;

/** A word's stem: at most five letters, the ending left off. */
const stemOf = (word: string) => word.slice(0, Math.min(5, Math.max(3, word.length - 2)));

interface Card {
  /** The card's answer as said. */
  answer: string;
  /** The answer, its quotes and their translations. */
  text: string;
}

/**
 * The Yes a mention question owns on the card found, or null (not such a question, or not the card's topic).
 * `article`: the article's text, with its Russian translation for a Russian question («Упоминается ли роль России в
 * статье?» on Putin's silence: Да, as the English twin's Yes).
 */
export function mentionVerdict(raw: string, lang: Lang, card: Card, article: string): OwnedVerdict | null {
  if (raw.length > MAX_CHARS) return null;
  const asked = mentionAsked(
    lang === "ru" ? withPlainMentionAsked(foldQuestion(raw)) : foldQuestion(raw),
    lang,
  );
  if (asked === null || TURNS.test(asked.topic)) return null;
  const words = (asked.topic.match(/\p{L}+/gu) ?? []).filter(
    (word) => word.length > 2 && !FUNCTION_WORDS.has(word),
  );
  if (words.length === 0) return null;
  const stems = words.map((word) => EQUIVALENT.find(([is]) => is.test(word))?.[1] ?? stemOf(word));
  const gives = card.text.toLowerCase().replace(/ё/gu, "е");
  const voice = asked.voice;
  const named = VOICE_NAMED.find(([voiceIs]) => voiceIs.test(voice));
  if (named !== undefined && !named[1].test(gives)) return null;
  const found = stems.filter((s) => gives.includes(s)).length;
  if (found === 0 || found * 3 < stems.length * 2) return null;
  if (words.some((word, i) => NAMED_PARTY.test(word) && !gives.includes(stems[i] ?? word))) return null;
  // The card's first sentence says what it answers; a caveat after it ("it does not describe them further") denies nothing.
  const lead = card.answer.toLowerCase().split(/(?<=\.)\s/u)[0] ?? "";
  if (!DENIES.test(lead)) return "yes";
  // Asked of the article: every topic stem in its text (a Russian question: in the translation given with it).
  const ofArticle = ARTICLE_VOICE.test(voice);
  const text = article.toLowerCase().replace(/ё/gu, "е");
  return ofArticle && stems.every((s) => text.includes(s)) ? "yes" : null;
}

/** The voice asked and the topic, or null. */
function mentionAsked(text: string, lang: Lang): { voice: string; topic: string } | null {
  // «Путин упоминается в статье?», "is putin mentioned?": the person is the topic, asked of the article (quality51ru).
  const person = mentionedPerson(text);
  if (person !== null) return { voice: lang === "ru" ? "статье" : "the article", topic: person };
  if (lang === "ru") {
    const m = ASKED_RU_LI.exec(text) ?? ASKED_RU_MARK.exec(text) ?? ASKED_RU_NOUN.exec(text);
    if (m) return { voice: m[1] ?? "", topic: (m[2] ?? "").replace(TAIL, "") };
    const first = ASKED_RU_TOPIC_FIRST.exec(text);
    return first ? { voice: first[2] ?? "", topic: first[1] ?? "" } : null;
  }
  const active = ASKED_EN.exec(text);
  if (active) return { voice: active[1] ?? "", topic: (active[2] ?? "").replace(TAIL, "") };
  const passive = PASSIVE_EN.exec(text.replace(TAIL, ""));
  return passive ? { voice: passive[2] ?? "the article", topic: passive[1] ?? "" } : null;
}
