// claims33 (session 33)'s kinds: Russian paraphrases in words of their own (a deed done alone, a compromise
// sought, what suits both sides, a dialogue started, a number that grows or falls: russian-paraphrase.ts); the
// contrary of a deed in its own passage («недостаточное участие» of monopolizing, «пока рано» of the urgent need:
// contrary-deeds.json, contrary-deed.ts); an order in time with nothing close enough for a span (order-reversed.ts);
// "the us" typed in lower case (chat-typos.ts); a silent party's blame of another party (silent-speaker.ts); a
// refused cooperation the passage never states (refused-news.ts). Claims written for this test.
import { describe, expect, it } from "vitest";
import { check, expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";
import { expectEachInputFast } from "../helpers/long-input.js";

describe("Russian paraphrases in words of their own", () => {
  it("line up with the translation's words", () => {
    expectVerdicts([
      ["Путин раскритиковал США за то, что они в одиночку взялись за мирный процесс", "paraphrase"],
      ["По мнению Путина, Вашингтон присвоил себе мирные усилия и не искал компромиссов", "paraphrase"],
      [
        "Путин критикует Вашингтон за монополизацию мирных усилий без поиска компромиссов, устраивающих обе стороны",
        "paraphrase",
      ],
      ["МИД России добивается, чтобы израильтяне и палестинцы начали прямой диалог", "paraphrase"],
      ["Путин выразил тревогу из-за того, что мирных жертв становится всё больше", "paraphrase"],
    ]);
  });

  it("keep a reversal, a dropped negation and a falling number altered", () => {
    expectVerdicts([
      ["Путин похвалил США за то, что они в одиночку взялись за мирный процесс", "altered"],
      ["Путин критикует Вашингтон за то, что тот искал компромиссы, приемлемые для обеих сторон", "altered"],
      ["Путин говорит, что мирных жертв становится всё меньше", "altered"],
    ]);
    expectNoneConfirmed([
      "МИД России не хочет, чтобы израильтяне и палестинцы начали прямой диалог",
      "Путин считает, что мирных жертв стало меньше",
    ]);
  });
});

describe("the contrary of a deed in words that share nothing with it", () => {
  it("is altered, also when the rest lined up as a paraphrase", () => {
    expectVerdicts([
      ["Путин критикует США за недостаточное участие в мирных усилиях", "altered"],
      ["Путин считает, что Вашингтон почти не участвовал в мирном процессе", "altered"],
      ["Putin said Washington did too little for the peace efforts", "altered"],
      ["Путин сказал Эрдогану, что с прекращением огня пока рано", "altered"],
      ["Путин заявил, что перемирие было бы преждевременным", "altered"],
    ]);
  });
});

describe("an order in time of what the passage coordinates", () => {
  it("is altered even when nothing lines up closely enough for a span", () => {
    const v = check("putin thinks a ceasefire may come only once the negotiation process has ended");
    expect(v.verdict).toBe("altered");
    expect(v.span?.paragraph).toBe(2);
  });
});

describe("the US typed in lower case after 'the'", () => {
  it("is the country, not the pronoun", () => {
    expectVerdicts([
      ["putin blamed the us for ignoring what palestinians hope for", "paraphrase"],
      ["peskov blamed the us for ignoring what palestinians hope for", "misattributed"],
    ]);
  });
});

describe("a party the article never gives words to", () => {
  it("blaming another party than the passage's is not in the article; the passage's own words stay misattributed", () => {
    expectVerdicts([
      ["Erdogan blamed Hamas for the escalation", "not-in-article"],
      ["Erdogan criticized Israel over the violence", "not-in-article"],
      ["Erdogan blamed the United States for its failed Middle East policy", "misattributed"],
      ["Putin blamed Hamas for the escalation", "altered"],
    ]);
  });
});

describe("a refused cooperation the passage never states", () => {
  it("is news; a member leaving and a speaker's denial stay altered", () => {
    expectVerdicts([
      ["США отказались сотрудничать с Россией в «квартете»", "not-in-article"],
      ["Washington stopped cooperating with Moscow inside the Quartet", "not-in-article"],
      ["Россия вышла из «квартета»", "altered"],
      ["Путин не обсуждал с Эрдоганом прекращение огня", "altered"],
      ["Кремль отказался от любых контактов с Израилем", "altered"],
    ]);
  });
});

describe("the new readings on long input", () => {
  it("stay linear (4096 characters of near misses)", () => {
    const inputs = [
      `Путин ${"единолично ".repeat(370)}взялся`.slice(0, 4096),
      `Путин ${"в одиночку ".repeat(370)}вели`.slice(0, 4096),
      `США не ${"пытались ".repeat(450)}найти компромисс`.slice(0, 4096),
      `компромисс ${"которые бы ".repeat(370)}устроили обе стороны`.slice(0, 4096),
      `МИД ${"начали ".repeat(580)}вести диалог`.slice(0, 4096),
      `жертв ${"становится ".repeat(370)}меньше`.slice(0, 4096),
      `Putin said the US ${"did ".repeat(1000)}little`.slice(0, 4096),
      `a ceasefire ${"only ".repeat(800)}after talks`.slice(0, 4096),
      `putin blamed ${"the ".repeat(1000)}us`.slice(0, 4096),
      `США отказались ${"с ".repeat(2000)}Россией`.slice(0, 4096),
    ];
    expectEachInputFast(check, inputs, 2000);
  });
});
