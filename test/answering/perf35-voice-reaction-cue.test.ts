// perf35: asVoiceReaction and its Russian twin split a question into words only when a reaction word is there; they
// read every text as the full reading did (copied below as it was) and stay linear on long input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asRussianVoiceReaction, asVoiceReaction } from "../../src/answering/voice-reaction.js";
import { expectFast } from "../helpers/long-input.js";

const EN = {
  voices: [
    /^(?:putin|putin's|putins|vladimir)$/,
    /^(?:russia|russia's|russias|moscow|moscow's|kremlin|kremlin's|russian)$/,
  ],
  reaction:
    /^(?:reaction|reactions|response|responses|reply|take|view|views|stance|position|opinion|thoughts|comment|comments)$/,
  sides:
    /^(?:hamas|israel|israel's|israelis?|gaza|palestinians?|palestine|idf|war|conflict|fighting|violence|escalation)$/,
  glue: /^(?:and|&|vs|versus|v|the|on|re|plus|or|with|to|about|towards?|over|of|from|in|a|quick|short)$/,
  out: ["what does putin say about the conflict", "what is russia's position on the conflict"],
};
const RU = {
  voices: [/^(?:путин\p{L}*|владимир\p{L}*)$/u, /^(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|рф)$/u],
  reaction: /^(?:реакци\p{L}*|отклик\p{L}*|ответ|мнени\p{L}*|позици\p{L}*)$/u,
  sides:
    /^(?:хамас\p{L}*|израил\p{L}*|газ[аеуы]|газой|сектор\p{L}*|палестин\p{L}*|войн\p{L}*|конфликт\p{L}*|насили\p{L}*|эскалаци\p{L}*)$/u,
  glue: /^(?:и|а|vs|против|с|со|о|об|про|плюс|или|на|в|по|поводу|кратко|коротко|вкратце|короче)$/u,
  out: ["что путин говорит о конфликте", "какова позиция россии по конфликту"],
};

/** The reading before the cue: every short text lower-cased and split into words. */
function fullReading(text: string, k: typeof EN): string {
  const t = text.trim().replace(/[?!.]+$/u, "");
  if (t.length > 80 || /[?]/.test(t)) return text;
  const ws = t
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}'&]+/u)
    .filter((w) => w !== "");
  for (let v = 0; v < 2; v++) {
    const voice = k.voices[v]!;
    if (ws.length < 2 || ws.length > 8) break;
    const own = ws.some((w, i) => {
      if (!k.reaction.test(w)) return false;
      const after = ws[i + 1] ?? "";
      const afterOf = /^(?:of|from)$/.test(after) ? (ws[i + 2] ?? "") : after;
      return voice.test(ws[i - 1] ?? "") || voice.test(afterOf);
    });
    if (own && ws.every((w) => voice.test(w) || k.reaction.test(w) || k.sides.test(w) || k.glue.test(w)))
      return k.out[v]!;
  }
  return text;
}

const WORDS = [
  "Putin",
  "putin's",
  "KREMLIN",
  "russia",
  "hamas",
  "Israel",
  "gaza",
  "reaction",
  "RESPONSE",
  "take",
  "Views",
  "thoughts",
  "of",
  "from",
  "the",
  "and",
  "what",
  "taKe",
  "opİnion",
  "реакция",
  "РЕАКЦИЯ",
  "рёакция",
  "отвёт",
  "ответ",
  "мнёние",
  "позиция",
  "путина",
  "Путин",
  "кремля",
  "хамас",
  "израиль",
  "о",
];

describe("voice reaction's cue (perf35)", () => {
  it("reads every text as the full reading did", () => {
    for (const t of [
      "hamas israel putin reaction",
      "putin's response hamas israel",
      "kremlin reaction israel hamas",
      "хамас израиль реакция путина",
      "реакция кремля хамас израиль",
      "хамас израиль отвёт путина",
    ]) {
      expect(asVoiceReaction(t)).toBe(fullReading(t, EN));
      expect(asRussianVoiceReaction(t)).toBe(fullReading(t, RU));
    }
    expect(asVoiceReaction("hamas israel putin reaction")).toBe(EN.out[0]);
    expect(asRussianVoiceReaction("хамас израиль отвёт путина")).toBe(RU.out[0]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }),
        fc.constantFrom(" ", "  ", ", ", "? ", "-"),
        fc.constantFrom("", "?", "!"),
        (ws, sep, end) => {
          const t = ws.join(sep) + end;
          expect(asVoiceReaction(t)).toBe(fullReading(t, EN));
          expect(asRussianVoiceReaction(t)).toBe(fullReading(t, RU));
        },
      ),
      { numRuns: 4000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), (t) => {
        expect(asVoiceReaction(t)).toBe(fullReading(t, EN));
        expect(asRussianVoiceReaction(t)).toBe(fullReading(t, RU));
      }),
      { numRuns: 2000 },
    );
  });

  it("stays fast on long input", () => {
    expectFast(() => {
      for (const t of [`${"reactio ".repeat(5000)}x`, `${"реакци ".repeat(5000)}`, "take ".repeat(16)]) {
        asVoiceReaction(t);
        asRussianVoiceReaction(t);
      }
      const cue = /reaction|response|reply|take|view|stance|position|opinion|thoughts|comment/;
      expect(cue.test("reactio ".repeat(20000))).toBe(false);
    }, 200);
  });
});
