// Entry point: read the config, load the knowledge base, pick the transport (terminal chat | polling | webhook).
import dotenv from "dotenv";
import { createEngine } from "./answering/index.js";
import { createBot } from "./bot/index.js";
import { type ClaimChecker, claimCheckerSharing } from "./claims/index.js";
import { loadForStart } from "./cli/start-load.js";
import { type Config, parseConfig } from "./config.js";
import { createCuration } from "./curation/index.js";
import type { Conversation } from "./dialogue/index.js";
import type { KnowledgeBase } from "./knowledge/index.js";
import { createLogger, type Logger } from "./logger.js";
import { openStore, type Store } from "./storage/index.js";
import { describeFatalError } from "./transports/fatal.js";
import { runPolling } from "./transports/polling.js";
import { exitGracefullyOnSignals } from "./transports/shutdown.js";
import { startTerminalChat } from "./transports/terminal.js";
import { storeLedger } from "./transports/update-ledger.js";
import { runWebhook, WEBHOOK_MAX_RETRY_DELAY_SECONDS } from "./transports/webhook.js";

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    console.error(
      `The configuration has ${parsed.errors.length} problem${parsed.errors.length === 1 ? "" : "s"}:\n` +
        `${parsed.errors.map((e) => `  - ${e}`).join("\n")}\nSee .env.example for every variable.`,
    );
    process.exit(1);
  }
  const config = parsed.config;
  const logger = createLogger({
    level: config.logLevel,
    secrets: [
      config.mode === "terminal" ? undefined : config.token,
      config.mode === "webhook" ? config.webhook.secret : undefined,
    ],
    // In the terminal chat, stdout is the conversation; logs go aside.
    destination: config.mode === "terminal" ? process.stderr : undefined,
  });
  // From the build's snapshot and English index when knowledge/ is unchanged since (quotes still checked verbatim).
  const { kb, conversation, englishIndex } = await loadForStart(config.knowledgeDir);
  const engine = createEngine(kb, {}, englishIndex);
  // The claim checker reads with the engine's lexicons (one copy of each vocabulary).
  const claims = claimCheckerSharing(kb, engine);
  // The Russian index, the English typo index and the claim checker's article index are built a moment after
  // start, off the path to the first reply (a first yes/no question no longer waits for the checker).
  setTimeout(() => {
    engine.warmUp();
    claims.warmUp();
  }, WARM_UP_AFTER_MS).unref();

  try {
    await run(config, { kb, engine, logger, conversation, claims });
  } catch (error) {
    const failure = describeFatalError(error);
    // A failure the message explains is one line; anything else keeps its stack for whoever debugs it.
    logger.fatal(failure.explained ? { exit_code: failure.exitCode } : { err: error }, failure.message);
    process.exit(failure.exitCode);
  }
}

async function run(
  config: Config,
  deps: {
    kb: KnowledgeBase;
    engine: ReturnType<typeof createEngine>;
    logger: Logger;
    conversation: Conversation | undefined;
    claims: ClaimChecker;
  },
): Promise<void> {
  const { logger } = deps;
  if (config.mode === "terminal") {
    const chat = startTerminalChat({
      createBot: (options) => createBot({ ...deps, ...options }),
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      style: {
        color: process.stdout.isTTY === true,
        width:
          process.stdout.isTTY && process.stdout.columns > 0
            ? process.stdout.columns
            : Number.POSITIVE_INFINITY,
      },
      logger,
    });
    exitGracefullyOnSignals(chat.stop, { logger });
    await chat.done;
    return;
  }

  // Opened before anything talks to Telegram: a store that cannot be reached stops the program with a clear message.
  const store: Store = await openStore(config.store, logger);
  const closeStore = () =>
    store.close().catch((error: unknown) => logger.warn({ err: error }, "closing the store failed"));
  const bot = createBot({
    ...deps,
    store,
    token: config.token,
    // Questions and 👍/👎 for `npm run report` and /stats; voters are hashed with the token as key (curation.ts).
    curation: createCuration({ store, reader: deps.engine, voterKey: config.token, logger }),
    adminIds: config.adminIds,
    // grammY waits 500 s for a hung API call by default; a minute is enough for anything (getUpdates polls 30 s).
    client: { timeoutSeconds: API_TIMEOUT_SECONDS, ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}) },
    // A webhook update must be answered in time: wait out a 429 only if the retry ends before the response is due.
    retry:
      config.mode === "webhook"
        ? { maxRetryAttempts: 3, maxDelaySeconds: WEBHOOK_MAX_RETRY_DELAY_SECONDS, firstBackoffMs: 500 }
        : undefined,
  });
  const transport = {
    ledger: storeLedger(store, logger),
    store,
    apiRoot: config.apiRoot,
    onStopped: closeStore,
  };
  try {
    if (config.mode === "polling") await runPolling(bot, logger, transport);
    else await runWebhook(bot, config.webhook, logger, transport);
  } catch (error) {
    await closeStore();
    throw error;
  }
}

const API_TIMEOUT_SECONDS = 60;
/** Long enough for the first update to be answered, short enough that a Russian reader rarely builds the index. */
const WARM_UP_AFTER_MS = 2000;

await main();
