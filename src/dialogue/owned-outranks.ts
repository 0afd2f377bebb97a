// Whose verdict wins at the end of verdictFor (yes-no.ts): the engine's own verdict on its card's point (answer.owned)
// over the checker's unconfirmed or plain "doesn't say", unless the question narrows or turns the point. Its own file:
// one rule with its two tables, read once as the last step of yes-no.ts's ordered reading (docs/conversation.md,
// "Whose verdict wins").

import type { Answer } from "../answering/types.js";
import { restrictsWithOnly } from "./restrictive-only.js";
import type { Verdict } from "./verdict-read.js";

/**
 * Words that narrow or turn a point the engine's polar reading lets through ("does putin blame america alone…?",
 * "…should give up on a state?", "is that because russia shares common ground with israel?" — a cause asked): the
 * checker's "doesn't say" stands. The shared only/just reading, and these.
 */
const NARROWS_OR_TURNS =
  /(?<!\p{L})(?:alone|entirely|purely|wholly|give up|gave up|giving up|gives up|unnecessary|needless|pointless|because|bc|cuz|due to|reason)(?!\p{L})/u;

/** "does the article mention X?": a mention asked of the article itself. */
const ARTICLE_MENTION =
  /^(?:(?:so|and|but|ok) )?(?:does|did) (?:the article|the story|the piece|the text) (?:even |ever |at all )?(?:mention|mentions|bring up|talk about|refer to|touch on|cover)(?!\p{L})/u;

/**
 * The engine's own verdict on its card's point (answer.owned, answering/owned-verdict.ts) over an unconfirmed
 * reading, the checker's plain "doesn't say" (words it matched nowhere) or none: "does russia want to help settle the
 * israel conflict" on "a constructive role in resolving". The owned reader itself stops at a narrowing, cause or
 * alternative word (alone, give up, because, between X and Y: TURNS_EN); a kind reader, a curated verdict, the
 * checker's No and its specific readings (another actor, a stance, an added wish, a hedge) keep theirs
 * (docs/conversation.md, "Whose verdict wins").
 */
export function withOwnedVerdict(read: Verdict | null, answer: Answer, folded: string): Verdict | null {
  if (answer.owned === undefined || !answer.answered) return read;
  // (quality50) The article's own mention of a topic, checked by the engine against the article (mention-asked.ts).
  if (answer.owned === "yes" && read?.verdict === "not-said" && ARTICLE_MENTION.test(folded))
    return { verdict: "yes", source: "engine" };
  if (restrictsWithOnly(folded) || NARROWS_OR_TURNS.test(folded)) return read;
  const outranked =
    read === null || (read.verdict === "not-said" && (read.source === "unconfirmed" || read.plain === true));
  return outranked ? { verdict: answer.owned, source: "engine" } : read;
}
