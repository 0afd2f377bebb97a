// The environment, validated in one pass: every bad variable is named at once, and the token is never echoed.
import { z } from "zod";
import { defaultKnowledgeDir } from "./knowledge/index.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

interface CommonConfig {
  logLevel: LogLevel;
  knowledgeDir: string;
  /** Another Bot API server (a local one, or a fake in tests); undefined means api.telegram.org. */
  apiRoot: string | undefined;
  /** Telegram user ids who may use /stats (ADMIN_IDS); empty: nobody. */
  adminIds: number[];
  /** Where state is kept: Redis when REDIS_URL is set, else an SQLite file in DATA_DIR. */
  store: { redisUrl: string | undefined; dataDir: string };
}

export interface TerminalConfig extends CommonConfig {
  mode: "terminal";
}

export interface PollingConfig extends CommonConfig {
  mode: "polling";
  token: string;
}

export interface WebhookConfig extends CommonConfig {
  mode: "webhook";
  token: string;
  webhook: {
    /** The public URL Telegram posts updates to; its path is where the server listens. */
    url: string;
    path: string;
    secret: string;
    port: number;
    host: string;
  };
}

export type Config = TerminalConfig | PollingConfig | WebhookConfig;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Variables whose values may be shown in error messages; BOT_TOKEN and WEBHOOK_SECRET are not. */
const SECRET_VARIABLES = new Set(["BOT_TOKEN", "WEBHOOK_SECRET", "REDIS_URL"]);

/** DATA_DIR's default, relative to where the program is started. */
export const DEFAULT_DATA_DIR = "data";

/** dotenv turns `NAME=` into ""; an empty variable means "not set". */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const required = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema);

const httpUrl = z.string().refine(
  (s) => {
    try {
      const url = new URL(s);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  },
  { message: "must be an http(s) URL, e.g. https://example.com/webhook" },
);

const commonSchema = z.object({
  LOG_LEVEL: optional(
    z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.map((l) => `"${l}"`).join(", ")}` }),
  ),
  KNOWLEDGE_DIR: optional(z.string()),
  BOT_API_ROOT: optional(httpUrl),
  ADMIN_IDS: optional(
    z
      .string()
      .regex(
        /^\s*\d+(\s*,\s*\d+)*\s*,?\s*$/,
        "must be Telegram user ids separated by commas, e.g. 12345,67890",
      ),
  ),
  DATA_DIR: optional(z.string()),
  REDIS_URL: optional(
    z
      .string()
      .regex(
        /^rediss?:\/\/\S+$/,
        "must be a redis:// or rediss:// URL, e.g. redis://localhost:6379 (or unset it to use SQLite in DATA_DIR)",
      ),
  ),
});

const tokenSchema = z
  .string({ message: "is required for polling and webhook mode (get one from @BotFather)" })
  .trim()
  .regex(
    /^\d+:[\w-]+$/,
    "does not look like a bot token (expected <digits>:<letters>, as @BotFather gives it)",
  );

const pollingSchema = commonSchema.extend({ BOT_TOKEN: tokenSchema });

const webhookSchema = commonSchema.extend({
  BOT_TOKEN: tokenSchema,
  WEBHOOK_URL: required(
    z.string({ message: "is required for BOT_MODE=webhook (the public https URL)" }).pipe(httpUrl),
  ),
  WEBHOOK_SECRET: required(
    z
      .string({ message: "is required for BOT_MODE=webhook (1–256 characters: A-Z a-z 0-9 _ -)" })
      .regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1–256 characters of A-Z a-z 0-9 _ - (Telegram's rule)"),
  ),
  PORT: optional(
    z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1).max(65535),
  ),
  HOST: optional(z.string()),
});

/** Parses the environment into a config, or lists every problem as `NAME: what is wrong (got "value")`. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const errors: string[] = [];
  const present = (name: string) => (env[name]?.trim() ?? "") !== "";
  const rawMode = env.BOT_MODE?.trim() ?? "";
  const mode = rawMode === "" ? undefined : rawMode;

  if (mode !== undefined && mode !== "polling" && mode !== "webhook") {
    errors.push(`BOT_MODE: must be "polling" or "webhook" (got "${mode}")`);
  }
  if (!present("BOT_TOKEN") && mode !== undefined) {
    errors.push(
      `BOT_TOKEN: is required when BOT_MODE is set (leave both unset to chat with the bot in the terminal)`,
    );
  }

  const schema = !present("BOT_TOKEN")
    ? commonSchema
    : mode === "webhook"
      ? webhookSchema
      : // An unknown mode is reported above; the token is still checked, so every problem shows at once.
        pollingSchema;
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "environment");
      errors.push(`${name}: ${issue.message}${describeValue(name, env[name])}`);
    }
  }
  if (parsed.success && schema === webhookSchema) {
    const data = parsed.data as z.infer<typeof webhookSchema>;
    if (new URL(data.WEBHOOK_URL).protocol !== "https:" && data.BOT_API_ROOT === undefined) {
      errors.push(
        `WEBHOOK_URL: must be https, Telegram only calls https webhooks (got "${data.WEBHOOK_URL}")`,
      );
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };

  const data = parsed.data as z.infer<typeof webhookSchema>;
  const tokenMode = present("BOT_TOKEN") ? (mode ?? "polling") : "terminal";
  const common: CommonConfig = {
    logLevel: data.LOG_LEVEL ?? (tokenMode === "terminal" ? "warn" : "info"),
    knowledgeDir: data.KNOWLEDGE_DIR ?? defaultKnowledgeDir(),
    apiRoot: data.BOT_API_ROOT?.replace(/\/+$/, ""),
    adminIds: (data.ADMIN_IDS ?? "").split(",").flatMap((id) => (id.trim() === "" ? [] : [Number(id)])),
    store: { redisUrl: data.REDIS_URL, dataDir: data.DATA_DIR ?? DEFAULT_DATA_DIR },
  };

  if (tokenMode === "terminal") return { ok: true, config: { ...common, mode: "terminal" } };
  if (tokenMode === "polling")
    return { ok: true, config: { ...common, mode: "polling", token: data.BOT_TOKEN } };

  return {
    ok: true,
    config: {
      ...common,
      mode: "webhook",
      token: data.BOT_TOKEN,
      webhook: {
        url: data.WEBHOOK_URL,
        path: new URL(data.WEBHOOK_URL).pathname,
        secret: data.WEBHOOK_SECRET,
        port: data.PORT ?? 8080,
        host: data.HOST ?? "0.0.0.0",
      },
    },
  };
}

function describeValue(name: string, value: string | undefined): string {
  if (value === undefined || value.trim() === "" || SECRET_VARIABLES.has(name)) return "";
  return ` (got "${value}")`;
}
