// The turn a reader gives on the last answer's context rather than a new question (last-answer-turns.ts,
// list-turns.ts, follow-up-turns.ts): one reply, the context kept with the time of this message and the reply's
// yes/no line; and the reply that shows an entry's evidence again on the last question ("between whom?", "and
// Israel — same?", "and negotiations too?"), asked as that question, with no yes/no or the article text's Yes.
// Any one-reply turn with the context it leaves (article-verdict-turns.ts, follow-up-turns.ts) is oneReplyTurn.
import type { Answer, Lang } from "../answering/types.js";
import { answerReply } from "./dialogue-kit.js";
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
