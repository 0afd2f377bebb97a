// claims36: a whole or "every time" put on what the passage says once, a time or a count of years the article never
// gives, a cause said the other way round, the sole broker of peace, «стоит и дальше», «правда что …?» and the name
// forms of the speakers' table (Poutine, name and patronymic). Claims written for this test (none from a set), and
// every new pattern on long input.
import { describe, expect, it } from "vitest";
import { addedFrequencies } from "../../src/claims/added-frequency.js";
import { withoutDoubtFrame } from "../../src/claims/doubt-frame.js";
import { joinPhrasalVerbs } from "../../src/claims/phrasal.js";
import { addedWhole, reversedCause } from "../../src/claims/quantity-and-cause.js";
import { readRussianParaphrase } from "../../src/claims/russian-paraphrase.js";
import { addedEveryTime } from "../../src/claims/scope.js";
import { check, expectVerdicts } from "../helpers/claims.js";
import { expectEachInputFast } from "../helpers/long-input.js";

describe("a whole or every time put on what the passage says once", () => {
  it("is altered, never confirmed", () => {
    expectVerdicts([
      ["Putin thinks each American policy in the Middle East has failed", "altered"],
      ["Путин считает, что каждая политика США на Ближнем Востоке провалилась", "altered"],
      ["Whenever Washington monopolizes peace efforts, Putin criticizes it", "altered"],
      ["Путин каждый раз критикует Вашингтон за монополизацию мирных усилий", "altered"],
      ["Кремль на связи со всеми воюющими сторонами", "altered"],
    ]);
  });

  it("leaves the passage's own whole and chat emphasis", () => {
    const passage = "the interests and aspirations of all parties involved";
    expect(addedWhole("the interests of every party", passage)).toBeNull();
    expect(
      addedWhole("all the civilians dying in Gaza", "the rising number of civilian casualties"),
    ).toBeNull();
    expect(addedWhole("it is not clear at all", "it is not clear")).toBeNull();
    expect(addedWhole("each of the warring sides", "with both warring sides")).toBeNull();
    expect(addedWhole("all US policies", "its failed policy")?.claimed).toBe("all");
    // A verb after it makes a pronoun (dialogues-own74 o74-15#2 «то есть американцы всё провалили?» wants Yes).
    expect(addedWhole("американцы все провалили", "провальную политику")).toBeNull();
    expect(addedWhole("the Americans all failed", "its failed policy")).toBeNull();
    expect(addedEveryTime("Putin objects each time", "Putin criticizes")?.claimed).toBe("each time");
  });
});

describe("a time moved or a count of years the article never gives", () => {
  it("is altered", () => {
    expectVerdicts([
      ["Russia has been part of the Quartet for fifteen years", "altered"],
      ["Россия входит в квартет уже десять лет", "altered"],
      ["The Kremlin said two years ago it was ready to help reach a settlement", "altered"],
      ["вчера Песков подтвердил, что Кремль стремится играть конструктивную роль", "altered"],
    ]);
  });

  it("leaves the article's long-standing ties ('for many years')", () => {
    expect(addedFrequencies("ties with the Palestinians for many years", "").found).toEqual([]);
    expect(addedFrequencies("Russia left the Quartet last year", "").found).toEqual(["last year"]);
  });
});

describe("a cause said the other way round", () => {
  it("the passage's effect made the cause is altered; the passage's own order is left", () => {
    expectVerdicts([
      ["Many former Russian citizens live in Israel because Russia shares common ground with it", "altered"],
      ["Russia shares common ground with Israel since many former Russian citizens live there", "paraphrase"],
      [
        "Россия имеет точки соприкосновения с Израилем из-за проживающих там бывших граждан России",
        "paraphrase",
      ],
    ]);
    const passage =
      "it also shares common ground with Israel due to the number of former Russian citizens residing there";
    expect(
      reversedCause("Russia shares common ground with Israel because of its former citizens", passage),
    ).toBeNull();
  });
});

describe("a second clause, a question, a wish and the speakers' name forms", () => {
  it("a false second clause joined by and / и alters a true first one", () => {
    expectVerdicts([
      ["The Kremlin talks to both warring sides and has cut ties with Israel", "altered"],
      ["Россия входит в квартет и руководит им", "altered"],
    ]);
  });

  it("«правда что …?» is a question of doubt, read without it", () => {
    expect(withoutDoubtFrame("правда что песков это сказал?")).toBe("песков это сказал");
    expectVerdicts([
      ["правда что путин критикует вашингтон за монополизацию мирных усилий?", "paraphrase"],
      ["а правда что песков выразил глубокую обеспокоенность гибелью мирных жителей?", "misattributed"],
    ]);
  });

  it("the sole broker of peace is the monopoly; «стоит и дальше» a wish to go on", () => {
    expect(joinPhrasalVerbs("to remain the only broker of peace")).toBe("to monopolize peace efforts");
    expect(readRussianParaphrase("США стоит и дальше монополизировать")).toBe(
      "США нужно и дальше монополизировать",
    );
    expectVerdicts([
      ["Putin wants the US to stay the sole mediator in the Middle East", "altered"],
      ["Путин считает, что США следует и впредь монополизировать мирный процесс", "altered"],
    ]);
  });

  it("name forms of the speakers' table are the speaker, another name with a first name is not", () => {
    expectVerdicts([
      ["Vladimir Poutine criticizes Washington for monopolizing peace efforts", "paraphrase"],
      ["Vladimir Vladimirovich emphasized the urgent need for an immediate ceasefire", "paraphrase"],
      [
        "Песков Дмитрий Сергеевич подтверждает, что Кремль стремится помочь в поиске урегулирования",
        "paraphrase",
      ],
      ["Vladimir Zhirinovsky criticizes Washington for monopolizing peace efforts", "misattributed"],
    ]);
  });
});

describe("the new readings on long input", () => {
  it("stay linear (4096 characters of near misses)", () => {
    const inputs = [
      `Putin says ${"all ".repeat(1000)}policies`.slice(0, 4096),
      `${"every ".repeat(700)}time`.slice(0, 4096),
      `Кремль ${"всеми ".repeat(700)}сторонами`.slice(0, 4096),
      `${"because of ".repeat(400)}it, so`.slice(0, 4096),
      `${"из-за того ".repeat(400)}что`.slice(0, 4096),
      `to remain the ${"only ".repeat(800)}broker`.slice(0, 4096),
      `США ${"стоит ".repeat(650)}и дальше`.slice(0, 4096),
      `for ${"twenty ".repeat(580)}years`.slice(0, 4096),
      `${"until last ".repeat(370)}year`.slice(0, 4096),
      `уже ${"двадцать ".repeat(450)}лет`.slice(0, 4096),
      `правда ${"что ".repeat(1000)}?`.slice(0, 4096),
    ];
    const passage = `shares common ground ${"due to ".repeat(500)}citizens`.slice(0, 4096);
    expectEachInputFast(
      (input) => {
        check(input);
        addedWhole(input, passage);
        reversedCause(input, passage);
        addedFrequencies(input, "");
        withoutDoubtFrame(input);
        joinPhrasalVerbs(input);
        readRussianParaphrase(input);
        addedEveryTime(input, "");
      },
      inputs,
      2000,
    );
  });
});
