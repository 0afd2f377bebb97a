// Wave AC's single-question kinds (quality52), through the readers and the engine: who did something asked between
// two names, a voice the answer is asked to be told in, both sides' interests asked of the US, whom Russia is
// friendly with (in a ramble too), the point of the call, a Russian phone check with the phone first, boasting of
// Russia's own role (the silence, never the Quartet's list), a membership of a group the article never names, and
// "tl;dr for a 6-year-old". Questions written for this test; off-story neighbours stay refused.
import { beforeAll, describe, expect, it } from "vitest";
import { withBothSidesCompromise } from "../../src/answering/both-interests.js";
import { asCallPoint, asRussianCallPoint } from "../../src/answering/call-point.js";
import { asEitherVoice, asRussianEitherVoice } from "../../src/answering/either-voice.js";
import { asOwnRoleMention } from "../../src/answering/own-role-mention.js";
import { withoutPersona, withoutRussianPersona } from "../../src/answering/persona-frame.js";
import { asRussianOwnRoleSaid } from "../../src/answering/russian/own-role-said.js";
import { realEngine as engine } from "../helpers/engine.js";

beforeAll(() => engine.warmUp(), 60_000);

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `refused:${a.reason ?? ""}`;
};

describe("who did it, asked between two names (either-voice.ts)", () => {
  it("reads the question as who did it", () => {
    expect(asEitherVoice("was it peskov or putin who rang erdogan?")).toBe("who rang erdogan");
    expect(asEitherVoice("Putin or the Kremlin - which one phoned the Turkish leader?")).toBe(
      "who phoned the Turkish leader",
    );
    expect(asRussianEitherVoice("это кремль или путин звонил эрдогану?")).toBe("кто звонил эрдогану");
  });
  it("leaves options that are not two voices as typed", () => {
    const q = "was it a call or a meeting that putin had with erdogan?";
    expect(asEitherVoice(q)).toBe(q);
  });
  it("answers with the one the article names", () => {
    for (const q of ["was it peskov or putin who rang erdogan?", "это кремль или путин звонил эрдогану?"]) {
      expect(engine.findAnswer(q).answer).toMatch(/Putin|Путин/);
    }
  });
});

describe("a voice the answer is told in (persona-frame.ts)", () => {
  it("drops the voice after a request to tell", () => {
    expect(withoutPersona("sum up moscow's position like you're a horse-racing announcer")).toBe(
      "sum up moscow's position",
    );
    expect(withoutRussianPersona("расскажи позицию москвы в стиле диктора новостей")).toBe(
      "расскажи позицию москвы",
    );
    expect(withoutPersona("is putin acting like a mediator?")).toBe("is putin acting like a mediator?");
  });
  it("answers the stance and keeps an off-story one refused", () => {
    expect(read("sum up moscow's position like you're a horse-racing announcer")).not.toMatch(/^refused/);
    expect(read("describe the super bowl like a sports commentator")).toMatch(/^refused/);
  });
});

describe("both sides' interests asked of the US (both-interests.ts)", () => {
  it("reads them as the compromise acceptable to both", () => {
    expect(withBothSidesCompromise("did washington weigh the interests of both parties?")).toBe(
      "did washington weigh the compromises acceptable to both sides?",
    );
    expect(read("did putin say america looked after both sides' interests?")).toBe("us-monopolizing-peace");
  });
});

describe("whom Russia is friendly with (both-sides-relations.ts)", () => {
  it("gives both relationships, in a ramble too", () => {
    expect(read("who is moscow friendly with?")).toBe("russia-impartial-mediator");
    expect(
      read(
        "my sister swears the russians are in bed with hamas and my brother says they back israel, we've been at it for an hour. per the article, who exactly is russia close with?",
      ),
    ).toBe("russia-impartial-mediator");
  });
});

describe("the point of the call (call-point.ts)", () => {
  it("reads it as what the call was about", () => {
    expect(asCallPoint("so what was the upshot of the phone conversation?")).toBe(
      "what was the call with erdogan about",
    );
    expect(asRussianCallPoint("в чём смысл звонка эрдогану")).toBe("о чём был разговор с эрдоганом");
    expect(read("key message from the putin-erdogan chat?")).toBe("putin-erdogan-call");
    expect(read("main point of the call for a ceasefire?")).not.toBe("putin-erdogan-call");
  });
});

describe("boasting of Russia's own role is the silence, never the Quartet's list", () => {
  it("reads English and Russian boasts as whether he mentioned the role", () => {
    expect(asOwnRoleMention("did putin trumpet russia's part in the peace process?")).toBe(
      "did putin mention russia's own role in the peace process",
    );
    expect(asRussianOwnRoleSaid("путин гордился участием россии в квартете?")).toBe(
      "упомянул ли путин собственную роль россии",
    );
    for (const q of [
      "путин расхваливал роль москвы в мирном процессе?",
      "путин кичится вкладом россии?",
      "did putin tout moscow's contribution to the quartet?",
    ]) {
      expect(read(q)).toBe("putin-silent-on-russia-role");
    }
  });
});

describe("other readings", () => {
  it("answers a Russian phone check with the phone before the party", () => {
    expect(read("путин по телефону с байденом общался что ли?")).toBe("putin-erdogan-call");
  });
  it("refuses a membership of a group the article never names", () => {
    expect(read("is india a member of the un security council?")).toMatch(/^refused/);
    expect(read("is the eu a member of the quartet?")).toBe("quartet-members");
  });
  it("answers a summary for a child with a hyphenated age", () => {
    expect(read("tl;dr for an 8-year-old")).toBe("summary");
  });
});
