// dialog27: yes/no verdicts grounded in the article for four kinds — an accusation asked in the passive
// (passive-accusation.ts), a stance of a party the article never quotes (third-party-agreement.ts), how events
// will turn out (event-forecast.ts), "the same thing" as another voice (same-thing.ts); "the us" read as the
// United States by the claim checker. Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { asksEventForecast } from "../../src/dialogue/event-forecast.js";
import { activeReadingsOf } from "../../src/dialogue/passive-accusation.js";
import { sameThingOf } from "../../src/dialogue/same-thing.js";
import { agreementAsked, stanceOfPartyAsked } from "../../src/dialogue/third-party-agreement.js";
import { lastText, lastVerdict } from "../helpers/dialogue.js";
import { realParties } from "../helpers/engine.js";

const never = () => false;

describe("an accusation asked in the passive", () => {
  it("is read as each quoted voice's active question, the named accuser first", () => {
    expect(activeReadingsOf("was washington faulted for its middle east policy", realParties)?.[0]).toBe(
      "does Putin fault washington for its middle east policy?",
    );
    expect(activeReadingsOf("has hamas been condemned by peskov", realParties)).toEqual([
      "does peskov condemn hamas?",
    ]);
    expect(activeReadingsOf("сша критикуют за монополизацию мирных усилий", realParties)?.[0]).toBe(
      "Путин критикует сша за монополизацию мирных усилий?",
    );
    expect(activeReadingsOf("is he accused of anything", realParties)).toBeNull();
    expect(activeReadingsOf("does putin accuse the us", realParties)).toBeNull();
  });

  it("is Yes where a voice makes that accusation, doesn't say where none does", () => {
    expect(lastVerdict(["Are the Americans accused of monopolizing peace efforts?"])).toBe("yes");
    expect(lastVerdict(["Was Israel criticized for the civilian casualties?"])).toBe("not-said");
    expect(lastVerdict(["Турцию обвиняют в эскалации?"], "ru")).toBe("not-said");
    expect(lastVerdict(["Вашингтон упрекают в монополизации мирных усилий?"], "ru")).toBe("yes");
  });
});

describe("a stance of a party the article never quotes", () => {
  it("reads the party and the thing, or a pointer back at the last answer", () => {
    expect(agreementAsked("did the eu endorse that", "en", never, realParties)).toEqual({
      party: "the eu",
      object: "",
    });
    expect(agreementAsked("does hamas accept the call for talks", "en", never, realParties)?.object).toBe(
      "the call for talks",
    );
    expect(agreementAsked("а хамас с этим согласен", "ru", never, realParties)?.party).toBe("хамас");
    expect(agreementAsked("does putin support a palestinian state", "en", never, realParties)).toBeNull();
    expect(agreementAsked("россия поддерживает переговоры", "ru", never, realParties)).toBeNull();
  });

  it("is doesn't say, with what the article says of the thing and no curated Yes in it", () => {
    expect(lastVerdict(["what does putin call for?", "did hamas go along with it?"])).toBe("not-said");
    expect(lastVerdict(["Does Israel welcome the Kremlin's readiness to help?"])).toBe("not-said");
    expect(lastText(["Did the Palestinians accept the ceasefire appeal?"])).not.toMatch(/"answer":"Yes\./);
    expect(lastVerdict(["что сказал Песков?", "а ХАМАС с ним согласен?"], "ru")).toBe("not-said");
    expect(lastVerdict(["Путин поддерживает идею палестинского государства?", "а Израиль?"], "ru")).toBe(
      "not-said",
    );
  });

  it("asks the last stance question again of a bare party after it", () => {
    expect(stanceOfPartyAsked("and hamas?", "does putin support a ceasefire?", "en", realParties)).toBe(
      "does hamas support a ceasefire?",
    );
    expect(stanceOfPartyAsked("а ЕС?", "поддерживает ли кремль переговоры?", "ru", realParties)).toBe(
      "поддерживает ли ес переговоры?",
    );
    expect(stanceOfPartyAsked("and hamas?", "who does putin blame?", "en", realParties)).toBeNull();
  });
});

describe("how the story's events will turn out", () => {
  it("recognises a forecast of events, not a voice's wish or readiness", () => {
    expect(asksEventForecast("перемирие будет заключено", "ru")).toBe(true);
    expect(asksEventForecast("конфликт скоро прекратится", "ru")).toBe(true);
    expect(asksEventForecast("путин хочет чтобы переговоры возобновились", "ru")).toBe(false);
    expect(asksEventForecast("кремль поможет урегулированию", "ru")).toBe(false);
    expect(asksEventForecast("will an independent palestinian state be established", "en")).toBe(true);
    expect(asksEventForecast("does putin want talks to resume", "en")).toBe(false);
  });

  it("is doesn't say, never the Yes of the entry calling for it", () => {
    expect(lastVerdict(["Мирные переговоры скоро возобновятся?"], "ru")).toBe("not-said");
    expect(lastVerdict(["Will the talks restart?"])).toBe("not-said");
    expect(lastVerdict(["Will the ceasefire hold?"])).toBe("not-said");
  });
});

describe("the same thing as another voice", () => {
  it("is read as the voice check on the last answer, or on the named voice's words", () => {
    expect(sameThingOf("Did the Kremlin say the same thing?")).toEqual({
      question: "did the kremlin say that?",
      against: null,
    });
    expect(sameThingOf("has the foreign ministry said the same as putin?")?.against).toBe(
      "what did putin say?",
    );
    expect(sameThingOf("а МИД то же самое заявлял?")?.question).toBe("это сказал мид?");
    expect(sameThingOf("did he say the same thing?")).toBeNull();
  });

  it("is No where the article gives those words to another voice", () => {
    expect(
      lastVerdict([
        "what does peskov say the kremlin wants?",
        "did the foreign ministry say the same thing?",
      ]),
    ).toBe("no");
    expect(lastVerdict(["Did the Foreign Ministry say the same as Peskov?"])).toBe("no");
    expect(lastVerdict(["что заявил МИД России?", "а Песков то же самое говорил?"], "ru")).toBe("no");
  });
});

describe("verdicts that the old readings got wrong", () => {
  it("'the us' folded is the United States for the claim checker, not the pronoun", () => {
    expect(lastVerdict(["does putin accuse the us of ignoring palestinian aspirations?"])).toBe("yes");
  });

  it("'anything right' asks whether any good was done: doesn't say, not No", () => {
    expect(lastVerdict(["did washington get anything right in putin's eyes?"])).toBe("not-said");
    expect(lastVerdict(["has washington done enough, according to putin?"])).toBe("no");
  });
});
