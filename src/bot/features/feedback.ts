// 👍/👎 under every answer card: one vote per person per card (a second tap changes it, never adds one), in
// groups too. The vote goes to the curation loop (src/curation/); the row then says thanks, other buttons stay.
import { Composer, GrammyError } from "grammy";
import type { Answer } from "../../answering/types.js";
import type { Curation, VoteResult } from "../../curation/index.js";
import type { Logger } from "../../logger.js";
import type { BotContext } from "../context.js";
import { type Texts, textsFor, textsIn } from "../i18n.js";
import { type FeedbackLabels, feedbackRow, withFeedbackRow } from "../keyboards/feedback.js";
import { pressedButton } from "../keyboards/index.js";
import { answerLang, renderReply } from "../render/answer.js";
import type { Card, RenderDeps } from "../render/card.js";

export interface FeedbackDeps extends RenderDeps {
  /** Absent: no buttons, no recording (a bot without a store). */
  curation?: Curation;
  logger: Logger;
}

const labelsIn = (texts: Texts): FeedbackLabels => ({
  up: texts.t("feedback-up"),
  down: texts.t("feedback-down"),
  thanks: (vote) => texts.t(vote === "up" ? "feedback-thanks-up" : "feedback-thanks-down"),
});

const TOAST_KEYS: Record<VoteResult, string> = {
  new: "feedback-saved",
  changed: "feedback-changed",
  same: "feedback-same",
};

/** The card with the 👍/👎 row under it when it answers from an entry and votes are kept. */
export function withFeedback(card: Card, answer: Answer, curation: Curation | undefined): Card {
  if (!curation || answer.kind !== "entry" || !answer.entry) return card;
  const labels = labelsIn(textsIn(answerLang(answer)));
  return { ...card, keyboard: withFeedbackRow(card.keyboard, feedbackRow(answer.entry.id, labels)) };
}

export function createFeedbackFeature(deps: FeedbackDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("callback_query:data", async (ctx, next) => {
    const pressed = pressedButton(ctx.callbackQuery.data, "feedback");
    if (!pressed) return next();
    const message = ctx.callbackQuery.message;
    // Without a store, or on a message that is gone, the button is stale: the unhandled feature says so.
    if (!deps.curation || !message) return next();

    const texts = await textsFor(ctx);
    let result: VoteResult;
    try {
      result = await deps.curation.vote(
        `${message.chat.id}:${message.message_id}`,
        ctx.from.id,
        pressed.entryId,
        pressed.vote,
      );
    } catch (error) {
      deps.logger.warn({ err: error }, "could not save a feedback vote");
      await ctx.answerCallbackQuery({ text: texts.t("feedback-not-saved") });
      return;
    }
    const vote = texts.t(pressed.vote === "up" ? "feedback-up" : "feedback-down");
    await ctx.answerCallbackQuery({ text: texts.t(TOAST_KEYS[result], { vote }) });

    // The card's own buttons as Telegram shows them; rebuilt from the entry if the update lacks them.
    const shown =
      message.reply_markup ??
      (() => {
        const answer = deps.engine.answerForEntry(pressed.entryId, texts.lang);
        return answer ? renderReply(answer, deps).keyboard : undefined;
      })();
    const keyboard = withFeedbackRow(shown, feedbackRow(pressed.entryId, labelsIn(texts), pressed.vote));
    if (JSON.stringify(keyboard.inline_keyboard) === JSON.stringify(shown?.inline_keyboard)) return;
    try {
      await ctx.editMessageReplyMarkup({ reply_markup: keyboard });
    } catch (error) {
      if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
      throw error;
    }
  });
  return feature;
}
