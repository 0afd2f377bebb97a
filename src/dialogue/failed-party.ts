// "Has the US delivered on that, in his view?", "and has Washington delivered on that?", "США это обеспечили, по
// его мнению?" after an answer that gives Putin's charge of the US government's failure (to address the
// Palestinians' interests): No — the evidence calls that party's effort a failure. Read only when the question
// names a party and a word of delivering, and a quote of the last answer names that party beside "fail".
import type { Answer, Lang } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";

const DELIVERED_EN =
  /(?<!\p{L})(?:help(?:ed|s)?(?: (?:with|on))? (?:that|this|it|them|those)|deliver(?:ed|s)? on|liv(?:e|ed|es) up to|(?:done|did|do) (?:enough|a good job|well|right by)|succeed(?:ed|s)?|fulfill?(?:ed|s)?|(?:met|meet|meets) (?:that|this|it|them|those)|address(?:ed|es)? (?:that|this|it|them|those)|(?:come|came) through)(?!\p{L})/u;
const DELIVERED_RU =
  /(?<!\p{L})(?:помог(?:л[аи]?)?(?: (?:в )?(?:этом|с этим))?|обеспечил\p{L}*|выполнил\p{L}*|справил\p{L}*|сделал\p{L}* достаточно|добил\p{L}*|учл[иа]|уч[её]л|реализовал\p{L}*|оправдал\p{L}*)(?!\p{L})/u;
const PARTY_EN =
  /(?<!\p{L})(?:the us|us|u\.s\.|the united states|united states|washington|america|the americans)(?!\p{L})/u;
const PARTY_RU = /(?<!\p{L})(?:сша|вашингтон\p{L}*|америк\p{L}*|штаты)(?!\p{L})/u;
/** The party in the article's English quotes. */
const PARTY_QUOTED = /(?<!\p{L})(?:us|u\.s\.|united states|washington)(?!\p{L})/u;
const FAILED = /(?<!\p{L})fail(?:ed|ure|ures|s)?(?!\p{L})/u;
/** Only the claim of delivering, not "why did the US fail?" or a question already negated. */
const NEGATED = /(?<!\p{L})(?:not|never|fail\p{L}*|не|провал\p{L}*)(?!\p{L})|n't(?!\p{L})/u;

/**
 * "did he mention the EU's policy failing?", «а провал политики ЕС он упоминал?» after the answer that gives the
 * failure of US policy: another party put in the failed one's place is No, the evidence naming whose policy
 * failed (dialog43). Asked as one more ("the EU's too", «тоже») the article is silent on it: left to the rest.
 */
const OTHER_PARTY_EN =
  /(?<!\p{L})(?:the eu|eu|european union|europe\p{L}*|israel\p{L}*|hamas|russia\p{L}*|moscow|the un|un|united nations|turk\p{L}*|iran\p{L}*|china|britain|the uk|the west|nato)(?:'s)?(?!\p{L})/u;
const OTHER_PARTY_RU =
  /(?<!\p{L})(?:ес|евросоюз\p{L}*|европ\p{L}*|израил\p{L}*|хамас\p{L}*|росси\p{L}*|москв\p{L}*|оон|турци\p{L}*|иран\p{L}*|кита\p{L}*|запад\p{L}*|нато)(?!\p{L})/u;
const FAILING_ASKED = /(?<!\p{L})(?:fail\p{L}*|провал\p{L}*|неудач\p{L}*)(?!\p{L})/u;
const ONE_MORE = /(?<!\p{L})(?:too|also|as well|тоже|также|ещ[её])(?!\p{L})/u;

export function createFailedParty(kit: DialogueKit) {
  const { engine } = kit;
  return (folded: string, asked: Lang, lang: Lang, entryId: string | null): Answer | null => {
    if (!entryId) return null;
    const text = withoutEndMarks(folded).trim();
    const ru = asked === "ru";
    const otherFailed =
      FAILING_ASKED.test(text) &&
      (ru ? OTHER_PARTY_RU : OTHER_PARTY_EN).test(text) &&
      !(ru ? PARTY_RU : PARTY_EN).test(text) &&
      !ONE_MORE.test(text);
    if (otherFailed) {
      const last = engine.answerForEntry(entryId, lang);
      const usFailed = last?.answered && last.quotes.some((q) => isUsFailure(q.text.toLowerCase()));
      return usFailed ? last : null;
    }
    if (!(ru ? DELIVERED_RU : DELIVERED_EN).test(text) || !(ru ? PARTY_RU : PARTY_EN).test(text)) return null;
    if (NEGATED.test(text)) return null;
    const last = engine.answerForEntry(entryId, lang);
    if (!last?.answered) return null;
    return last.quotes.some((q) => isUsFailure(q.text.toLowerCase())) ? last : null;
  };
}

/** An English quote naming the US beside its failure. */
export const isUsFailure = (quote: string) => FAILED.test(quote) && PARTY_QUOTED.test(quote);
