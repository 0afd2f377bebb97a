// "and with israel?" after "why did Putin call Erdogan?", "а с Израилем?", "back to Putin — who does he blame?": a
// follow-up the dialogue rewrites into a question of its own before reading it (party-swap.ts, back-to-speaker.ts)
// is answered as that question, so no reader below it knows it was a follow-up and the card said nothing of how the
// message was read. The reader sees the rewritten question on the card ("I read this as: Why did Putin call
// Israel?"), as after any other follow-up; a card that already says what it understood keeps its own line.
import type { DialogueTurn, FollowUpKind } from "./types.js";

/** The turn with the rewritten question as the understood line of each answered reply that has none. */
export function withSwitchUnderstood(
  turn: DialogueTurn,
  rewritten: string | null,
  followUp: FollowUpKind,
): DialogueTurn {
  if (!rewritten) return turn;
  const replies = turn.replies.map((r) =>
    r.kind === "answer" && r.answer.answered && r.understood === null
      ? { ...r, understood: rewritten, followUp: r.followUp ?? followUp }
      : r,
  );
  return { ...turn, replies };
}
