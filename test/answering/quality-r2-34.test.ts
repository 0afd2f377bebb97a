// quality-r2-34's kinds, in wordings of our own: a voice's reaction typed as bare keywords (both languages), and the
// US's own line with the warring sides (the article reports none: a refusal). Readers stay linear. The engine's
// figures are the probes' (probes-en70, probes-ru71).
import { describe, expect, it } from "vitest";
import { asRussianUsOwnLine, asUsOwnLine } from "../../src/answering/us-own-line.js";
import { asRussianVoiceReaction, asVoiceReaction } from "../../src/answering/voice-reaction.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `-${a.reason}`;
};

describe("quality-r2-34's readers", () => {
  it("reads a voice's reaction in keywords as what the voice says, not another party's reaction", () => {
    const putin = "what does putin say about the conflict";
    expect(asVoiceReaction("israel and gaza, putin's take")).toBe(putin);
    expect(asVoiceReaction("reaction from putin on the hamas israel war")).toBe(putin);
    expect(asVoiceReaction("putin response?")).toBe(putin);
    expect(asVoiceReaction("moscow reaction to the gaza fighting")).toBe(
      "what is russia's position on the conflict",
    );
    expect(asVoiceReaction("israel reaction to putin")).toBe("israel reaction to putin");
    expect(asVoiceReaction("putin reaction to the phone call")).toBe("putin reaction to the phone call");
    expect(asVoiceReaction("how did putin react")).toBe("how did putin react");
    expect(asRussianVoiceReaction("газа, израиль — отклик путина")).toBe("что путин говорит о конфликте");
    expect(asRussianVoiceReaction("кремль реакция на войну в газе")).toBe(
      "какова позиция россии по конфликту",
    );
    expect(asRussianVoiceReaction("реакция израиля на путина")).toBe("реакция израиля на путина");
  });
  it("reads the US's own line with the warring sides as its reaction, not US policy or a Russian voice's view", () => {
    expect(asUsOwnLine("and washington's stance toward both warring parties?")).toBe("how did the us react");
    expect(asUsOwnLine("how is america handling israel and hamas")).toBe("how did the us react");
    expect(asUsOwnLine("us policy toward the warring sides")).toBe("us policy toward the warring sides");
    expect(asUsOwnLine("does putin think the us approach to both sides failed")).toBe(
      "does putin think the us approach to both sides failed",
    );
    expect(asRussianUsOwnLine("какой подход у сша к враждующим сторонам")).toBe("как отреагировали сша");
    expect(asRussianUsOwnLine("как путин оценивает подход сша к обеим сторонам")).toBe(
      "как путин оценивает подход сша к обеим сторонам",
    );
  });
});

describe("the engine on quality-r2-34's kinds", () => {
  it.each([
    ["gaza hamas putin's reaction", /russia-position|putin-civilian-casualties|what-putin-wants/],
    ["putin take on the israel hamas war", /russia-position|putin-civilian-casualties|what-putin-wants/],
    ["kremlin response to israel vs hamas", /russia-position/],
    [
      "реакция путина на войну израиля с хамасом",
      /russia-position|putin-civilian-casualties|what-putin-wants/,
    ],
  ])("%s", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });
  it.each([
    ["hamas's reaction to putin", /-not-in-article/],
    ["washington's line on israel and hamas", /-not-in-article/],
    ["how does the white house treat the two warring sides", /-not-in-article/],
    ["как белый дом относится к воюющим сторонам", /-not-in-article/],
  ])("%s is refused", (q, reason) => {
    expect(entryOf(q)).toMatch(reason);
  });
});

describe("quality-r2-34's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    "putin reaction ".repeat(5),
    "hamas israel ".repeat(300),
    "реакция путина ".repeat(300),
    `white house line with ${"the ".repeat(3000)}`,
    `how does the us deal with ${"the two ".repeat(2000)}sides`,
    `сша ведёт себя с ${"воюющими ".repeat(2000)}`,
  ];
  it.each([
    ["voice reaction", asVoiceReaction],
    ["russian voice reaction", asRussianVoiceReaction],
    ["us own line", asUsOwnLine],
    ["russian us own line", asRussianUsOwnLine],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 500);
  });
});
