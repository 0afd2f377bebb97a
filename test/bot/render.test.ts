import { describe, expect, it } from "vitest";
import type { AttributedQuote } from "../../src/answering/types.js";
import { textsIn } from "../../src/bot/i18n.js";
import { attribution } from "../../src/bot/render/attribution.js";
import { boldSpans, escapeHtml } from "../../src/bot/render/html.js";
import { parseTelegramHtml } from "../helpers/telegram-html.js";

const quote = (over: Partial<AttributedQuote>): AttributedQuote => ({
  text: "x",
  speakerId: "putin",
  speaker: "Vladimir Putin",
  role: "Russian President",
  paragraph: 2,
  voice: "reported",
  ...over,
});

describe("escapeHtml", () => {
  it("escapes & < > and double quotes, and nothing else", () => {
    expect(escapeHtml(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
  });

  it("makes any text valid Telegram HTML that shows the text unchanged", () => {
    const nasty = `<b>bold</b> & <script>alert("x")</script> &amp; </blockquote>`;
    const parsed = parseTelegramHtml(escapeHtml(nasty));
    expect(parsed.problems).toEqual([]);
    expect(parsed.text).toBe(nasty);
  });
});

describe("boldSpans", () => {
  it("bolds the spans and escapes around and inside them", () => {
    expect(boldSpans("a <b> & c", [{ start: 2, end: 5 }])).toBe("a <b>&lt;b&gt;</b> &amp; c");
  });

  it("skips overlapping spans instead of nesting bold", () => {
    const html = boldSpans("abcdef", [
      { start: 3, end: 5 },
      { start: 0, end: 4 },
    ]);
    expect(html).toBe("<b>abcd</b>ef");
    expect(parseTelegramHtml(html).problems).toEqual([]);
  });
});

describe("attribution", () => {
  it("names the speaker and role, says 'as reported' for paraphrase, and gives the paragraph", () => {
    expect(attribution(quote({}), textsIn("en"))).toBe(
      "— <b>Vladimir Putin</b>, Russian President · as reported · paragraph 2",
    );
  });

  it("credits the article for the author's own words about a speaker", () => {
    expect(attribution(quote({ voice: "article" }), textsIn("en"))).toBe(
      "— <b>the article's own words</b>, about <b>Vladimir Putin</b> · paragraph 2",
    );
  });

  it("credits only the article for its own narration", () => {
    expect(
      attribution(quote({ voice: "article", speakerId: "article", speaker: "The article" }), textsIn("en")),
    ).toBe("— <b>the article</b> · paragraph 2");
  });

  it("escapes names and roles", () => {
    expect(attribution(quote({ speaker: "A & B", role: "<role>" }), textsIn("en"))).toContain(
      "<b>A &amp; B</b>, &lt;role&gt;",
    );
  });
});

describe("the HTML checker used by the tests", () => {
  it("catches what Telegram would reject", () => {
    expect(parseTelegramHtml("<b>x</i>").problems).not.toEqual([]);
    expect(parseTelegramHtml("<b>x").problems).not.toEqual([]);
    expect(parseTelegramHtml("a < b").problems).not.toEqual([]);
    expect(parseTelegramHtml("a & b").problems).not.toEqual([]);
    expect(parseTelegramHtml("<u>x</u>").problems).not.toEqual([]);
    expect(parseTelegramHtml('<b class="x">x</b>').problems).not.toEqual([]);
    expect(parseTelegramHtml(`<b>${"x".repeat(4097)}</b>`).problems).not.toEqual([]);
    expect(parseTelegramHtml('<a href="https://t.me">x</a> &lt;&#39;&amp;').problems).toEqual([]);
  });
});
