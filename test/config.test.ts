import { describe, expect, it } from "vitest";
import { type Config, parseConfig } from "../src/config.js";
import { defaultKnowledgeDir } from "../src/knowledge/index.js";

const TOKEN = "123456789:AAsecret-token_value";
const SECRET = "s3cret_webhook-token";

function ok(env: Record<string, string | undefined>): Config {
  const result = parseConfig(env);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.config;
}

function errors(env: Record<string, string | undefined>): string[] {
  const result = parseConfig(env);
  if (result.ok) throw new Error("expected the config to be refused");
  return result.errors;
}

describe("parseConfig", () => {
  it("opens the terminal chat without BOT_TOKEN, logging only warnings by default", () => {
    expect(ok({})).toEqual({
      mode: "terminal",
      logLevel: "warn",
      knowledgeDir: defaultKnowledgeDir(),
      apiRoot: undefined,
      adminIds: [],
      store: { redisUrl: undefined, dataDir: "data" },
    });
  });

  it("keeps state in Redis when REDIS_URL is set, else in DATA_DIR, and never echoes the URL", () => {
    expect(ok({ BOT_TOKEN: TOKEN, DATA_DIR: "/var/lib/bot" }).store).toEqual({
      redisUrl: undefined,
      dataDir: "/var/lib/bot",
    });
    expect(ok({ BOT_TOKEN: TOKEN, REDIS_URL: "redis://:pw@cache:6379" }).store.redisUrl).toBe(
      "redis://:pw@cache:6379",
    );
    const bad = parseConfig({ BOT_TOKEN: TOKEN, REDIS_URL: "http://:secretpw@cache" });
    expect(bad.ok).toBe(false);
    const errors = bad.ok ? [] : bad.errors;
    expect(errors).toEqual([expect.stringMatching(/^REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/)]);
    expect(errors.join()).not.toContain("secretpw");
  });

  it("reads ADMIN_IDS as a list of user ids, and names a bad one", () => {
    expect(ok({ ADMIN_IDS: " 12345, 67890 ," }).adminIds).toEqual([12345, 67890]);
    expect(errors({ ADMIN_IDS: "12345;@ann" })).toEqual([
      'ADMIN_IDS: must be Telegram user ids separated by commas, e.g. 12345,67890 (got "12345;@ann")',
    ]);
  });

  it("treats empty variables (NAME= in .env) as unset", () => {
    expect(ok({ BOT_TOKEN: "", BOT_MODE: "", LOG_LEVEL: " " }).mode).toBe("terminal");
  });

  it("long-polls with a token by default", () => {
    expect(ok({ BOT_TOKEN: TOKEN })).toMatchObject({ mode: "polling", token: TOKEN, logLevel: "info" });
  });

  it("takes LOG_LEVEL, KNOWLEDGE_DIR and BOT_API_ROOT (without a trailing slash)", () => {
    expect(
      ok({
        BOT_TOKEN: TOKEN,
        LOG_LEVEL: "debug",
        KNOWLEDGE_DIR: "/kb",
        BOT_API_ROOT: "http://localhost:8081/",
      }),
    ).toMatchObject({ logLevel: "debug", knowledgeDir: "/kb", apiRoot: "http://localhost:8081" });
  });

  it("serves a webhook on the URL's path, PORT 8080 and HOST 0.0.0.0 by default", () => {
    const config = ok({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.com/telegram/hook",
      WEBHOOK_SECRET: SECRET,
    });
    expect(config).toMatchObject({
      mode: "webhook",
      webhook: {
        url: "https://bot.example.com/telegram/hook",
        path: "/telegram/hook",
        secret: SECRET,
        port: 8080,
        host: "0.0.0.0",
      },
    });
  });

  it("takes PORT and HOST for the webhook", () => {
    const config = ok({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.com/",
      WEBHOOK_SECRET: SECRET,
      PORT: "3000",
      HOST: "127.0.0.1",
    });
    expect(config).toMatchObject({ webhook: { port: 3000, host: "127.0.0.1", path: "/" } });
  });

  it("names a bad BOT_MODE with the value it got", () => {
    expect(errors({ BOT_TOKEN: TOKEN, BOT_MODE: "hook" })).toEqual([
      'BOT_MODE: must be "polling" or "webhook" (got "hook")',
    ]);
  });

  it("still checks the token and the rest when BOT_MODE is unknown", () => {
    const list = errors({ BOT_TOKEN: "abc", BOT_MODE: "hook", LOG_LEVEL: "loud" });
    expect(list.map((e) => e.split(":")[0]).sort()).toEqual(["BOT_MODE", "BOT_TOKEN", "LOG_LEVEL"]);
    expect(list.join("\n")).not.toContain("abc");
  });

  it("reports every bad variable at once", () => {
    const list = errors({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "not a url",
      WEBHOOK_SECRET: "has spaces!",
      PORT: "eighty",
      LOG_LEVEL: "loud",
      BOT_API_ROOT: "ftp://x",
    });
    expect(list.map((e) => e.split(":")[0]).sort()).toEqual(
      ["BOT_API_ROOT", "LOG_LEVEL", "PORT", "WEBHOOK_SECRET", "WEBHOOK_URL"].sort(),
    );
    expect(list.find((e) => e.startsWith("LOG_LEVEL"))).toContain('(got "loud")');
    expect(list.find((e) => e.startsWith("PORT"))).toContain('(got "eighty")');
  });

  it("says what a port must be", () => {
    const webhook = {
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://x.test/",
      WEBHOOK_SECRET: SECRET,
    };
    expect(errors({ ...webhook, PORT: "0" })).toEqual(['PORT: must be from 1 to 65535 (got "0")']);
    expect(errors({ ...webhook, PORT: "80.5" })).toEqual(['PORT: must be a whole number (got "80.5")']);
    expect(ok({ ...webhook, PORT: " 443 " })).toMatchObject({ webhook: { port: 443 } });
  });

  it("requires WEBHOOK_URL and WEBHOOK_SECRET in webhook mode", () => {
    const list = errors({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" });
    expect(list).toHaveLength(2);
    expect(list[0]).toMatch(/^WEBHOOK_URL: is required/);
    expect(list[1]).toMatch(/^WEBHOOK_SECRET: is required/);
  });

  it("requires https for the webhook unless another Bot API server is used", () => {
    const env = {
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "http://x.test/hook",
      WEBHOOK_SECRET: SECRET,
    };
    expect(errors(env)[0]).toMatch(/^WEBHOOK_URL: must be https/);
    expect(ok({ ...env, BOT_API_ROOT: "http://localhost:8081" }).mode).toBe("webhook");
  });

  it("names a plain-http webhook URL beside another bad variable, not only once the rest is fixed", () => {
    const list = errors({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "http://x.test/hook",
      WEBHOOK_SECRET: "not a secret!",
    });
    expect(list).toHaveLength(2);
    expect(list.some((e) => /^WEBHOOK_SECRET: must be/.test(e))).toBe(true);
    expect(list.some((e) => /^WEBHOOK_URL: must be https/.test(e))).toBe(true);
  });

  it("asks for a token when BOT_MODE is set without one", () => {
    expect(errors({ BOT_MODE: "webhook" })[0]).toMatch(/^BOT_TOKEN: is required/);
  });

  it("never prints the token or the webhook secret, even when they are malformed", () => {
    const badToken = "not-a-token-but-secret";
    const badSecret = "bad secret with spaces";
    const list = errors({
      BOT_TOKEN: badToken,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://x.test/",
      WEBHOOK_SECRET: badSecret,
    });
    expect(list.map((e) => e.split(":")[0])).toEqual(["BOT_TOKEN", "WEBHOOK_SECRET"]);
    expect(list.join("\n")).not.toContain(badToken);
    expect(list.join("\n")).not.toContain(badSecret);
  });
});
