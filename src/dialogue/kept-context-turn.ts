// The turn a reader gives on the last answer's context rather than a new question (last-answer-turns.ts,
// list-turns.ts, follow-up-turns.ts): one reply, the context kept with the time of this message and the reply's
// yes/no line; and the reply that shows an entry's evidence again on the last question ("between whom?", "and
// Israel — same?", "and negotiations too?"), asked as that question, with no yes/no or the article text's Yes.
// Any one-reply turn with the context it leaves (article-verdict-turns.ts, follow-up-turns.ts) is oneReplyTurn.
// The last answer again under a lead line, as the last question narrowed to one aspect ("— what was missing",
// "— by what means", "— examples", "— Israel"), is ledAgainTurn.
import type { Answer, Lang } from "../answering/types.js";
import { answerReply } from "./dialogue-kit.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { DialogueContext, DialogueReply, DialogueTurn, FollowUpKind, YesNo } from "./types.js";

/** One reply, and the context it leaves for the next message. */
export const oneReplyTurn = (
  lang: Lang,
  reply: DialogueReply,
  context: DialogueContext | null,
): DialogueTurn => ({
  lang,
  replies: [reply],
  context,
});

/** One reply on `context` kept, touched at `now`, its yes/no line now `verdict`. */
export const keptContextTurn = (
  lang: Lang,
  reply: DialogueReply,
  context: DialogueContext,
  now: number,
  verdict: YesNo | null,
): DialogueTurn => oneReplyTurn(lang, reply, { ...context, at: now, verdict });

/** `answer` shown again on the last question, understood as `understood`: no yes/no, or Yes from the article text. */
export function evidenceAgainTurn(
  answer: Answer,
  { understood, followUp, verdict }: { understood: string; followUp: FollowUpKind; verdict: "yes" | null },
  context: DialogueContext,
  lang: Lang,
  now: number,
): DialogueTurn {
  const reply = answerReply(answer, {
    understood,
    followUp,
    asked: context.question,
    verdict,
    verdictSource: verdict ? "article-text" : null,
  });
  return keptContextTurn(lang, reply, context, now, verdict);
}

/**
 * The last answer again, its own verdict line taken off and `lead` before it, understood as the last question
 * narrowed to `aspect`; no yes/no, and the context left with none (lacking-asked.ts, means-asked.ts,
 * example-asked.ts, party-on-that.ts).
 */
export function ledAgainTurn(
  last: Answer,
  lead: string,
  aspect: string,
  context: DialogueContext,
  lang: Lang,
): DialogueTurn {
  const reply = answerReply(
    { ...last, answer: `${lead} ${withoutOwnVerdict(last.answer)}` },
    { understood: `${context.question} — ${aspect}`, followUp: "topic-switch", asked: context.question },
  );
  return oneReplyTurn(lang, reply, { ...context, verdict: null });
}
