import { serialize } from "node:v8";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asCallOrOmission } from "../../src/answering/call-and-omission.js";
import { asFightingOn } from "../../src/answering/fighting-on.js";
import { asksForecast } from "../../src/answering/future-outcome.js";
import { asPraiseOfUs } from "../../src/answering/praise-for.js";
import { asRoleOrMembership } from "../../src/answering/role-and-membership.js";
import { asVoicePoints } from "../../src/answering/voice-points.js";
import { latin1Viewer } from "../../src/lib/latin1-view.js";

/** V8's serialiser tags a one-byte string '"' and a two-byte one 'c'. */
const oneByte = (s: string) => serialize(s)[2] === 0x22;

/** Every match as exec reports it: index, and each capture's position-free shape (its length, or undefined). */
function shapeOf(re: RegExp, subject: string): unknown {
  const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  return [...subject.matchAll(global)].map((m) => [m.index, [...m].map((g) => g?.length)]);
}

/** View-safe pattern pieces (ASCII, no u flag): literals, classes and their negations, \b, \s, `.`, captures. */
const atom = fc.constantFrom(
  "a",
  "the",
  " ",
  "\\s",
  "\\s+",
  "\\S+",
  "\\w+",
  "\\W",
  "\\b",
  ".",
  ".*?",
  "[^?]{0,5}",
  "[a-z]+",
  "[^a-z ]",
  "(\\S+)",
  "(.+?)",
  "(?:a|the)?",
  "\\d",
  "\\D",
  "$",
  "^",
  "(?=\\s)",
  "(?<!\\w)",
  "[-'.]",
);
const pattern = fc
  .tuple(fc.array(atom, { minLength: 1, maxLength: 6 }), fc.constantFrom("", "i", "g", "gi", "m"))
  .map(([parts, flags]) => new RegExp(parts.join(""), flags));
/** Text mixing ASCII, Latin-1, Cyrillic, typographic punctuation, an emoji and other wide letters. */
const text = fc
  .array(
    fc.constantFrom(
      "a",
      "the",
      " ",
      "?",
      "5",
      "é",
      "\xa0",
      "\u0434",
      "\u0414",
      "\u2013",
      "\u2019",
      "😀",
      "ğ",
      "\u03bc",
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(""));

describe("latin1Viewer", () => {
  it("makes text with characters above U+00FF one-byte, each of them U+0080", () => {
    const view = latin1Viewer([/x/]);
    const viewed = view("did putin say about \u0441\u0448\u0430 \u2013 ok");
    expect(viewed).toBe("did putin say about \x80\x80\x80 \x80 ok");
    expect(oneByte(viewed)).toBe(true);
    expect(view("plain")).toBe("plain");
  });

  it("passes on as it is text with whitespace above U+00FF or a character a pattern names", () => {
    const view = latin1Viewer([/erdo[gğ]an/i]);
    for (const t of ["a\u2009b \u0434", "a\u2028b \u0434", "erdoğan \u0434", "ERDOĞAN \u0434"])
      expect(view(t)).toBe(t);
    expect(view("erdogan \u0434")).toBe("erdogan \x80");
  });

  it("refuses patterns it would not be exact for", () => {
    for (const re of [/a/u, /\u0434/, /\x80/, /\p{L}/u, /(a)\1/, /\k<x>(?<x>a)/, /[\xa0-\xff]/])
      expect(() => latin1Viewer([re])).toThrow(/not view-safe/);
  });

  it("keeps every view-safe pattern's matches: same places, lengths and captures' lengths", () => {
    fc.assert(
      fc.property(pattern, text, (re, t) => {
        const view = latin1Viewer([re]);
        expect(shapeOf(re, view(t))).toEqual(shapeOf(re, t));
        expect(re.flags.includes("g") ? true : re.test(view(t))).toBe(
          re.flags.includes("g") ? true : re.test(t),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("the readers that use it read text with an en dash, a curly quote or a Russian word as before", () => {
    // What each reader made of these before it used the view (main 77bc4c6's build, run by hand).
    const ru = "\u0441\u0448\u0430";
    const rows: [string, string, boolean, string][] = [
      // question, asCallOrOmission, asksForecast, asPraiseOfUs (asFightingOn keeps all of them as they are)
      ["so did putin meet erdogan in person \u2013 in ankara", "", false, ""],
      ["did putin and erdo\u011fan meet face to face", "who did putin call", false, ""],
      [`what didn't putin mention \u2013 ${ru}`, "what did putin not mention", false, ""],
      [
        "does russia talk to both sides \u2013 israel and hamas",
        "does the kremlin communicate with both warring sides",
        false,
        "",
      ],
      [`what did peskov say about ${ru}`, "", false, ""],
      [
        "did putin say the us is doing a great job \u2013 lol",
        "",
        false,
        "what does putin say about the united states",
      ],
      [
        "will the ceasefire hold \u2013 \u0447\u0442\u043e \u0434\u0443\u043c\u0430\u0435\u0448\u044c?",
        "",
        true,
        "",
      ],
      ["what\u2019s putin\u2019s stance on the israel\u2013hamas war?", "", false, ""],
    ];
    for (const [question, call, forecast, praise] of rows) {
      expect(asCallOrOmission(question)).toBe(call || question);
      expect(asksForecast(question)).toBe(forecast);
      expect(asPraiseOfUs(question)).toBe(praise || question);
      expect(asFightingOn(question)).toBe(question);
    }
    // asVoicePoints: the topic after the match is the question's own text, wide characters and all
    const voicePoints: [string, string][] = [
      ["putin\u2019s main messages about \u0441\u0448\u0430?", "what did putin say about \u0441\u0448\u0430"],
      [
        "sum up what peskov said on the \u0445\u0430\u043c\u0430\u0441 \u2013 question",
        "what did peskov say on the \u0445\u0430\u043c\u0430\u0441 \u2013 question",
      ],
      ["key points putin makes \u2013 \u043a\u0440\u0430\u0442\u043a\u043e", "what did putin say"],
      [
        "\u0447\u0442\u043e \u0441\u043a\u0430\u0437\u0430\u043b putin\u2019s main points",
        "what did putin say",
      ],
    ];
    for (const [question, read] of voicePoints) expect(asVoicePoints(question)).toBe(read);
    // asRoleOrMembership, the same way
    const roles: [string, string][] = [
      ["is peskov the russian president \u2013 \u0434\u0430?", ""],
      ["is erdo\u011fan the turkish president", ""],
      ["is japan part of the quartet \u2013 or not", ""],
      ["is \u043f\u0443\u0442\u0438\u043d in the quartet", ""],
      ["is peskov really the kremlin\u2019s spokesman", "who is peskov"],
      ["erdogan runs iran, doesn\u2019t he", "who is erdogan"],
    ];
    for (const [question, read] of roles) expect(asRoleOrMembership(question)).toBe(read || question);
  });
});
