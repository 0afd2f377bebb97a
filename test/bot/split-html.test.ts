import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/bot/render/html.js";
import { htmlToPlainText, splitHtml, visibleLength } from "../../src/bot/render/split.js";
import { parseTelegramHtml } from "../helpers/telegram-html.js";

/** Any text a user or the knowledge base could produce: emoji (surrogate pairs), RTL, markup characters, breaks. */
const rawText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(" ", "\n", "\n\n", "&", "<", ">", '"', "😀", "مرحبا", "\u200f"),
      },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Telegram HTML as the renderer builds it: escaped text inside b, i, code, a and blockquote, never self-nested. */
function htmlOf(depth: number, inside: string[]): fc.Arbitrary<string> {
  const text = rawText.map(escapeHtml);
  if (depth === 0) return text;
  const tags = ["b", "i", "code", "a", "blockquote"].filter((t) => !inside.includes(t));
  const element = fc
    .constantFrom(...tags)
    .chain((tag) =>
      htmlOf(depth - 1, [...inside, tag]).map((body) =>
        tag === "a" ? `<a href="https://t.me/x?a=1&amp;b=2">${body}</a>` : `<${tag}>${body}</${tag}>`,
      ),
    );
  return fc.array(fc.oneof(text, element), { maxLength: 6 }).map((xs) => xs.join(""));
}

const anyHtml = fc
  .array(htmlOf(2, []), { minLength: 1, maxLength: 8 })
  .map((blocks) => blocks.join("\n\n"))
  .filter((html) => htmlToPlainText(html).trim() !== "");

const withoutWhitespace = (s: string) => s.replace(/\s+/g, "");
const hasLoneSurrogate = (s: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe("splitHtml", () => {
  it("returns a message that fits unchanged, in one part", () => {
    const html = "<b>Summary</b>\nShort &amp; sweet 😀";
    expect(splitHtml(html)).toEqual([html]);
  });

  it("counts as Telegram does: visible UTF-16 units after entities, not HTML characters", () => {
    expect(visibleLength("<b>a &amp; b</b>")).toBe(5);
    expect(visibleLength("😀&#x1F600;")).toBe(4);
    // 4,096 escaped "<" are 16,384 HTML characters but one full message.
    expect(splitHtml("&lt;".repeat(4096))).toHaveLength(1);
    expect(splitHtml("&lt;".repeat(4097))).toHaveLength(2);
  });

  it("splits between paragraphs (blocks) when they fit, packing as many as fit in each part", () => {
    const block = `<blockquote>${"x".repeat(1500)}</blockquote>`;
    const parts = splitHtml([block, block, block, block].join("\n\n"));
    expect(parts).toEqual([`${block}\n\n${block}`, `${block}\n\n${block}`]);
  });

  it("splits one long paragraph at spaces, closing and reopening the tags around the cut", () => {
    const words = Array.from({ length: 1200 }, (_, i) => `w${i}`).join(" ");
    const parts = splitHtml(`<blockquote><b>${words}</b></blockquote>`, 4096);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part).toMatch(/^<blockquote><b>w\d+( w\d+)*<\/b><\/blockquote>$/);
      expect(parseTelegramHtml(part).problems).toEqual([]);
    }
    expect(parts.map(htmlToPlainText).join(" ")).toBe(words);
  });

  it("cuts text with no spaces between characters, never inside a surrogate pair or an entity", () => {
    const html = "😀".repeat(2047) + "&amp;".repeat(10);
    const parts = splitHtml(html, 4095);
    expect(parts.join("")).toBe(html);
    for (const part of parts) expect(hasLoneSurrogate(htmlToPlainText(part))).toBe(false);
  });

  it("keeps a link's address when it reopens the link in the next part", () => {
    const parts = splitHtml(`<a href="https://t.me/x">${"word ".repeat(20)}</a>`, 30);
    for (const part of parts) expect(part.startsWith('<a href="https://t.me/x">')).toBe(true);
  });

  it("property: every part is valid Telegram HTML within the limit, and no character is lost or repeated", () => {
    fc.assert(
      fc.property(anyHtml, fc.integer({ min: 2, max: 300 }), (html, limit) => {
        expect(parseTelegramHtml(html).problems).toEqual([]);
        const parts = splitHtml(html, limit);
        for (const part of parts) {
          const parsed = parseTelegramHtml(part);
          expect(parsed.problems).toEqual([]);
          expect(parsed.text.length).toBeLessThanOrEqual(limit);
          expect(hasLoneSurrogate(parsed.text)).toBe(false);
        }
        const before = withoutWhitespace(htmlToPlainText(html));
        expect(withoutWhitespace(parts.map(htmlToPlainText).join(""))).toBe(before);
      }),
      { numRuns: 600 },
    );
  });

  it("property: paragraphs that fit are never cut", () => {
    const paragraph = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 60 })
      .map((s) => s.replace(/\s+/g, "_"))
      .filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 30 }), (paragraphs) => {
        const html = paragraphs.map(escapeHtml).join("\n\n");
        const parts = splitHtml(html, 128);
        const rejoined = parts.flatMap((p) => htmlToPlainText(p).split("\n\n"));
        expect(rejoined).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });

  // A guard against backtracking, not a speed target (that is `npm run bench`): a quadratic split of these inputs
  // takes minutes, a linear one milliseconds; 2 s leaves room for a loaded machine, as test/bot/linear-time.test.ts.
  it("is linear: a 100,000-character adversarial input splits in well under the backtracking guard", () => {
    for (const html of [
      "<".repeat(100_000),
      "<a".repeat(50_000),
      "&#1".repeat(33_000),
      "\n".repeat(100_000),
    ]) {
      const started = performance.now();
      splitHtml(html);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});

describe("htmlToPlainText", () => {
  it("drops tags and decodes entities, keeping text that only looks like markup", () => {
    expect(htmlToPlainText('<b>a &amp; b</b> &lt;i&gt; <a href="x">link</a> 1 < 2 & 3')).toBe(
      "a & b <i> link 1 < 2 & 3",
    );
  });
});
