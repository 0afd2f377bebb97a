import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ButtonAction,
  buttonLanguage,
  decodeButton,
  encodeButton,
  MAX_CALLBACK_BYTES,
  SUMMARY_SIZES,
} from "../../src/bot/keyboards/callback-data.js";

const id = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/).filter((s) => s !== "all");
const action: fc.Arbitrary<ButtonAction> = fc.oneof(
  id.map((entryId) => ({ kind: "answer" as const, entryId })),
  fc.tuple(id, fc.integer({ min: 0, max: 99 })).map(([entryId, quoteIndex]) => ({
    kind: "source" as const,
    entryId,
    quoteIndex,
  })),
  fc.constant({ kind: "summary" as const }),
  fc
    .constantFrom("short" as const, "long" as const)
    .map((length) => ({ kind: "summary-length" as const, length })),
  fc.constantFrom(...SUMMARY_SIZES).map((size) => ({ kind: "summary-size" as const, size })),
  fc.option(id, { nil: null }).map((speakerId) => ({ kind: "quotes" as const, speakerId })),
  fc.constantFrom("en", "ru").map((lang) => ({ kind: "language" as const, lang })),
);

describe("callback data", () => {
  it("round-trips every action, prefixed with the version, within 64 bytes", () => {
    fc.assert(
      fc.property(action, (a) => {
        const data = encodeButton(a);
        expect(data.startsWith("v1:")).toBe(true);
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
        expect(decodeButton(data)).toEqual(a);
      }),
    );
  });

  it("has the documented short forms", () => {
    expect(encodeButton({ kind: "answer", entryId: "ceasefire-call" })).toBe("v1:a:ceasefire-call");
    expect(encodeButton({ kind: "source", entryId: "ceasefire-call", quoteIndex: 1 })).toBe(
      "v1:src:ceasefire-call:1",
    );
    expect(encodeButton({ kind: "summary-length", length: "long" })).toBe("v1:sum:long");
    expect(encodeButton({ kind: "quotes", speakerId: null })).toBe("v1:q:all");
    expect(encodeButton({ kind: "summary-size", size: "bullets" })).toBe("v1:sz:bullets");
  });

  it("refuses to make data longer than Telegram allows", () => {
    expect(() => encodeButton({ kind: "answer", entryId: "x".repeat(62) })).toThrow(/64/);
  });

  it("decodes only what it made: anything else is null (an expired button)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (data) => {
        const decoded = decodeButton(data);
        if (decoded !== null) expect(encodeButton(decoded)).toBe(data);
      }),
    );
    for (const data of [
      "v2:a:x",
      "v1:a:",
      "v1:a:UPPER",
      "v1:src:x:",
      "v1:src:x:123",
      "v1:q:",
      "v1:sum:",
      undefined,
    ]) {
      expect(decodeButton(data)).toBeNull();
    }
  });
});

describe("the language a button carries", () => {
  it("round-trips with any action: the action unchanged, the card's language beside it", () => {
    fc.assert(
      fc.property(action, fc.constantFrom("ru", "en"), (a, lang) => {
        const data = encodeButton(a, lang);
        expect(data.endsWith(`@${lang}`)).toBe(true);
        expect(decodeButton(data)).toEqual(a);
        expect(buttonLanguage(data)).toBe(lang);
        expect(buttonLanguage(encodeButton(a))).toBeNull();
      }),
    );
  });

  it("is read only from data this version made", () => {
    expect(buttonLanguage("v1:a:ceasefire-call@ru")).toBe("ru");
    expect(buttonLanguage("v0:a:ceasefire-call@ru")).toBeNull();
    expect(buttonLanguage("v1:a:ceasefire-call@russian")).toBeNull();
    expect(decodeButton("v1:a:ceasefire-call@russian")).toBeNull();
    expect(buttonLanguage(undefined)).toBeNull();
  });
});
