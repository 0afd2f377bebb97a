// Any text is a question: the answer card, and its buttons (related questions, "Show in article").
import { Composer, type Context } from "grammy";
import type { Lang } from "../../answering/types.js";
import type { Curation } from "../../curation/index.js";
import type { DialogueContext } from "../../dialogue/index.js";
import type { BotContext } from "../context.js";
import { languageOfScript, textsFor, textsIn } from "../i18n.js";
import { pressedButton, type SummarySize } from "../keyboards/index.js";
import { renderReply } from "../render/answer.js";
import { type Card, joinCards, type RenderDeps } from "../render/card.js";
import { renderDialogueReply } from "../render/dialogue.js";
import { sourceCard } from "../render/source.js";
import { sendCard } from "../reply.js";
import { rememberDialogue, rememberedDialogue, rememberedSummarySize } from "../session.js";
import { withFeedback } from "./feedback.js";
import { questionText } from "./groups.js";
import { answerExpiredButton } from "./unhandled.js";

/** A text message that is not a command: what /ask waits for and what this feature answers. */
export function isPlainText(ctx: Context): boolean {
  const message = ctx.message;
  if (message?.text === undefined) return false;
  return !(message.entities ?? []).some((e) => e.type === "bot_command" && e.offset === 0);
}

/**
 * Answers the question in `ctx`'s message; shared with the /ask conversation. `lang`: the asker's language, which
 * the question's own script overrides; the card is in the language the engine answers in.
 */
export async function answerQuestion(
  ctx: Context,
  deps: QuestionDeps,
  lang: Lang,
  summarySize?: () => Promise<SummarySize>,
  memory?: DialogueMemory,
): Promise<void> {
  const question = questionText(ctx);
  const asked = languageOfScript(question) ?? lang;
  if (!deps.dialogue) {
    const answer = deps.engine.findAnswer(question, asked);
    // "summary please" gets the size this person picked with /summary's buttons, unless the question says one.
    const size = answer.kind === "summary" ? (answer.summarySize ?? (await summarySize?.())) : undefined;
    await sendCard(ctx, withFeedback(renderReply(answer, deps, size), answer, deps.curation));
    await deps.curation?.recordQuestion(question, answer);
    return;
  }
  const context = memory ? await memory.read() : null;
  const turn = deps.dialogue.respond(question, { lang: asked, context, now: Date.now() });
  if (memory) await memory.write(turn.context);
  const texts = textsIn(turn.lang);
  const cards: Card[] = [];
  for (const reply of turn.replies) {
    // A size the question states ("the gist in one line") before the one picked with /summary's buttons.
    const stated =
      reply.kind === "answer" && reply.answer.kind === "summary" ? reply.answer.summarySize : undefined;
    const isSummary = reply.kind === "answer" && reply.answer.kind === "summary";
    const size = stated ?? (isSummary && summarySize ? await summarySize() : undefined);
    cards.push(renderDialogueReply(reply, deps, texts, size));
  }
  // Two questions in one message get one reply holding both answers (split only past Telegram's length); the
  // 👍/👎 row and the curation record are the first answer's (small talk has neither).
  const first = turn.replies.find((r) => r.kind === "answer");
  const answer = first?.kind === "answer" ? first.answer : null;
  const card = joinCards(cards);
  await sendCard(ctx, answer ? withFeedback(card, answer, deps.curation) : card);
  if (answer) await deps.curation?.recordQuestion(question, answer);
}

/** Where a chat's dialogue context is kept between messages (the session; none inside /ask). */
export interface DialogueMemory {
  read(): Promise<DialogueContext | null>;
  write(context: DialogueContext | null): Promise<void>;
}

function sessionMemory(ctx: BotContext): DialogueMemory {
  return { read: () => rememberedDialogue(ctx), write: (c) => rememberDialogue(ctx, c) };
}

/** Rendering, and the curation loop that records each question (absent: nothing is recorded). */
export type QuestionDeps = RenderDeps & { curation?: Curation };

export function createQuestionsFeature(deps: QuestionDeps): Composer<BotContext> {
  const { kb, engine } = deps;
  const feature = new Composer<BotContext>();

  feature.filter(isPlainText, async (ctx) =>
    answerQuestion(
      ctx,
      deps,
      (await textsFor(ctx)).lang,
      () => rememberedSummarySize(ctx),
      sessionMemory(ctx),
    ),
  );

  feature.on("callback_query:data", async (ctx, next) => {
    const data = ctx.callbackQuery.data;
    const answerButton = pressedButton(data, "answer");
    const sourceButton = pressedButton(data, "source");
    if (!answerButton && !sourceButton) return next();

    const entryId = (answerButton ?? sourceButton)!.entryId;
    const texts = await textsFor(ctx);
    const answer = engine.answerForEntry(entryId, texts.lang);
    const card = !answer
      ? null
      : sourceButton
        ? sourceCard(answer, sourceButton.quoteIndex, kb, texts)
        : withFeedback(renderReply(answer, deps), answer, deps.curation);
    if (!card) {
      await answerExpiredButton(ctx);
      return;
    }
    await ctx.answerCallbackQuery();
    await sendCard(ctx, card);
    // The card shown is now what the chat is about: "why?" after a pressed question reads against it.
    if (answerButton && answer && deps.dialogue) {
      const memory = sessionMemory(ctx);
      const context = await memory.read();
      await memory.write(deps.dialogue.afterButton(entryId, { lang: texts.lang, context, now: Date.now() }));
    }
  });
  return feature;
}
