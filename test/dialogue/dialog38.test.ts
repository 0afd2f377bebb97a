// dialog38's kinds (issue 11): a party of the fighting asked as a party (blind85's false doesn't-say), the Russian
// doer read by the verb's agreement and the party's case, not by word order («путин сша обвинил?»), a guilt asked as
// deserved ("does the US deserve blame according to putin?"), Putin's own side blamed (No), giving up what the entry
// has a party do (no curated Yes), a voice's view asked with "does" ("does putin think …"). Phrasings written for
// this test.
import { beforeAll, describe, expect, it } from "vitest";
import { asSubject, verbAgreement } from "../../src/dialogue/russian-agent.js";
import { spokeVerdict } from "../../src/dialogue/spoke-asked.js";
import { warringPartyVerdict } from "../../src/dialogue/warring-party.js";
import { statementOf } from "../../src/dialogue/yes-no-question.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

beforeAll(() => {
  lastVerdict(["is hamas fighting israel?"]);
}, 120_000);

describe("a party of the fighting asked as a party", () => {
  it("is Yes for Hamas and Israel, in both languages", () => {
    for (const q of [
      "is hamas one of the warring sides?",
      "so israel is at war with hamas?",
      "are hamas and israel fighting each other?",
    ])
      expect(lastVerdict([q]), q).toBe("yes");
    expect(lastVerdict(["хамас одна из сторон войны?"], "ru")).toBe("yes");
    expect(lastVerdict(["израильтяне воюют с хамасом?"], "ru")).toBe("yes");
  });
  it("reads no other party as one", () => {
    expect(lastVerdict(["is iran one of the sides in the war?"])).not.toBe("yes");
    expect(lastVerdict(["is russia fighting hamas?"])).not.toBe("yes");
  });
}, 120_000);

describe("the Russian doer by agreement and case", () => {
  it("reads the verb's gender and number", () => {
    expect(verbAgreement("обвинил")).toBe("m");
    expect(verbAgreement("обвинила")).toBe("f");
    expect(verbAgreement("обвинили")).toBe("pl");
    expect(verbAgreement("критикует")).toBe("sg");
    expect(verbAgreement("обвинения")).toBeNull();
    expect(asSubject("сша", "обвинил")).toBe("no");
    expect(asSubject("путин", "обвинил")).toBe("sure");
    expect(asSubject("путина", "обвинили")).toBe("no");
    expect(asSubject("сша", "обвинили")).toBe("maybe");
  });
  it("answers whatever the word order", () => {
    expect(lastVerdict(["путин америку обвинил?"], "ru")).toBe("yes");
    expect(lastVerdict(["вашингтон путин упрекает?"], "ru")).toBe("yes");
    expect(lastVerdict(["путина американцы обвинили?"], "ru")).toBe("not-said");
    // The verb's own clause only, and a plural verb before a party that may be its object is impersonal.
    expect(lastVerdict(["значит это москва монополизирует мирный процесс?"], "ru")).toBe("no");
    expect(lastVerdict(["критикуют ли в тексте вашингтон?"], "ru")).not.toBe("not-said");
    // A verb of saying opens the reported clause: Washington is its doer.
    expect(lastVerdict(["путин считает вашингтон монополизировал мирные усилия?"], "ru")).toBe("yes");
  });
}, 120_000);

describe("blame asked of the blamed and of the blamer's own side", () => {
  it("reads a deserved blame as the guilt Putin gives", () => {
    expect(lastVerdict(["so does america deserve the blame according to him?"])).toBe("yes");
  });
  it("is No for Russia blamed by Putin", () => {
    expect(lastVerdict(["who does putin blame", "did he blame the kremlin at all?"])).toBe("no");
  });
}, 120_000);

describe("giving up, and a view asked with does", () => {
  it("gets no curated Yes for giving up mediation", () => {
    expect(lastVerdict(["is moscow going to walk away from mediating?"])).not.toBe("yes");
  });
  it("puts the verb of view in the statement's form", () => {
    const speakers = { namedIn: () => [] } as unknown as Parameters<typeof statementOf>[1];
    expect(statementOf("does putin think both sides should compromise", speakers)).toBe(
      "putin thinks both sides should compromise",
    );
    expect(statementOf("did he say the us failed", speakers)).toBe("he said the US failed");
  });
}, 120_000);

describe("a voice asked whether it spoke, and a person's identity asked back", () => {
  it("is Yes on the voice's own statements", () => {
    expect(lastVerdict(["has the foreign ministry commented at all?"])).toBe("yes");
    expect(lastVerdict(["а песков что-нибудь заявлял?"], "ru")).toBe("yes");
    expect(spokeVerdict("what did peskov say", { kind: "quotes" } as never, "en", {} as never)).toBeNull();
    // A comment on the last point is another question.
    expect(lastVerdict(["что сказал песков", "а он это комментировал?"], "ru")).not.toBe("yes");
    expect(lastVerdict(["what did putin say", "did he mention it in his remarks?"])).not.toBe("yes");
  });
  it("reads 'that's the X' and «X это <страна>»", () => {
    expect(lastVerdict(["who did putin speak to by phone", "that's turkey's president, right?"])).toBe("yes");
    expect(lastVerdict(["what did peskov say", "is he like the govt spokesman?"])).toBe("yes");
    expect(lastVerdict(["эрдоган это турция?"], "ru")).toBe("yes");
    expect(lastVerdict(["песков это турция да?"], "ru")).toBe("no");
  });
  it("reads the call's date asked in Russian as no party", () => {
    expect(lastVerdict(["звонок был в ноябре?"], "ru")).toBe("not-said");
    expect(lastVerdict(["звонок был байдену?"], "ru")).toBe("no");
  });
}, 120_000);

describe("the new readers on long input", () => {
  it("finish in linear time", () => {
    const answer = {
      answered: true,
      answer: "hamas and israel",
      quotes: [],
    } as unknown as Parameters<typeof warringPartyVerdict>[1];
    expectLinearOnLongInput((t) => warringPartyVerdict(t, answer, "en"), ["is hamas ", "fighting israel "]);
    expectLinearOnLongInput((t) => warringPartyVerdict(t, answer, "ru"), ["хамас воюет ", "с израилем "]);
    const speakers = { namedIn: () => [] } as unknown as Parameters<typeof statementOf>[1];
    expectLinearOnLongInput((t) => statementOf(`does ${t}`, speakers), ["he think ", "x "]);
    expectLinearOnLongInput((t) => asSubject(t, "обвинил"), ["путин сша "]);
    const quotes = { kind: "quotes", answered: true, quotes: [{ speakerId: "peskov" }] } as never;
    const none = { namedIn: () => [] } as never;
    expectLinearOnLongInput((t) => spokeVerdict(t, quotes, "en", none), ["did peskov say ", "anything "]);
    expectLinearOnLongInput((t) => spokeVerdict(t, quotes, "ru", none), ["песков высказывался ", "что-то "]);
  });
}, 120_000);
