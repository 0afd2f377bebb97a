// The bot over the curated knowledge base and the real engine: every entry, quote and speaker renders as valid
// Telegram HTML with valid buttons, and "Show in article" bolds the quote's exact words.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/index.js";
import { renderReply } from "../../src/bot/render/answer.js";
import { createClaimChecker } from "../../src/claims/index.js";
import { defaultKnowledgeDir, findVerbatim, type KnowledgeBase } from "../../src/knowledge/index.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { buttonsOf, createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { parseTelegramHtml } from "../helpers/telegram-html.js";

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase(defaultKnowledgeDir());
});

const realBot = () => createTestBot({ kb, engine: createEngine(kb) });

describe("with the curated knowledge base", () => {
  it("renders every entry's card as valid HTML with valid buttons", async () => {
    const t = realBot();
    for (const entry of kb.entries) await t.press(`v1:a:${entry.id}`);
    expect(t.api.of("sendMessage")).toHaveLength(kb.entries.length);
    expectValidOutput(t.api);
  });

  it("bolds each quote's exact words in its paragraph for 'Show in article'", async () => {
    const t = realBot();
    for (const entry of kb.entries) {
      for (const [i, quote] of entry.quotes.entries()) {
        t.api.clear();
        await t.press(`v1:src:${entry.id}:${i}`);
        const html = t.api.lastReply().payload.text as string;
        const paragraph = kb.article.paragraphs[quote.paragraph - 1]!;
        const span = findVerbatim(paragraph, quote.text)!;
        const boldTexts = [...html.matchAll(/<b>([^<]*)<\/b>/g)].map((m) => parseTelegramHtml(m[1]!).text);
        expect(boldTexts).toContain(paragraph.slice(span.start, span.end));
        expectValidOutput(t.api);
      }
    }
  });

  it("lists every quoted speaker, and each speaker's statements render", async () => {
    const t = realBot();
    await t.send("/quotes");
    const speakerButtons = buttonsOf(t.api.lastReply());
    expect(speakerButtons.map((b) => b.data)).toContain("v1:q:putin");
    expect(speakerButtons.map((b) => b.data)).not.toContain("v1:q:erdogan");
    for (const button of speakerButtons) await t.press(button.data);
    expectValidOutput(t.api);
  });

  it("runs /start, /help and the summary toggle", async () => {
    const t = realBot();
    await t.send("/start");
    expect(visibleText(t.api.lastReply())).toContain(kb.summaries.oneLine);
    expect(buttonsOf(t.api.lastReply())).toHaveLength(5);
    await t.send("/help");
    await t.send("/summary");
    await t.press("v1:sum:long");
    expect(visibleText(t.api.lastReply())).toContain(kb.summaries.long);
    expectValidOutput(t.api);
  });

  it("answers a question from the article with a quote and refuses one that is not", async () => {
    const t = realBot();
    await t.send("Did Putin call for a ceasefire?");
    const answer = t.api.lastReply();
    expect(answer.payload.text).toContain("<blockquote>");
    expect(visibleText(answer)).toContain("Vladimir Putin, Russian President");
    await t.send("What is the capital of Australia?");
    expect(visibleText(t.api.lastReply())).toContain(kb.summaries.oneLine);
    expectValidOutput(t.api);
  });

  // One engine and one checker for all the cards (a checker per card built its article index a hundred times and
  // ran past the 20 s default on a loaded machine); the limit leaves room for a start-up's index build under load.
  it("keeps every card of every entry within one message", { timeout: 120_000 }, () => {
    const engine = createEngine(kb);
    const claims = createClaimChecker(kb);
    for (const entry of kb.entries) {
      const card = renderReply(engine.answerForEntry(entry.id)!, { kb, engine, claims });
      expect(card.blocks.join("\n\n").length, entry.id).toBeLessThanOrEqual(4096);
    }
  });
});
