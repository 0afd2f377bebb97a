// The environment, validated in one pass: every bad variable is named at once, and the token is never echoed.
// Checked by hand, not with zod: loading zod costs a start ~100 ms, and these are a dozen strings.
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
const setValue = (env: Env, name: string): string | undefined => {
  const v = env[name];
  return v === undefined || v.trim() === "" ? undefined : v;
};

type Env = Record<string, string | undefined>;
/** Checks one set variable: what is wrong with its value, or null when it is fine. */
type Check = (value: string) => string | null;

const HTTP_URL_MESSAGE = "must be an http(s) URL, e.g. https://example.com/webhook";
const isHttpUrl = (s: string) => {
  try {
    const url = new URL(s);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};
const httpUrl: Check = (s) => (isHttpUrl(s) ? null : HTTP_URL_MESSAGE);
const matches =
  (pattern: RegExp, message: string): Check =>
  (s) =>
    pattern.test(s) ? null : message;
const anything: Check = () => null;

/** The variables every mode reads, in the order their problems are listed; absent ones take their defaults. */
const COMMON: [string, Check][] = [
  [
    "LOG_LEVEL",
    (s) =>
      (LOG_LEVELS as readonly string[]).includes(s)
        ? null
        : `must be one of ${LOG_LEVELS.map((l) => `"${l}"`).join(", ")}`,
  ],
  ["KNOWLEDGE_DIR", anything],
  ["BOT_API_ROOT", httpUrl],
  [
    "ADMIN_IDS",
    matches(
      /^\s*\d+(\s*,\s*\d+)*\s*,?\s*$/,
      "must be Telegram user ids separated by commas, e.g. 12345,67890",
    ),
  ],
  ["DATA_DIR", anything],
  [
    "REDIS_URL",
    matches(
      /^rediss?:\/\/\S+$/,
      "must be a redis:// or rediss:// URL, e.g. redis://localhost:6379 (or unset it to use SQLite in DATA_DIR)",
    ),
  ],
];

const TOKEN: [string, Check] = [
  "BOT_TOKEN",
  (s) =>
    /^\d+:[\w-]+$/.test(s.trim())
      ? null
      : "does not look like a bot token (expected <digits>:<letters>, as @BotFather gives it)",
];

/** Webhook mode's own variables; the first two are required. */
const WEBHOOK: [string, Check][] = [
  ["WEBHOOK_URL", httpUrl],
  [
    "WEBHOOK_SECRET",
    matches(/^[A-Za-z0-9_-]{1,256}$/, "must be 1–256 characters of A-Z a-z 0-9 _ - (Telegram's rule)"),
  ],
  [
    "PORT",
    (s) => {
      const port = Number(s);
      if (Number.isNaN(port)) return "must be a number";
      if (!Number.isInteger(port)) return "must be a whole number";
      return port >= 1 && port <= 65535 ? null : "must be from 1 to 65535";
    },
  ],
  ["HOST", anything],
];
const REQUIRED_FOR_WEBHOOK: Record<string, string> = {
  WEBHOOK_URL: "is required for BOT_MODE=webhook (the public https URL)",
  WEBHOOK_SECRET: "is required for BOT_MODE=webhook (1–256 characters: A-Z a-z 0-9 _ -)",
};

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

  // An unknown mode is reported above; the token is still checked, so every problem shows at once.
  const checks = !present("BOT_TOKEN")
    ? COMMON
    : mode === "webhook"
      ? [...COMMON, TOKEN, ...WEBHOOK]
      : [...COMMON, TOKEN];
  for (const [name, check] of checks) {
    const value = setValue(env, name);
    const problem = value === undefined ? (REQUIRED_FOR_WEBHOOK[name] ?? null) : check(value);
    if (problem === null) continue;
    errors.push(`${name}: ${problem}${describeValue(name, value)}`);
  }
  const get = (name: string) => setValue(env, name);
  const webhookUrl = get("WEBHOOK_URL") ?? "";
  // Checked beside the other problems (not only when the rest is valid), so a plain-http URL is named at once.
  if (mode === "webhook" && present("BOT_TOKEN") && isHttpUrl(webhookUrl)) {
    if (new URL(webhookUrl).protocol !== "https:" && get("BOT_API_ROOT") === undefined) {
      errors.push(`WEBHOOK_URL: must be https, Telegram only calls https webhooks (got "${webhookUrl}")`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const tokenMode = present("BOT_TOKEN") ? (mode ?? "polling") : "terminal";
  const common: CommonConfig = {
    logLevel: (get("LOG_LEVEL") as LogLevel | undefined) ?? (tokenMode === "terminal" ? "warn" : "info"),
    knowledgeDir: get("KNOWLEDGE_DIR") ?? defaultKnowledgeDir(),
    apiRoot: get("BOT_API_ROOT")?.replace(/\/+$/, ""),
    adminIds: (get("ADMIN_IDS") ?? "").split(",").flatMap((id) => (id.trim() === "" ? [] : [Number(id)])),
    store: { redisUrl: get("REDIS_URL"), dataDir: get("DATA_DIR") ?? DEFAULT_DATA_DIR },
  };
  const token = (get("BOT_TOKEN") ?? "").trim();

  if (tokenMode === "terminal") return { ok: true, config: { ...common, mode: "terminal" } };
  if (tokenMode === "polling") return { ok: true, config: { ...common, mode: "polling", token } };

  return {
    ok: true,
    config: {
      ...common,
      mode: "webhook",
      token,
      webhook: {
        url: webhookUrl,
        path: new URL(webhookUrl).pathname,
        secret: get("WEBHOOK_SECRET") ?? "",
        port: get("PORT") === undefined ? 8080 : Number(get("PORT")),
        host: get("HOST") ?? "0.0.0.0",
      },
    },
  };
}

function describeValue(name: string, value: string | undefined): string {
  if (value === undefined || value.trim() === "" || SECRET_VARIABLES.has(name)) return "";
  return ` (got "${value}")`;
}
