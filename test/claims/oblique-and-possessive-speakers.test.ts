// claims-r2-34: people and bodies the article never names, in an oblique case or a possessive ("Zakharova's
// ministry", «Шойгу известно», «заместитель Лаврова»), unnamed sources, a body of several words ("the Gulf
// Cooperation Council"), chat "bc" as "because". Claims written for this test (none from a set), and every new
// pattern on long input.
import { describe, expect, it } from "vitest";
import { readThroughTypos } from "../../src/claims/chat-typos.js";
import { parseRussianFrame } from "../../src/claims/russian-frames.js";
import { parseFrame } from "../../src/claims/words.js";
import { check, expectVerdicts } from "../helpers/claims.js";
import { expectEachInputFast } from "../helpers/long-input.js";

describe("a possessor or an oblique case the article never names", () => {
  it("makes the speaker someone else: misattributed, never confirmed", () => {
    expectVerdicts([
      [
        "Zakharova's ministry stresses coordinating regional players to stabilize the situation",
        "misattributed",
      ],
      [
        "Iran's foreign ministry stresses the importance of direct Palestinian-Israeli dialogue",
        "misattributed",
      ],
      ["Macron's spokesman said the Kremlin seeks to assist in finding a settlement", "misattributed"],
      ["the foreign ministry of Lavrov stresses coordinating regional players", "misattributed"],
      [
        "in Guterres's words, the Kremlin maintains open communication with both warring sides",
        "misattributed",
      ],
      ["Шойгу известно, что Кремль поддерживает открытую связь с обеими воюющими сторонами", "misattributed"],
      ["у Небензи нет сомнений, что Вашингтон монополизирует мирные усилия", "misattributed"],
      ["Лаврову понятно, что палестинцам нужно независимое государство", "misattributed"],
      ["заместитель Лаврова подчеркнул важность прямого палестино-израильского диалога", "misattributed"],
      [
        "советник Путина подчеркнул настоятельную необходимость немедленного прекращения огня",
        "misattributed",
      ],
    ]);
  });

  it("the article's own speakers keep their verdict", () => {
    expectVerdicts([
      [
        "Russia's foreign ministry stresses coordinating regional players to stabilize the situation",
        "paraphrase",
      ],
      ["in Peskov's words the Kremlin seeks to assist in finding a settlement", "paraphrase"],
      ["Путину понятно, что палестинцам нужно независимое государство", "paraphrase"],
      ["у Путина нет сомнений, что Вашингтон монополизирует мирные усилия", "paraphrase"],
    ]);
  });

  it("reads the frame of a possessive and of an oblique case", () => {
    expect(parseFrame("in Guterres's view, the crisis may spread").name).toBe("Guterres");
    expect(parseRussianFrame("Шойгу известно, что кризис растёт").name).toBe("Шойгу");
    expect(parseRussianFrame("у Шойгу нет сомнений, что кризис растёт").name).toBe("Шойгу");
  });
});

describe("sources and bodies no one names", () => {
  it("are misattributed, a Kremlin source too, and Russian officials (claims35)", () => {
    expectVerdicts([
      ["anonymous sources say Putin emphasized the urgent need for an immediate ceasefire", "misattributed"],
      ["a senior official said the Kremlin seeks to assist in finding a settlement", "misattributed"],
      ["Kremlin insiders say Moscow strives to present itself as an impartial mediator", "misattributed"],
      ["анонимные источники сообщили, что Кремль поддерживает связь с обеими сторонами", "misattributed"],
      ["the Gulf Cooperation Council urged an immediate ceasefire", "misattributed"],
      [
        "the organisation of islamic cooperation expressed deep concern over civilian casualties",
        "misattributed",
      ],
    ]);
    // claims35: Russian officials too (were left here; confirmed word for word on base35).
    expect(
      check("Russian officials say the Kremlin maintains open communication with both warring sides").verdict,
    ).toBe("misattributed");
    // A body the article names keeps the first reading's verdict.
    expect(check("the European Union expressed deep concern over civilian casualties").verdict).toBe(
      "altered",
    );
  });
});

describe("chat 'bc' as 'because'", () => {
  it("is a cause like 'because': one the passage never gives alters it", () => {
    expect(readThroughTypos("us policy failed bc it ignored israel", () => [])).toBe(
      "us policy failed because it ignored israel",
    );
    expect(readThroughTypos("BC 400", () => [])).toBe("BC 400");
    expectVerdicts([["Putin says US policy failed cuz it overlooked Israel's security", "altered"]]);
  });
});

describe("the new readings on long input", () => {
  it("stay linear (4096 characters of near misses)", () => {
    const inputs = [
      `${"Lavrov's ".repeat(500)}ministry stresses`.slice(0, 4096),
      `in ${"Lavrov ".repeat(600)}'s words, the kremlin`.slice(0, 4096),
      `the ${"arab ".repeat(800)}league voiced`.slice(0, 4096),
      `the ${"gulf cooperation ".repeat(250)}council said`.slice(0, 4096),
      `a ${"senior ".repeat(600)}source said`.slice(0, 4096),
      `${"unnamed kremlin ".repeat(280)}sources say`.slice(0, 4096),
      `у ${"Лаврова ".repeat(500)}нет сомнений, что`.slice(0, 4096),
      `${"Лаврову ".repeat(500)}известно`.slice(0, 4096),
      `команда ${"лаврова ".repeat(500)}подчёркивает`.slice(0, 4096),
      `putin says ${"bc ".repeat(1300)}it`.slice(0, 4096),
    ];
    expectEachInputFast(
      (input) => {
        check(input);
        parseFrame(input);
        parseRussianFrame(input);
        readThroughTypos(input, () => []);
      },
      inputs,
      2000,
    );
  });
});
