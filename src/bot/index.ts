// createBot: the whole bot, assembled in a fixed order and without side effects, so polling, the webhook, the
// terminal chat and the tests all run the very same middleware.
import { autoRetry } from "@grammyjs/auto-retry";
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { type Api, Bot, MemorySessionStorage, type MiddlewareFn } from "grammy";
import type { AnsweringEngine } from "../answering/types.js";
import { type ClaimChecker, createClaimChecker } from "../claims/index.js";
import { createDialogue, type Dialogue, rememberingChecks } from "../dialogue/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Logger } from "../logger.js";
import { recoverFromApiFaults, retryTransientFailures } from "./api-faults.js";
import type { AskContext, BotContext, BotDeps } from "./context.js";
import { createAskConversation, createAskFeature } from "./features/ask.js";
import { expireButtonsWithoutChat, ignoreDoubleTaps } from "./features/button-guards.js";
import { createCheckFeature } from "./features/check.js";
import { createErrorHandler } from "./features/errors.js";
import { createFeedbackFeature } from "./features/feedback.js";
import { createGroupsFeature, replyToAskingMessage } from "./features/groups.js";
import { createInlineFeature } from "./features/inline.js";
import { createLanguageFeature } from "./features/language.js";
import { logUpdates } from "./features/logging.js";
import { createQuestionsFeature, isPlainText } from "./features/questions.js";
import { createQuotesFeature } from "./features/quotes.js";
import { createRateLimitFeature } from "./features/rate-limit.js";
import { createStartFeature } from "./features/start.js";
import { createStatsFeature } from "./features/stats.js";
import { createSummaryFeature } from "./features/summary.js";
import { createUnhandledFeature } from "./features/unhandled.js";
import { botI18n, DEFAULT_LANG, LANGUAGES, textsIn } from "./i18n.js";
import { orderingKey } from "./ordering.js";
import type { RenderDeps } from "./render/card.js";
import { commandMenu } from "./render/texts.js";
import { createSession, SESSION_TTL_MS } from "./session.js";
import { storeAdapter } from "./store-adapters.js";

export type { BotContext, BotDeps } from "./context.js";

const DEFAULT_RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 30, firstBackoffMs: 500 };
/** Abandoned /ask conversations are forgotten after this long. */
const CONVERSATION_TTL_MS = 60 * 60 * 1000;

export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, { botInfo: deps.botInfo, client: deps.client });
  const { firstBackoffMs = DEFAULT_RETRY.firstBackoffMs, ...limits } = deps.retry ?? DEFAULT_RETRY;
  // Innermost first: 5xx and network errors, then 429s, then the faults the user need not see (api-faults.ts).
  const apiTransformers = [
    retryTransientFailures(
      {
        retries: limits.maxRetryAttempts,
        firstDelayMs: firstBackoffMs,
        maxDelayMs: limits.maxDelaySeconds * 1000,
      },
      deps.logger,
    ),
    // The plugin handles only 429s here: it would retry network errors forever, ignoring maxRetryAttempts.
    autoRetry({ ...limits, rethrowHttpErrors: true, rethrowInternalServerErrors: true }),
    recoverFromApiFaults(deps.logger),
  ];
  bot.api.config.use(...apiTransformers);
  // Conversations build their own Api objects, which do not inherit bot.api's transformers.
  const apiFaultsInConversation: MiddlewareFn<AskContext> = (ctx, next) => {
    ctx.api.config.use(...apiTransformers);
    return next();
  };

  const handleError = createErrorHandler(deps.logger);
  bot.catch(handleError);
  // Updates run concurrently (runner, webhook); one chat's (one inline user's) still run one after another.
  bot.use(sequentialize(orderingKey));
  bot.use(logUpdates(deps.logger));
  const guarded = bot.errorBoundary(handleError);

  const checkClaim = deps.claims ?? lazyClaimChecker(deps.kb);
  // Kept by text: a claim pasted or forwarded again (a viral message) is a lookup, not a check. The dialogue keeps
  // its yes/no statements' results itself, so it gets the checker unwrapped (one cache per kind of text).
  const claims = rememberingChecks(checkClaim);
  const dialogue = createDialogue({
    engine: deps.engine,
    kb: deps.kb,
    conversation: deps.conversation ?? { storyPoint: [], verdicts: new Map() },
    claims: checkClaim,
  });
  // /start, /help, refusals and the empty inline query suggest the story's point (knowledge/conversation.json).
  const renderDeps: RenderDeps & { curation?: BotDeps["curation"] } = {
    kb: deps.kb,
    engine: withStoryPoint(deps.engine, dialogue),
    claims,
    dialogue,
    curation: deps.curation,
  };
  guarded.use(createGroupsFeature());
  guarded.use(expireButtonsWithoutChat, ignoreDoubleTaps());
  if (deps.rateLimit !== false) guarded.use(createRateLimitFeature(deps.rateLimit));
  // Before the conversations plugin, whose own storage it does not touch; read only by /summary (session.ts).
  guarded.use(
    createSession(
      deps.sessionStorage ??
        (deps.store &&
          storeAdapter(deps.store, {
            prefix: "session:",
            ttlMs: SESSION_TTL_MS,
            logger: deps.logger,
            what: "per-user choices",
          })),
    ),
  );
  // After the session, where a /language choice is kept: sets ctx.t to this update's language (i18n.ts).
  guarded.use(botI18n().middleware());
  guarded.use(
    conversations<BotContext, AskContext>({
      // One conversation per person per chat, so two people in a group can /ask at once.
      storage: {
        type: "key",
        getStorageKey: (ctx) => `${ctx.chatId ?? "none"}/${ctx.from?.id ?? "none"}`,
        adapter: deps.store
          ? storeAdapter(deps.store, {
              prefix: "ask:",
              ttlMs: CONVERSATION_TTL_MS,
              logger: deps.logger,
              what: "/ask conversations",
            })
          : new MemorySessionStorage(CONVERSATION_TTL_MS),
      },
      plugins: [apiFaultsInConversation, replyToAskingMessage],
    }),
  );
  guarded.use(createAskConversation(renderDeps));
  // Before questions: a pasted claim or a forwarded message is checked, not answered as a question.
  const check = createCheckFeature(renderDeps);
  const questions = createQuestionsFeature(renderDeps);
  // A plain text message (most updates) is only ever a claim to check or a question: it goes straight there
  // instead of through every command and button handler, each of which grammY runs as a layer per update.
  guarded.filter(isPlainText, check, questions);
  guarded.use(
    createStartFeature(renderDeps),
    createSummaryFeature(renderDeps),
    createQuotesFeature(renderDeps),
    createAskFeature(renderDeps),
    createInlineFeature(renderDeps),
    createLanguageFeature(deps.logger),
    check,
    createFeedbackFeature({ ...renderDeps, logger: deps.logger }),
    createStatsFeature(deps),
    questions,
    createUnhandledFeature(),
  );
  return bot;
}

/** Built on the first claim: most bots (and every test of the Q&A path) never check one. */
function lazyClaimChecker(kb: KnowledgeBase): ClaimChecker {
  let check: ClaimChecker | null = null;
  return (text) => {
    check ??= createClaimChecker(kb);
    return check(text);
  };
}

/**
 * Sets the command menu in every language: the default for everyone, and one per language_code ("ru"). A failure
 * is logged, never fatal (the bot works without a menu, or with it in English).
 */
export async function setCommandMenu(api: Api, logger: Logger): Promise<void> {
  for (const { code } of LANGUAGES) {
    try {
      const commands = commandMenu(textsIn(code));
      if (code === DEFAULT_LANG) await api.setMyCommands(commands);
      else await api.setMyCommands(commands, { language_code: code });
    } catch (error) {
      logger.warn({ err: error, language: code }, "could not set the command menu; continuing without it");
    }
  }
}

/** The engine, with its popular questions replaced by the story's point where one is curated. */
function withStoryPoint(engine: AnsweringEngine, dialogue: Dialogue): AnsweringEngine {
  return {
    ...engine,
    popularQuestions: (limit, lang) => {
      const story = dialogue.storySuggestions(lang ?? "en").slice(0, limit);
      const rest = engine
        .popularQuestions(limit, lang)
        .filter((s) => !story.some((t) => t.entryId === s.entryId));
      return [...story, ...rest].slice(0, limit);
    },
  };
}
