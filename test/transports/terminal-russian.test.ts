import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/answering/types.js";
import { createBot } from "../../src/bot/index.js";
import { createLogger } from "../../src/logger.js";
import { startTerminalChat, terminalLanguage } from "../../src/transports/terminal.js";
import { createFakeEngine, RU_ASK } from "../helpers/fake-engine.js";
import { fixtureKnowledgeBase } from "../helpers/fixture-kb.js";
import { LogCapture } from "../helpers/log-capture.js";
import { RU } from "../helpers/texts.js";

/** The terminal chat with `lines` typed in; what it printed. */
async function chat(lines: string[], language: Lang | null, interactive = false): Promise<string> {
  const kb = fixtureKnowledgeBase();
  const engine = createFakeEngine(kb);
  const logger = createLogger({ level: "warn", destination: new LogCapture() });
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString()));
  const session = startTerminalChat({
    createBot: (options) => createBot({ ...options, kb, engine, logger }),
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    interactive,
    style: { color: false, width: Number.POSITIVE_INFINITY },
    logger,
    language,
  });
  await session.done;
  return chunks.join("");
}

describe("the terminal chat in Russian", () => {
  it("takes its language from the terminal's locale", () => {
    expect(terminalLanguage({ LANG: "ru_RU.UTF-8" })).toBe("ru");
    expect(terminalLanguage({ LC_ALL: "ru_UA.UTF-8", LANG: "en_US.UTF-8" })).toBe("ru");
    expect(terminalLanguage({ LANG: "en_GB.UTF-8" })).toBe("en");
    expect(terminalLanguage({ LANG: "C.UTF-8" })).toBeNull();
    expect(terminalLanguage({})).toBeNull();
  });

  it("answers a Cyrillic question in Russian, the quote in English with its translation, whatever the locale", async () => {
    const out = await chat([RU_ASK.answered], null);
    expect(out).toContain("> Призвал ли Путин к прекращению огня?\nПризвал ли Путин к прекращению огня?\n");
    expect(out).toContain(
      "│ Russian President Vladimir Putin called for an immediate ceasefire & a return to talks.",
    );
    expect(out).toContain("— Владимир Путин, президент России — в изложении статьи · абзац 1");
    expect(out).toContain("Перевод: Президент России Владимир Путин призвал");
    expect(out).toContain("[1] 📄 Показать в статье");
  });

  it("in a Russian terminal: the intro, the greeting and the command replies in Russian", async () => {
    const out = await chat(["/summary", "/frobnicate"], "ru", true);
    expect(out).toContain(RU("terminal-intro"));
    expect(out).toContain("Здравствуйте! Я отвечаю на вопросы об одной новости:");
    expect(out).toContain("[1] 📰 Кратко  [2] 🗣 Кто что сказал");
    expect(out).toContain("\nКратко\nPutin wants a ceasefire");
    expect(out).toContain(RU("unknown-command"));
  });

  it("lists inline results under a Russian heading", async () => {
    const out = await chat(["@inline"], "ru");
    expect(out).toContain(`${RU("terminal-inline-results")}\n  [1] ${RU("inline-summary-title")}`);
  });
});
