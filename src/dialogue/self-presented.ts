// Kind: a yes/no question on how a party presents itself, in other words than the article's ("does Russia claim
// to be neutral?", "Россия позиционирует себя как беспристрастного посредника?", "…выставляет себя нейтральной
// стороной?"). The article says Moscow "strives to present itself as an impartial mediator": asked as a fact
// ("is Russia neutral?") that stays "doesn't say" (aimed.ts), but asked as the self-image it is a Yes — where the
// evidence's own quote has a self-image clause and the asked quality is one of that clause's words or a near
// synonym of one (the table below, both languages). "trying to come across as", "want to act as" ask the same
// image (dialog32: "doesn't say so in those words" before); so do "does russia say it's a neutral player", "calls
// itself…" (dialog-r2-33, d69-22#1). Never from the wording alone: no such quote, no verdict.
// The self-image is the presenter's own: a question naming another party as the one presenting itself ("does
// Erdogan present himself as an impartial mediator?") gets "the article doesn't say", not the Yes of Moscow's.
import type { Answer, Lang } from "../answering/types.js";
import { type Parties, type PartyMention, partyMentions } from "../knowledge/parties.js";

/** The question asks about the self-image: claims to be, presents / positions / portrays / sells itself as. */
const SELF_IMAGE_EN =
  /(?<!\p{L})(?:claim(?:s|ed|ing)? to be|(?:(?:present|portray|position|style|cast|bill|paint|pitch|market|brand|package)(?:e?s|ed|ing)?|sell(?:s|ing)?|sold) (?:itself|themselves|himself)(?: as)?|pos(?:e|es|ed|ing) as|want(?:s|ed)? to be seen as|tr(?:y|ies|ying) to (?:look|appear|seem)|(?:(?:want|tr(?:y|ie)|strive|aim|seek|hope|look)(?:s|ed|ing)? to )?(?:come|comes|coming|came) across as|(?:want|tr(?:y|ie)|strive|aim|seek|hope)(?:s|ed|ing)? to (?:act|serve) as|(?:say|says|said|claim|claims|claimed)(?: that)? (?:it'?s|it is|its|they'?re|they are|theyre)|(?:call|describe)(?:s|ed|ing)? (?:itself|themselves)(?: as)?)(?!\p{L})/u;
const SELF_IMAGE_RU =
  /(?<!\p{L})(?:позиционир\p{L}* себя|выставля\p{L}* себя|выстав\p{L}* себя|представля\p{L}* себя|представ\p{L}* себя|пода[её]т себя|пода\p{L}* себя|изобража\p{L}* себя|называ\p{L}* себя|хоч\p{L}* выглядеть|стрем\p{L}* выглядеть)(?!\p{L})/u;

/** The article's self-image clause in a quote, and the words after it. */
const CLAUSE = /present(?:s|ed|ing)? (?:itself|himself|themselves) as\s+((?:\S+\s+){0,3}\S+)/iu;

/** Near synonyms of the self-image words, by the article's word (stems, English and Russian). */
const NEAR: Record<string, RegExp> = {
  impartial:
    /(?<!\p{L})(?:impartial|neutral|unbiased|even-?handed|fair|non-?partisan|objective|беспристраст\p{L}*|нейтрал\p{L}*|непредвзят\p{L}*|объективн\p{L}*)(?!\p{L})/u,
  mediator:
    /(?<!\p{L})(?:mediator|intermediary|go-between|middle-?man|broker|peacemaker|посредни\p{L}*|миротвор\p{L}*)(?!\p{L})/u,
};

/** The party presenting itself: the one named last before the self-image words, else the first after them. */
function presenterOf(mentions: readonly PartyMention[], at: number): string | null {
  return (mentions.filter((m) => m.end <= at).at(-1) ?? mentions.find((m) => m.start >= at))?.id ?? null;
}

export function selfPresentedVerdict(
  folded: string,
  lang: Lang,
  evidence: Answer,
  parties: Parties,
): "yes" | "not-said" | null {
  const selfImage = (lang === "ru" ? SELF_IMAGE_RU : SELF_IMAGE_EN).exec(folded);
  if (!evidence.answered || !selfImage) return null;
  // "not", "не" may turn the question ("doesn't it present itself as…" still asks it; "не как посредника" not).
  if (/(?<!\p{L})(?:не как|not as|rather than|вместо)(?!\p{L})/u.test(folded)) return null;
  // Who the question has presenting itself; none named ("does it…") is the one the conversation is about.
  const asked = presenterOf(partyMentions(parties, folded), selfImage.index);
  for (const q of evidence.quotes) {
    const clause = CLAUSE.exec(q.text);
    const image = clause?.[1]?.toLowerCase() ?? "";
    const matched = Object.entries(NEAR).some(([word, near]) => image.includes(word) && near.test(folded));
    if (!matched || !clause) continue;
    const presenter = presenterOf(partyMentions(parties, q.text.toLowerCase()), clause.index);
    return asked !== null && presenter !== null && asked !== presenter ? "not-said" : "yes";
  }
  return null;
}
