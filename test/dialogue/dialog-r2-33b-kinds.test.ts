// dialog-r2-33b (session 33): follow-ups read in context, round 2 — a forecast of the spread on the evidence of the
// fear that it may (doesn't say, never Yes), a party asked of a list with a bare "too", a restriction to a people
// where the evidence names their place beside another, "the turkish guy", "the other guy" kept across a turn of
// the same speaker, "why does that matter here", what Putin told Erdogan about the conflict, a stance on "the israel
// thing".
import { describe, expect, it } from "vitest";
import { withoutCallMatter } from "../../src/dialogue/call-matter-dropped.js";
import { withoutTrailingGlue } from "../../src/dialogue/chat-glue.js";
import { stanceOnConflictOf } from "../../src/dialogue/conflict-named.js";
import { listedPartyAsked } from "../../src/dialogue/elliptical.js";
import { spreadForecastVerdict } from "../../src/dialogue/feared-spread.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";
import { expectFast } from "../helpers/long-input.js";

describe("a forecast of the spread", () => {
  it("is not confirmed by the fear that it may spread", () => {
    expect(lastVerdict(["is the conflict gonna spread to other countries"])).toBe("not-said");
    expect(lastVerdict(["will the fighting spill over into the wider region?"])).toBe("not-said");
    expect(lastVerdict(["конфликт перекинется на соседние страны?"], "ru")).toBe("not-said");
  });
  it("leaves the fear and the possibility their Yes", () => {
    expect(lastVerdict(["are people worried it will spread beyond the region?"])).toBe("yes");
    expect(lastVerdict(["could the war spread to other countries?"])).toBe("yes");
    expect(lastVerdict(["может ли конфликт выйти за пределы региона?"], "ru")).toBe("yes");
  });
  it("stays fast on long input", () => {
    const evidence = lastAnswer(["is there a risk the crisis spreads"]).answer;
    expectFast(() => {
      spreadForecastVerdict(`will ${"the ".repeat(40)}spread`, evidence, "en");
      spreadForecastVerdict(`${"will ".repeat(5000)}`, evidence, "en");
      spreadForecastVerdict(`${"перекинется ".repeat(5000)}`, evidence, "ru");
    }, 200);
  });
});

describe("a party asked of a list with a bare too", () => {
  it("is read against the list", () => {
    expect(listedPartyAsked("турция тоже?", "ru")).toBe("турция");
    expect(listedPartyAsked("turkey too?", "en")).toBe("turkey");
    expect(lastVerdict(["россия входит в квартет?", "а кто еще там", "турция тоже?"], "ru")).toBe("no");
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      listedPartyAsked(`${"турция ".repeat(5000)}`, "ru");
      listedPartyAsked(`${"a ".repeat(5000)}too`, "en");
    }, 200);
  });
});

describe("a restriction to a people", () => {
  it("is No where the evidence names their place beside another", () => {
    expect(
      lastVerdict([
        "how many civilians have died so far",
        "but is putin worried about it",
        "only about israelis tho?",
      ]),
    ).toBe("no");
  });
});

describe("a person asked by country", () => {
  it("is the call's other party", () => {
    expect(lastVerdict(["putin erdogan call", "is that the turkish guy?"])).toBe("yes");
    expect(lastVerdict(["who did putin call", "is he the turkish guy?"])).toBe("yes");
  });
  it("keeps the other person across the same speaker's next answer", () => {
    expect(
      lastVerdict(["who did putin call", "and what did he push for?", "did the other guy agree??"]),
    ).toBe("not-said");
    expect(lastEntry(["с кем путин говорил по телефону", "а тот что ответил?"], "ru")).toBe("erdogan-views");
  });
});

describe("why it matters here", () => {
  it("drops the trailing here", () => {
    expect(withoutTrailingGlue("why does that matter here")).toBe("why does that matter");
    expect(withoutTrailingGlue("why is it important in all this?")).toBe("why is it important?");
    expect(withoutTrailingGlue("is erdogan here?")).toBe("is erdogan here?");
    expect(
      lastEntry(["do many ex-russians live in israel", "how many exactly", "why does that matter here"]),
    ).toBe(lastEntry(["do many ex-russians live in israel", "how many exactly", "why does that matter"]));
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      withoutTrailingGlue(`${"matter ".repeat(5000)}here`);
      withoutTrailingGlue(`why ${"matters ".repeat(5000)}x`);
    }, 200);
  });
});

describe("what Putin told Erdogan about the conflict", () => {
  it("is the call's content", () => {
    expect(withoutCallMatter("wat did putin say to erdogan abt gaza")).toBe("wat did putin say to erdogan?");
    expect(withoutCallMatter("что путин сказал эрдогану про газу")).toBe("что путин сказал эрдогану?");
    expect(withoutCallMatter("what did putin tell erdogan about the us")).toBe(
      "what did putin tell erdogan about the us",
    );
    expect(lastAnswer(["wat did putin say to erdogan abt gaza"]).answer.answer).toMatch(/ceasefire/u);
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      withoutCallMatter(`what did putin say to erdogan about ${"gaza ".repeat(30)}`);
      withoutCallMatter(`${"what did putin say ".repeat(500)}`);
    }, 200);
  });
});

describe("a stance on the conflict named by a party", () => {
  it("is the stance on the conflict", () => {
    expect(stanceOnConflictOf("whats russias position on the israel thing then")).toBe(
      "whats russias position on the conflict then",
    );
    expect(stanceOnConflictOf("does russia have ties with israel")).toBeNull();
    expect(
      lastAnswer([
        "whats the weather in moscow rn",
        "ok nvm, whats russias position on the israel thing then",
      ]).answer.answer,
    ).toMatch(/ceasefire|negotiat|settle|constructive/u);
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      stanceOnConflictOf(`position on ${"israel ".repeat(30)}x`);
      stanceOnConflictOf(`${"view ".repeat(5000)}`);
    }, 200);
  });
});
