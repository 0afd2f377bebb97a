import { spawn } from "node:child_process";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import { createLogger } from "../../src/logger.js";
import { textEntities } from "../../src/transports/local-updates.js";
import { startTerminalChat } from "../../src/transports/terminal.js";
import { renderHtmlForTerminal } from "../../src/transports/terminal-render.js";
import { ASK, createFakeEngine } from "../helpers/fake-engine.js";
import { fixtureKnowledgeBase } from "../helpers/fixture-kb.js";
import { LogCapture } from "../helpers/log-capture.js";
import { EN } from "../helpers/texts.js";

/** Drives the terminal chat in piped mode: one message per line in, the printed chat out. */
async function chat(
  lines: string[],
  color = false,
  stale = false,
  language: "en" | "ru" | null = null,
): Promise<string> {
  const kb = fixtureKnowledgeBase();
  const fake = createFakeEngine(kb);
  // A stale engine has forgotten every entry, as after the knowledge base changed under old buttons.
  const engine = stale ? { ...fake, answerForEntry: () => null } : fake;
  const logger = createLogger({ level: "warn", destination: new LogCapture() });
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString()));
  const session = startTerminalChat({
    createBot: (options) => createBot({ ...options, kb, engine, logger }),
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    interactive: false,
    style: { color, width: Number.POSITIVE_INFINITY },
    logger,
    language,
  });
  await session.done;
  return chunks.join("");
}

describe("the terminal chat, piped", () => {
  it("prints each message and the bot's answer card, quotes as │ lines, buttons numbered", async () => {
    const out = await chat([ASK.escaped]);
    expect(out).toBe(
      [
        `> ${ASK.escaped}`,
        "What does Putin say about <US> policy?",
        'That it had "failed" in the region.',
        "",
        '│ He said US policy <in the region> had "failed".',
        "— Vladimir Putin, Russian President · as reported · paragraph 2",
        "  [1] 📄 Show in article",
        "  [2] Did Putin call for a ceasefire?",
        "",
        "",
      ].join("\n"),
    );
  });

  it("presses a button when its number is typed", async () => {
    const out = await chat([ASK.escaped, "1"]);
    expect(out).toContain("> 1\nFrom the article, paragraph 2 of 3\nHe said US policy <in the region>");
  });

  it("resizes the summary in place, shown as an edit, the size shown marked", async () => {
    const out = await chat(["/summary", "4", "1"]);
    const [, full = "", line = ""] = out.split(/> [41]\n/);
    expect(out).toContain("[1] One line  [2] • Short  [3] 3 bullets  [4] Full");
    expect(full).toMatch(
      /^\(edited\)\nSummary\nPutin called for an immediate ceasefire & a return to talks\./,
    );
    expect(full).toContain("[4] • Full");
    expect(line).toMatch(/^\(edited\)\nSummary\nPutin calls for a ceasefire & blames <US> policy\n/);
    expect(line).toContain("[1] • One line");
  });

  it("offers inline cards for '@inline <query>' and prints the one whose number is typed as sent", async () => {
    const out = await chat([`@inline ${ASK.answered}`, "1", "@inline", "2"]);
    const [, offer = "", sent = "", empty = "", sentSecond = ""] = out.split(/^> .*\n/m);
    expect(offer).toMatch(
      /^Inline results \(type a number to send one into the chat\):\n {2}\[1\] Did Putin call for a ceasefire\?/,
    );
    expect(sent).toMatch(
      /^\(you, via @story_qa_bot\)\nDid Putin call for a ceasefire\?\nYes: an immediate ceasefire & a return/,
    );
    expect(sent).toContain("[Ask @story_qa_bot more ↗] https://t.me/story_qa_bot?start=v1_a_ceasefire-call");
    expect(empty).toContain("[1] Summary of the story");
    expect(sentSecond).toMatch(/^\(you, via @story_qa_bot\)\nDid Putin call for a ceasefire\?/);
  });

  it("sends a number with no button behind it as a message, and the bot says there is no such button", async () => {
    const out = await chat(["/summary", "7"]);
    expect(out).toContain("> 7\n");
    expect(out.split("> 7\n")[1]).toContain(EN("no-such-button", { number: 7 }));
  });

  it("runs the /ask conversation and /cancel", async () => {
    const out = await chat(["/ask", ASK.answered, "/ask", "/cancel"]);
    expect(out).toContain(`${EN("ask-prompt")}\n\n> ${ASK.answered}\nDid Putin call for a ceasefire?`);
    expect(out).toContain(`> /cancel\n${EN("ask-cancelled")}`);
  });

  it("shows a button's notice, such as 'this button has expired'", async () => {
    const out = await chat([ASK.answered, "2"], false, true);
    expect(out.endsWith(`> 2\n(${EN("button-expired")})\n\n`)).toBe(true);
  });

  it("skips blank lines and ends at EOF", async () => {
    expect(await chat(["", "   "])).toBe("");
  });

  it("uses ANSI bold only when asked to (stdout is a TTY)", async () => {
    expect(await chat(["/summary"], true)).toContain("\x1b[1mSummary\x1b[22m");
    expect(await chat(["/summary"], false)).not.toContain("\x1b[");
  });
});

describe("renderHtmlForTerminal", () => {
  it("unescapes entities, quotes blockquotes line by line, and wraps them to the width", () => {
    const html = "<b>A &amp; B</b>\n<blockquote>the quick brown fox jumps over the lazy dog</blockquote>";
    expect(renderHtmlForTerminal(html, { color: false, width: 30 })).toBe(
      "A & B\n│ the quick brown fox jumps\n│ over the lazy dog",
    );
  });

  it("shows a link's address", () => {
    expect(renderHtmlForTerminal('<a href="https://t.me/x">here</a>', { color: false, width: 80 })).toBe(
      "here (https://t.me/x)",
    );
  });
});

describe("textEntities", () => {
  it("marks a leading command (with its @bot) and @mentions, as Telegram would", () => {
    expect(textEntities("/quotes@StoryQaBot putin")).toEqual([
      { type: "bot_command", offset: 0, length: 18 },
    ]);
    expect(textEntities("hey @StoryQaBot, who?")).toEqual([{ type: "mention", offset: 4, length: 11 }]);
    expect(textEntities("mail a@b.com")).toEqual([]);
  });
});

describe("npm start without BOT_TOKEN", () => {
  it("chats in the terminal over piped stdin and exits 0 at EOF", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: process.cwd(),
      env: { ...process.env, BOT_TOKEN: "", BOT_MODE: "", LOG_LEVEL: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdin.end("/start\n/summary\n1\n");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("> /start\nHi, there! I answer questions about one news story:");
    expect(stdout).toMatch(/> 1\n\(edited\)\nSummary\n/);
  });
});
