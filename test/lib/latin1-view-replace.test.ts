import { serialize } from "node:v8";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseWords } from "../../src/answering/normalise.js";
import { asPlainQuestion } from "../../src/answering/plain-question.js";
import { withoutBrevityChatter, withoutHurry } from "../../src/answering/summary-chatter.js";
import { withoutSummaryStyle } from "../../src/answering/summary-style.js";
import { asTopicBrief } from "../../src/answering/topic-brief.js";
import { joined, latin1Viewer, narrowed, replaceOnView } from "../../src/lib/latin1-view.js";

/** V8's serialiser tags a one-byte string '"' and a two-byte one 'c'. */
const oneByte = (s: string) => serialize(s)[2] === 0x22;

/** View-safe patterns (ASCII, no u flag) with and without captures, global or not. */
const pattern = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        "a",
        "the",
        " ",
        "\\s+",
        "\\w+",
        "(\\w+)",
        "(.+?)",
        "(\\S+)",
        "\\b",
        "(?:a|the)?",
        "$",
        "^",
        "x*",
      ),
      { minLength: 1, maxLength: 5 },
    ),
    fc.constantFrom("", "i", "g", "gi"),
  )
  .map(([parts, flags]) => new RegExp(parts.join(""), flags));
const text = fc
  .array(fc.constantFrom("a", "the", " ", "x", "é", "\x80", "\u0434", "\u2013", "\u2019", "😀"), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));
const replacement = fc.constantFrom("", " ", "<$1>", "$1 says", "$1$2", "[$3]");

describe("replaceOnView", () => {
  it("replaces as String.prototype.replace does on the text itself", () => {
    fc.assert(
      fc.property(pattern, text, replacement, (re, t, r) => {
        const view = latin1Viewer([re]);
        expect(replaceOnView(t, view(t), re, r)).toBe(t.replace(re, r));
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("cuts the text around a match from the text itself", () => {
    const view = latin1Viewer([/\bno waffle\b/g]);
    const t = "gist \u2013 no waffle \u043f\u043b\u0437";
    expect(replaceOnView(t, view(t), /\bno waffle\b/g, " ")).toBe("gist \u2013   \u043f\u043b\u0437");
  });

  it("takes no $ form but $1..$9", () => {
    const view = latin1Viewer([/a/]);
    expect(() => replaceOnView("a \u2013", view("a \u2013"), /a/, "$&")).toThrow(/only \$1/);
  });
});

describe("narrowed", () => {
  it("holds text without characters above U+00FF one byte a character, the same text", () => {
    const held = "what\u2019s up".replace("\u2019", "'");
    expect(oneByte(held)).toBe(false);
    expect(narrowed(held)).toBe("what's up");
    expect(oneByte(narrowed(held))).toBe(true);
    expect(narrowed("caf\u00e9 \u0434")).toBe("caf\u00e9 \u0434");
  });

  it("normaliseWords gives one-byte words, joined one-byte as the analysis joins them, for text left without wide characters", () => {
    for (const q of [
      "what\u2019s putin\u2019s stance on gaza",
      "who is putin",
      "caf\u00e9 au lait for putin now",
    ]) {
      const words = normaliseWords(q);
      expect(words.every(oneByte)).toBe(true);
      // As the analysis joins them (lexicon-analysis.ts): Array.prototype.join reads a word another test made a
      // property key (a thin string) as two-byte, so `words.join` depended on what ran before in a shared worker.
      expect(oneByte(joined(words, " "))).toBe(true);
    }
  });
});

describe("the readers on the view", () => {
  it("read text with an en dash, a curly quote or a Russian word as before", () => {
    // What each reader made of these before it used the view (main 6fd82e7's build, run by hand): question,
    // asPlainQuestion, asTopicBrief, withoutSummaryStyle, withoutHurry, withoutBrevityChatter ("" = as it came).
    const rows: [string, string, string, string, string, string][] = [
      [
        "which president did putin have a call with \u2013 erdo\u011fan?",
        "who did putin call",
        "",
        "",
        "",
        "",
      ],
      [
        "how come the piece calls russia\u2019s role \u2013 \u0441\u043f\u043e\u0440\u043d\u043e\u0439",
        "the piece says russia's role \u2013 \u0441\u043f\u043e\u0440\u043d\u043e\u0439",
        "",
        "",
        "how come the piece calls russia s role \u2013 \u0441\u043f\u043e\u0440\u043d\u043e\u0439",
        "",
      ],
      [
        "what does the kremlin think should be done \u2013 now",
        "what does the kremlin want \u2013 now",
        "",
        "",
        "",
        "",
      ],
      [
        "does russia back both sides or only one \u2013 \u0434\u0430",
        "does russia back both sides \u2013 \u0434\u0430",
        "",
        "",
        "",
        "",
      ],
      [
        "summarise \u043f\u0443\u0442\u0438\u043d\u2019s position in two sentences",
        "",
        "what about \u043f\u0443\u0442\u0438\u043d\u2019s position",
        "",
        "summarise \u043f\u0443\u0442\u0438\u043d s position in two sentences",
        "",
      ],
      [
        "recap of what the foreign ministry said \u2013 quickly",
        "",
        "what the foreign ministry said \u2013 quickly",
        "",
        "",
        "recap of what the foreign ministry said \u2013  ",
      ],
      ["what is said about erdo\u011fan in the piece", "", "what about erdo\u011fan", "", "", ""],
      [
        "how does the story describe the israel\u2013hamas war",
        "",
        "what about the israel\u2013hamas war",
        "",
        "",
        "",
      ],
      [
        "is this article about \u0443\u043a\u0440\u0430\u0438\u043d\u0430?",
        "",
        "what is this article about",
        "",
        "",
        "",
      ],
      [
        "the gist of the gaza \u2013 israel bit like a tweet",
        "",
        "what about the gaza \u2013 israel",
        "the gist of the gaza \u2013 israel bit  ",
        "",
        "the gist of the gaza \u2013 israel bit  ",
      ],
      [
        "give me the tl;dr like a text message to my \u0431\u0430\u0431\u0443\u0448\u043a\u0430",
        "",
        "what about to my \u0431\u0430\u0431\u0443\u0448\u043a\u0430",
        "give me the tl;dr   to my \u0431\u0430\u0431\u0443\u0448\u043a\u0430",
        "",
        "give me the tl;dr   to my \u0431\u0430\u0431\u0443\u0448\u043a\u0430",
      ],
      [
        "i\u2019ve got 30 seconds before my meeting \u2013 gist pls, no waffle",
        "",
        "",
        "",
        "i ve   \u2013 gist pls, no waffle",
        "i\u2019ve   \u2013 gist pls,  ",
      ],
      [
        "in telegram style, STOP included \u2014 \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430",
        "",
        "",
        " ,   \u2014 \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430",
        "in telegram style, stop included \u2014 \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430",
        " ,   \u2014 \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430",
      ],
      [
        "sum up \u00e9t\u00e9 \u2019s gaza stuff",
        "",
        "what about \u00e9t\u00e9 \u2019s gaza",
        "",
        "sum up \u00e9t\u00e9  s gaza stuff",
        "",
      ],
    ];
    for (const [q, plain, brief, style, hurry, chatter] of rows) {
      expect(asPlainQuestion(q)).toBe(plain || q);
      expect(asTopicBrief(q)).toBe(brief || q);
      expect(withoutSummaryStyle(q)).toBe(style || q);
      expect(withoutHurry(q)).toBe(hurry || q);
      expect(withoutBrevityChatter(q)).toBe(chatter || q);
    }
  });
});

describe("joined", () => {
  it("joins as Array.prototype.join, one-byte where every part is, thin strings included", () => {
    const words = ["who", "is", "putin"].map((w) => `${w} `.trim());
    const table: Record<string, number> = { is: 1 };
    expect(table[words[1]!]).toBe(1); // a property key: "is" is internalised, left a thin string
    expect(joined(words, " ")).toBe(words.join(" "));
    expect(oneByte(joined(words, " "))).toBe(true);
    expect(joined([], " ")).toBe("");
    expect(joined(["a"], "+")).toBe("a");
    expect(joined(["\u0434", "b"], "-")).toBe("\u0434-b");
  });

  it("normaliseWords holds the words of text with an en dash one-byte", () => {
    const words = normaliseWords("What's Putin's stance on the Israel\u2013Hamas war?");
    expect(words).toContain("hamas");
    expect(words.every(oneByte)).toBe(true);
  });
});
