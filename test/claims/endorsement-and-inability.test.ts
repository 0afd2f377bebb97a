// claims32 (session 32)'s kinds: backing what the passage calls needed or important is its own side ("supports an
// immediate ceasefire", «выступает за прямой диалог»: endorsed-need.ts); a Russian inability word negates the
// infinitive it governs, the party between («неспособность правительства США учесть»: claim-words.ts); channels of
// communication are the communication, kept or closed (contact-words.ts, russian-contact-opposites.ts); "there has to be X"
// is a need for X; "one of the Quartet's members" is part of it (phrasal.ts); a duration of the claim's own on the
// passage's deed is altered ("proposed a 72-hour ceasefire": added-duration.ts). Claims written for this test.
import { describe, expect, it } from "vitest";
import { check, expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";
import { expectEachInputFast } from "../helpers/long-input.js";

describe("backing what the passage calls needed or important", () => {
  it("is a paraphrase, in English and Russian", () => {
    expectVerdicts([
      ["Putin supports an immediate ceasefire", "paraphrase"],
      ["Putin advocates resuming the negotiation process", "paraphrase"],
      ["The Foreign Ministry is in favour of direct Palestinian-Israeli dialogue", "paraphrase"],
      ["Путин выступает за немедленное прекращение огня", "paraphrase"],
      [
        "МИД России поддерживает налаживание прямого диалога между палестинцами и израильтянами",
        "paraphrase",
      ],
    ]);
  });

  it("is never confirmed negated, reversed, with another object's change, or when the backing is backing down", () => {
    expectNoneConfirmed([
      "Putin does not support an immediate ceasefire",
      "Putin opposes an immediate ceasefire",
      "Putin backed down from the need for an immediate ceasefire",
      "Putin supports a delayed ceasefire",
      "The Foreign Ministry supports indirect Palestinian-Israeli dialogue",
      "Путин не поддерживает немедленное прекращение огня",
      "МИД России выступает против прямого диалога между палестинцами и израильтянами",
    ]);
    expect(check("Peskov supports an immediate ceasefire").verdict).not.toMatch(/verbatim|paraphrase/);
  });
});

describe("a Russian inability word", () => {
  it("negates the infinitive it governs, the party between it and the infinitive", () => {
    expectVerdicts([
      ["Путин указывает на неспособность правительства США учесть интересы палестинцев", "paraphrase"],
      ["По словам Путина, правительство США было неспособно учесть интересы палестинцев", "paraphrase"],
      ["Путин говорит, что правительство США смогло учесть интересы палестинцев", "altered"],
    ]);
    expectNoneConfirmed(["Путин хвалит способность правительства США учесть интересы палестинцев"]);
  });
});

describe("channels of communication", () => {
  it("are the Kremlin's open communication kept, and altered closed", () => {
    expectVerdicts([
      ["Кремль держит открытыми каналы связи с обеими воюющими сторонами", "paraphrase"],
      ["Кремль поддерживает каналы коммуникации с обеими сторонами конфликта", "paraphrase"],
      ["Кремль закрыл связь с обеими воюющими сторонами", "altered"],
      ["Кремль свернул каналы связи с обеими воюющими сторонами", "altered"],
      ["Кремль обрубил контакты с обеими воюющими сторонами", "altered"],
    ]);
  });
});

describe("a need in other words, and membership", () => {
  it("reads 'there has to be X' as a need for X, negated as the claim negates it", () => {
    expectVerdicts([
      ["Putin said there has to be a Palestinian state", "paraphrase"],
      ["Peskov said there must be a Palestinian state", "misattributed"],
      ["Putin said there doesn't have to be a Palestinian state", "altered"],
      ["Putin said there mustn't be an immediate ceasefire", "altered"],
    ]);
  });

  it("reads 'one of the Quartet's members' as part of the Quartet", () => {
    expectVerdicts([
      ["Russia is one of the Quartet's members, along with the US, the UN and the EU", "paraphrase"],
      ["russia was one of the members of the quartet together with the us, un and eu", "paraphrase"],
      ["Russia was never one of the Quartet's members", "altered"],
      ["Turkey is one of the members of the Quartet", "altered"],
    ]);
  });
});

describe("a duration the passage does not give", () => {
  it("alters the passage's deed it is put on, never confirms it", () => {
    expectVerdicts([
      ["During the call with Erdogan, Putin suggested a 48-hour ceasefire", "altered"],
      ["Путин предложил Эрдогану трёхдневное прекращение огня", "altered"],
    ]);
    expectNoneConfirmed([
      "Putin called for a two-week ceasefire",
      "Путин призвал к 72-часовому прекращению огня",
    ]);
  });
});

describe("the new readings on long input", () => {
  it("stay linear (4096 characters of near misses)", () => {
    const inputs = [
      `Путин ${"неспособность ".repeat(290)}учесть`.slice(0, 4096),
      `Кремль ${"держит ".repeat(580)}связь`.slice(0, 4096),
      `Кремль держит ${"каналы ".repeat(580)}связи`.slice(0, 4096),
      `Russia is ${"one of the ".repeat(370)}members`.slice(0, 4096),
      `Putin said ${"there has to ".repeat(310)}be`.slice(0, 4096),
      `Putin ${"supports ".repeat(450)}x`.slice(0, 4096),
      `Putin proposed a ${"72-".repeat(1300)}hour ceasefire`.slice(0, 4096),
      `Путин предложил ${"трёх".repeat(1000)}дневное перемирие`.slice(0, 4096),
    ];
    expectEachInputFast(check, inputs, 2000);
  });
});
