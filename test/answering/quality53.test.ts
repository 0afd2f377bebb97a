// Wave AD's single-question kinds (quality53), through the readers and the engine: what the article calls
// controversial asked open, Russia's only ties asked with one side, Putin said to praise the US, a story person given
// another country's office, what the US failed to do in Putin's view, "which president" blaming, the Quartet spelt
// by ear («квортет»), the talks said to be paused in the call, what was agreed asked open. Questions written for this
// test; a reason asked and off-story neighbours stay as they were.
import { beforeAll, describe, expect, it } from "vitest";
import { asControversialPart } from "../../src/answering/controversial-part.js";
import { asMistakenOffice } from "../../src/answering/mistaken-office.js";
import { asOneSideTies } from "../../src/answering/one-side-ties.js";
import { asRussianControversialPart } from "../../src/answering/russian/controversial-part.js";
import { asRussianMembership } from "../../src/answering/russian/membership.js";
import { asRussianTalksHalt } from "../../src/answering/russian/talks-halt.js";
import { asWhichBlamer } from "../../src/answering/which-blamer.js";
import { realEngine as engine } from "../helpers/engine.js";

beforeAll(() => engine.warmUp(), 60_000);

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `refused:${a.reason ?? ""}`;
};

describe("what the article calls controversial (controversial-part.ts)", () => {
  it("reads an open question as Russia's involvement, in both languages", () => {
    expect(read("which part of the piece gets called controversial?")).toBe("russia-role-controversy");
    expect(read("что статья называет спорным?")).toBe("russia-role-controversy");
  });
  it("leaves a reason asked as typed", () => {
    for (const q of ["why is russia's role controversial?", "what makes it controversial?"])
      expect(asControversialPart(q)).toBe(q);
    expect(asRussianControversialPart("почему участие россии спорное?")).toBe(
      "почему участие россии спорное?",
    );
  });
});

describe("Russia's only ties, asked with one side (one-side-ties.ts)", () => {
  it("answers with both relationships", () => {
    const a = engine.findAnswer("are the palestinians the only ones russia has relations with?");
    expect(a.answer).toMatch(/Israel/);
    expect(a.answer).toMatch(/Palestinian/);
  });
  it("leaves another party's ties as typed", () => {
    const q = "does america only have ties with israel?";
    expect(asOneSideTies(q)).toBe(q);
  });
});

describe("a story person given another country's office (mistaken-office.ts)", () => {
  it("reads it as who the person is", () => {
    expect(asMistakenOffice("is erdogan the prime minister of greece?")).toBe("who is erdogan");
    expect(asMistakenOffice("Is Putin Ukraine's president here?")).toBe("who is putin");
    expect(engine.findAnswer("is erdogan the president of syria in the article?").answer).toMatch(/Turkish/);
  });
  it("leaves the person's own country as typed", () => {
    const q = "is putin the president of russia?";
    expect(asMistakenOffice(q)).toBe(q);
  });
});

describe("what the US failed to do, and who blames it", () => {
  it("finds the Palestinians' interests", () => {
    expect(engine.findAnswer("in putin's opinion, what did washington fail to do?").answer).toMatch(
      /Palestinian/,
    );
  });
  it("reads 'which president blames' as who blames", () => {
    expect(asWhichBlamer("which leader is blaming the us?")).toBe("who is blaming the us?");
    expect(engine.findAnswer("what politician blames washington in the story").answer).toMatch(/Putin/);
  });
});

describe("Russian: the Quartet by ear, the talks paused, what was agreed", () => {
  it("reads «квортет» as the Quartet", () => {
    expect(asRussianMembership("Бразилия входит в квортет?")).toBe("кто входит в квартет");
    expect(read("Иран член квортета?")).toBe("quartet-members");
  });
  it("reads the talks paused in the call as what Putin said of them", () => {
    expect(asRussianTalksHalt("путин хотел приостановить переговоры?")).toBe(
      "что путин сказал эрдогану о переговорах",
    );
    expect(asRussianTalksHalt("путин призвал к прекращению огня?")).toBe("путин призвал к прекращению огня?");
    expect(engine.findAnswer("Путин просил отложить переговоры?").answer).toMatch(/возобновлени/);
  });
  it("answers what was agreed, asked open, with the call; an outcome asked stays unsaid", () => {
    expect(read("до чего договорились путин с эрдоганом?")).toBe("putin-erdogan-call");
    expect(engine.findAnswer("Путин и Эрдоган договорились о перемирии?").answered).toBe(false);
  });
});
