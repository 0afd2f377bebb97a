// The kinds quality-ru15 fixed, in words of our own: a call checked by name, the fighting asked to go on, a war
// forecast, an errand of the asker's own, a failure put on a party other than the US, a sole mention already first.
// Guards: the call's own party, a call's topic, the ceasefire asked for, the spread fears, the US's failure.
import { describe, expect, it } from "vitest";
import { asksFightingOnRu as asksRussianFightingOn } from "../../src/answering/russian/fighting-on.js";
import { asksRussianForecast } from "../../src/answering/russian/forecast.js";
import { phonedPartyRu } from "../../src/answering/russian/phone-check.js";
import { asksPracticalRequest } from "../../src/answering/russian/practical-request.js";
import { asksOthersFailure } from "../../src/answering/russian/whose-failure.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("a call checked by name (phone-check.ts)", () => {
  it.each([
    ["Путин позвонил Шольцу?", "шольцу"],
    ["созванивался ли путин с байденом", "байденом"],
    ["у путина был телефонный разговор с макроном?", "макроном"],
    ["путин по телефону говорил с нетаньяху", "нетаньяху"],
  ])("reads the party of '%s'", (q, party) => expect(phonedPartyRu(q)).toBe(party));

  it.each([
    "с кем путин говорил",
    "путин говорил с хамасом?",
    "путин призвал к перемирию",
    "путин звонил эрдогану о чем",
  ])("leaves '%s' alone", (q) => expect(phonedPartyRu(q)).toBeNull());

  it("answers with the one call the article reports", () => {
    const a = ask("путин созвонился с шольцем?");
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe("putin-erdogan-call");
  });
});

describe("the fighting asked to go on (fighting-on.ts)", () => {
  it.each([
    "россия за продолжение войны?",
    "кремль хочет чтобы насилие продолжалось",
    "путин выступает против прекращения огня?",
    "поддерживает ли путин эскалацию",
  ])("reads '%s' as the ceasefire call", (q) => {
    expect(asksRussianFightingOn(q)).toBe(true);
    expect(ask(q).entry?.id).toBe("ceasefire-call");
  });

  it.each(["путин за прекращение огня?", "что путин думает об эскалации", "продолжается ли война"])(
    "leaves '%s' alone",
    (q) => expect(asksRussianFightingOn(q)).toBe(false),
  );
});

describe("a war forecast (forecast.ts)", () => {
  it.each(["грядет ли третья мировая", "мировая война будет?", "будет ли война между россией и сша"])(
    "refuses '%s'",
    (q) => {
      expect(asksRussianForecast(q)).toBe(true);
      expect(ask(q).answered).toBe(false);
    },
  );

  it("keeps the spread the article fears", () => {
    expect(asksRussianForecast("может ли конфликт перерасти в мировую войну")).toBe(false);
    expect(ask("может ли конфликт перерасти в мировую войну").entry?.id).toBe("crisis-spread-fears");
  });
});

describe("an errand of the asker's own (practical-request.ts)", () => {
  it.each(["номер консульства турции", "как мне добраться до газы", "куда обратиться за визой в израиль"])(
    "refuses '%s'",
    (q) => {
      expect(asksPracticalRequest(q)).toBe(true);
      expect(ask(q).answered).toBe(false);
    },
  );

  it.each(["как кремль поддерживает связь со сторонами", "где находится сектор газа", "кто хотел мира"])(
    "leaves '%s' alone",
    (q) => expect(asksPracticalRequest(q)).toBe(false),
  );
});

describe("whose failure (whose-failure.ts)", () => {
  it("refuses a failure put on another party", () => {
    expect(asksOthersFailure(["=провал", "=хамас"])).toBe(true);
    expect(ask("хамас потерпел провал?").answered).toBe(false);
    expect(ask("почему разорился израиль").answered).toBe(false);
  });

  it("answers the US's failure, whoever else is named", () => {
    expect(asksOthersFailure(["=провал", "=сша", "=израиль"])).toBe(false);
    expect(ask("провал американской политики в отношении израиля").entry?.id).toBe("us-policy-failure");
  });
});

describe("a sole mention already first (sole-mention.ts)", () => {
  it("answers whether compromises are mentioned", () => {
    const a = ask("а компромиссы в статье упоминаются?");
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe("us-monopolizing-peace");
  });
});
