// "Did Peskov mention a settlement?", "did he talk about Israel?", "Песков говорил про урегулирование?": whether a
// voice the article reports spoke of something. Yes only where one of that voice's reported quotes holds every
// word of the thing asked (the English span, or its curated translation in Russian); otherwise nothing is said
// here and the usual yes/no path reads the question. Never No: a word missing from the quotes may be a near word;
// a party none of the voice's quotes names is doesn't say (voice-unmentioned.ts).
// "Did he say when …?" is read first: the article names no time for anything (said-when.ts).
import type { Answer, AttributedQuote, Lang } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { GroundedVerdict } from "./grounded-verdicts.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import { saidAboutInOrder } from "./said-about-order-ru.js";
import { saidByAnother } from "./said-by-another.js";
import { noTimeEvidence, timeAskedOf } from "./said-when.js";
import { unmentionedParty } from "./voice-unmentioned.js";
import { statesWish, wishAsked } from "./wish-asked.js";

const MENTION_EN = lean(
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:did|has|does|had)\s+(.+?)\s+(?:ever\s+|also\s+|actually\s+|even\s+|really\s+)?(?:mention(?:ed)?|talk(?:ed)?\s+about|speak\s+(?:about|of)|spoken\s+(?:about|of)|bring\s+up|brought\s+up|refer(?:red)?\s+to|say\s+(?:anything|something)\s+(?:about|on)|said\s+(?:anything|something)\s+(?:about|on)|touch(?:ed)?\s+on)\s+(.+?)\s*\??$/u,
);
const MENTION_RU = lean(
  /^(?:(?:а|и|ну)\s+)?(.+?)\s+(?:(?:что-то|что-нибудь|вообще|хоть\s+что-то|хоть\s+раз|когда-нибудь|тоже|также)\s+)*(?:говорил\p{L}*|упоминал\p{L}*|упомянул\p{L}*|заявлял\p{L}*|рассказывал\p{L}*|сказал\p{L}*)\s+(?:что-(?:то|нибудь)\s+)?(?:(?:про|о|об|обо)\s+)?(.+?)\s*\??$/u,
);
/** "вообще", "at all", "хоть раз", "too", "as well" closing the thing asked. */
const TRAILING_PARTICLE = lean(
  /(?:\s+(?:вообще|хоть\s+раз|когда-нибудь|тоже|также|at\s+all|ever|too|also|as\s+well|even))+\s*$/u,
);
const NEGATED = lean(/(?<!\p{L})(?:not|never|no|n't|не|ни|никогда)(?!\p{L})|n't/u);
const PRONOUN = lean(/^(?:he|she|they|it|он|она|они)$/u);
const STOP = new Set(
  "a an the of to in on about for with and or any some his her their its this that it them him own part role его её их этот эта это эти про о об обо в на с и или".split(
    " ",
  ),
);
const MAX_WORDS = 4;
/** Where it was said, not what: "the us on that call" asks about "the us"; the word "call" must not find the call's
 *  quote as the Yes (dialog51). A call-scoped mention stays doesn't say unless a quote holds the thing itself. */
const ON_THAT_OCCASION = lean(
  /\s+(?:on|in|during|at)\s+(?:that|the|this|his|their)\s+(?:phone\s+)?(?:call|conversation|talk|chat)$|\s+(?:в|во\s+время)\s+(?:этом|том|этого|того)?\s*(?:разговор\p{L}*|звонк\p{L}*)$/u,
);

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
/** A short word only as itself (or its plural), a longer one by its stem: "part" is not "particularly". */
const sameWord = (asked: string, said: string) =>
  asked.length <= 5
    ? said === asked || said === `${asked}s` || said.replace(/['’]s$/, "") === asked
    : said.startsWith(asked.slice(0, Math.max(5, asked.length - 3)));

/** Every word of the thing asked stands in the quote's words. */
function holdsAll(asked: string[], text: string): boolean {
  const said = wordsOf(text);
  return asked.every((w) => said.some((s) => sameWord(w, s)));
}

/** How many words of the text the asked words span, each at its nearest place to the first asked word's. */
function spanOf(asked: string[], text: string): number {
  const said = wordsOf(text);
  const at = (w: string) => said.flatMap((s, i) => (sameWord(w, s) ? [i] : []));
  let best = Number.POSITIVE_INFINITY;
  for (const start of at(asked[0]!)) {
    const places = asked.map((w) =>
      at(w).reduce((n, i) => (Math.abs(i - start) < Math.abs(n - start) ? i : n)),
    );
    best = Math.min(best, Math.max(...places) - Math.min(...places));
  }
  return best;
}

/** "Putin makes no mention of Russia's own role": a mention the article says was not made is never a Yes here. */
const NO_MENTION = lean(/\b(?:no mention|not mention|never mention|без упоминани|не упомина)/iu);

export function createMentionedBy(kit: DialogueKit) {
  const { speakers, findAnswer } = kit;
  return (folded: string, asked: Lang, lang: Lang, contextSpeaker: string | null): GroundedVerdict | null => {
    // "did he say when the talks would resume?": no time is given for anything (said-when.ts).
    const timed = timeAskedOf(folded, asked);
    const thingAnswer = timed ? findAnswer(timed, lang) : null;
    if (thingAnswer?.answered && thingAnswer.kind === "entry")
      return { evidence: noTimeEvidence(thingAnswer, lang), verdict: "not-said" };
    // «он что-то про США сказал?»: the thing put after the verb first (said-about-order-ru.ts).
    const mentioned =
      asked === "ru" ? MENTION_RU.exec(saidAboutInOrder(folded.trim())) : MENTION_EN.exec(folded.trim());
    // "does putin want negotiations?": a wish, Yes only on a quote stating one (wish-asked.ts).
    const wish = mentioned ? null : wishAsked(folded, asked);
    const m = mentioned ?? (wish ? [folded, wish.subject, wish.thing] : null);
    if (!m?.[1] || !m[2] || NEGATED.test(folded)) return null;
    const subject = m[1].trim().replace(/^(?:the|russia'?s?)\s+/u, "");
    const named = speakers.namedIn(subject);
    const speakerId = PRONOUN.test(subject)
      ? contextSpeaker
      : named.length === 1 && named[0]!.start === 0 && named[0]!.end >= subject.length - 2
        ? named[0]!.id
        : null;
    if (!speakerId || !speakers.isQuoted(speakerId)) return null;
    // "переговоры вообще?", "talks at all?", "a ceasefire as well?": a particle after the thing is no part of it.
    const thingAsked = m[2].replace(TRAILING_PARTICLE, "").replace(ON_THAT_OCCASION, "");
    // "on that call": only the quote reporting the call holds what was said on it (dialogues23 en-15#3).
    const onCall = thingAsked !== m[2] ? (q: AttributedQuote) => /\bcall\b/iu.test(q.text) : () => true;
    const thing = wordsOf(thingAsked).filter((w) => !STOP.has(w) && w.length > 2);
    if (thing.length === 0 || thing.length > MAX_WORDS) return null;
    const denied = kit.kb.article.text
      .split(/(?<=[.!?])\s+/)
      .some(
        (sentence) =>
          NO_MENTION.test(sentence) && thing.some((w) => wordsOf(sentence).some((s) => sameWord(w, s))),
      );
    if (denied) return null;
    const name = speakers.shortName(speakerId, asked);
    const theirs = findAnswer(asked === "ru" ? `что сказал ${name}` : `what did ${name} say`, lang);
    if (!theirs.answered) return null;
    // The speaker's own name and title in the quote ("Russian President Vladimir Putin") say nothing he spoke of.
    const title = new RegExp(`${q0(theirs)}`, "iu");
    const inWords = (q: AttributedQuote) =>
      (asked === "ru" ? (q.translation ?? "") : q.text).replace(title, " ");
    // Of the quotes holding every word, the one holding them closest together: "a palestinian state" is the
    // quote on the state, not the one on "the United States" and, far from it, "Palestinians".
    const quote = theirs.quotes
      .filter(
        (q) =>
          q.voice === "reported" &&
          q.speakerId === speakerId &&
          onCall(q) &&
          (!wish || statesWish(q.text)) &&
          holdsAll(thing, inWords(q)),
      )
      .map((q) => ({ q, span: spanOf(thing, inWords(q)) }))
      .reduce<{ q: AttributedQuote; span: number } | null>(
        (best, c) => (best && best.span <= c.span ? best : c),
        null,
      )?.q;
    // A thing the article gives another voice: not said, with that voice's words (said-by-another.ts).
    if (!quote && wish) return null;
    const another = quote
      ? null
      : saidByAnother(thingAsked, speakerId, lang, findAnswer, (q) => holdsAll(thing, inWords(q)));
    // The asked voice's own words follow, so the card shows what he does say (d82-26: «он говорил про
    // прекращение огня?» after Peskov showed only Putin's call).
    if (another)
      return { evidence: withOwnWords(another, theirs, speakerId, name, asked), verdict: "not-said" };
    // A party none of the voice's quotes names: not said (voice-unmentioned.ts).
    if (!quote && unmentionedParty(thingAsked, speakerId, theirs, kit.kb.article.text, kit.parties))
      return { evidence: { ...theirs, answer: withoutOwnVerdict(theirs.answer) }, verdict: "not-said" };
    if (!quote) return null;
    // The entry the question finds is the better evidence where it quotes the same words and its own answer
    // speaks of the thing: "who is Erdogan" quotes the call's sentence too, but is no answer on the talks.
    const found = findAnswer(folded, lang);
    if (
      found.answered &&
      found.kind === "entry" &&
      (asked !== lang || holdsAll(thing, found.answer)) &&
      found.quotes.some((q) => quote.text.includes(q.text) || q.text.includes(quote.text))
    )
      return { evidence: found, verdict: "yes" };
    const lead = lang === "ru" ? "Да. По статье:" : "Yes. According to the article:";
    const evidence: Answer = { ...theirs, answer: lead, quotes: [quote] };
    return { evidence, verdict: "yes" };
  };
}

/** The evidence of another voice, then the asked voice's first reported words with a line before them. */
function withOwnWords(another: Answer, theirs: Answer, speakerId: string, name: string, lang: Lang): Answer {
  const own = theirs.quotes.find((q) => q.speakerId === speakerId && q.voice === "reported");
  const shown = withoutOwnVerdict(another.answer);
  if (!own || another.quotes.some((q) => q.speakerId === speakerId)) return { ...another, answer: shown };
  const lead =
    lang === "ru"
      ? `Что говорит ${name}, по статье, — ниже.`
      : `What ${name} does say, as the article reports it, is below.`;
  return { ...another, answer: `${shown} ${lead}`, quotes: [...another.quotes, own] };
}

/** The speaker's name and role as a quote may open with them ("Russian spokesperson Dmitry Peskov"). */
function q0(a: Answer): string {
  const q = a.quotes[0];
  const parts = [q?.speaker, q?.role, q?.localSpeaker, q?.localRole].filter((p): p is string => !!p);
  const esc = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return parts.length ? parts.map(esc).join("|") : "(?!)";
}
