// claims35: approval of what the passage faults, officials and a speaker's circle, a person said to know, a subject
// with its second verb (a paraphrase: the convention), the article's pronoun named in lower case, the blame's own
// "because", a call partner typed in lower case. Claims written for this test (none from a set), and every new pattern on long input.
import { describe, expect, it } from "vitest";
import { approvalIn } from "../../src/claims/approval-of-fault.js";
import { capitalisedPartners } from "../../src/claims/chat-typos-ru.js";
import { joinPhrasalVerbs } from "../../src/claims/phrasal.js";
import { check, expectVerdicts } from "../helpers/claims.js";
import { expectEachInputFast } from "../helpers/long-input.js";

describe("approval of what the passage faults", () => {
  it("turns the speaker's stance round: altered, never confirmed", () => {
    expectVerdicts([
      ["Putin feels Washington was correct to monopolize the peace efforts", "altered"],
      ["putin says the americans did a good job running the peace process alone", "altered"],
      ["Putin thinks the US deserves credit for monopolizing peace efforts", "altered"],
      ["путин говорит, что вашингтон верно сделал, монополизировав мирные усилия", "altered"],
      ["Путин считает, что американцы правы, монополизируя мирные усилия", "altered"],
    ]);
  });

  it("leaves a negated approval and an approval of the criticism itself", () => {
    expect(approvalIn("Putin said the US was not right to monopolize peace efforts")).toBeNull();
    expect(approvalIn("Putin was right to criticize Washington")).toBeNull();
    expect(approvalIn("Путин считает, что США не правы")).toBeNull();
    expectVerdicts([
      ["Putin was right to criticize Washington for monopolizing peace efforts", "paraphrase"],
    ]);
  });

  it("reads a deed done alone as the monopoly", () => {
    expect(joinPhrasalVerbs("the US led the peace efforts on its own")).toBe(
      "the US monopolized the peace efforts",
    );
    expect(joinPhrasalVerbs("running the peace process single-handedly")).toBe(
      "monopolizing the peace process",
    );
  });
});

describe("officials and a speaker's circle", () => {
  it("are misattributed: the article names who speaks for Russia", () => {
    expectVerdicts([
      [
        "Russian officials say the Kremlin maintains open communication with both warring sides",
        "misattributed",
      ],
      ["Russian officials stress the importance of coordinating regional players", "misattributed"],
      ["Putin's entourage stresses the urgent need for an immediate ceasefire", "misattributed"],
      [
        "Putin's close aides say the latest surge in violence shows the failure of US policy",
        "misattributed",
      ],
      ["соратники Путина подчеркнули необходимость немедленного прекращения огня", "misattributed"],
      ["кремлёвские чиновники заявили, что Кремль стремится помочь в поиске урегулирования", "misattributed"],
    ]);
  });

  it("the article's own speakers keep their verdict", () => {
    expectVerdicts([
      [
        "Putin's spokesman Dmitry Peskov reaffirms that the Kremlin aims to play a constructive role",
        "paraphrase",
      ],
      ["The Russian government has long-standing ties with the Palestinians", "verbatim"],
    ]);
  });
});

describe("a person the article never names said to know", () => {
  it("adds that person: altered, never confirmed", () => {
    expectVerdicts([
      [
        "Zakharova knows the Russian leader believes that the latest surge in violence is a clear indication of the failure of US policy",
        "altered",
      ],
      ["Blinken is aware that Putin emphasized the urgent need for an immediate ceasefire", "altered"],
    ]);
    expect(check("Putin knows that the surge in violence shows the failure of US policy").verdict).toBe(
      "paraphrase",
    );
  });
});

describe("the article's words with its own subject", () => {
  it("a subject with its second verb, the first left out, is a paraphrase (the words are not one run)", () => {
    expectVerdicts([
      ["the Kremlin expresses its readiness to contribute to reaching a settlement", "paraphrase"],
      ["Peskov said the Kremlin seeks to assist in finding a settlement", "paraphrase"],
      ["Putin seeks to assist in finding a settlement", "misattributed"],
      ["The Kremlin expresses its readiness to contribute to reaching a truce", "altered"],
    ]);
  });

  it("the article's pronoun named in lower case is word for word; a negation is not", () => {
    expectVerdicts([
      ["putin highlights the US government's failure to address the interests of Palestinians", "verbatim"],
      [
        "putin never highlights the US government's failure to address the interests of Palestinians",
        "altered",
      ],
    ]);
  });
});

describe("the blame's own link and a call partner in lower case", () => {
  it("'because' of the blame's reason is a paraphrase; another reason alters it", () => {
    expectVerdicts([
      [
        "Putin blames America because its Middle East policy ignored the Palestinians' aspirations",
        "paraphrase",
      ],
      ["Putin blames America because it sends arms to Israel", "altered"],
    ]);
  });

  it("«по телефону с шольцем» is another party in Erdogan's place: altered", () => {
    expect(capitalisedPartners("говорил по телефону с шольцем")).toBe("говорил по телефону с Шольцем");
    expect(capitalisedPartners("связь с обеими сторонами")).toBe("связь с обеими сторонами");
    expectVerdicts([["путин обсуждал прекращение огня по телефону с шольцем", "altered"]]);
  });
});

describe("the new readings on long input", () => {
  it("stay linear (4096 characters of near misses)", () => {
    const inputs = [
      `the US was ${"quite ".repeat(700)}right to`.slice(0, 4096),
      `the US did ${"not ".repeat(1000)}well`.slice(0, 4096),
      `США ${"правильно ".repeat(400)}ход`.slice(0, 4096),
      `${"Lavrov ".repeat(600)}knows that`.slice(0, 4096),
      `Putin's ${"inner ".repeat(700)}circle says`.slice(0, 4096),
      `${"russian ".repeat(500)}officials say`.slice(0, 4096),
      `команда ${"путина ".repeat(500)}считает`.slice(0, 4096),
      `по телефону ${"с байденом ".repeat(370)}`.slice(0, 4096),
      `the US led ${"the peace ".repeat(400)}efforts alone`.slice(0, 4096),
      `putin ${"highlights ".repeat(370)}the failure`.slice(0, 4096),
    ];
    expectEachInputFast(
      (input) => {
        check(input);
        approvalIn(input);
        capitalisedPartners(input);
        joinPhrasalVerbs(input);
      },
      inputs,
      2000,
    );
  });
});
