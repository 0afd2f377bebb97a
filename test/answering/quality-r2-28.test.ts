// Wave AJ's single-question kinds (quality-r2-28), through the readers and the engine: "in the first place" as an
// emphasis, staying "just in" one of the story's places as spreading beyond, a story person given an office he does
// not hold in his own country, "talks wise" and "bring into line", «премьер-министр» guessed, a Russian voice's
// reaction to the war named by its sides, «метит в» and «миротворцем» as the mediator role, which players the MFA
// wants coordinated. Questions written for this test; neighbours that must stay as they were are checked beside them.
import { beforeAll, describe, expect, it } from "vitest";
import { asMistakenOffice } from "../../src/answering/mistaken-office.js";
import { asRussianRoleAsked } from "../../src/answering/russian/role-asked.js";
import { withoutWarSides } from "../../src/answering/russian/war-named-by-sides.js";
import { asStayContained } from "../../src/answering/stay-contained.js";
import { WORD_REWRITES } from "../../src/answering/word-rewrites.js";
import { realEngine as engine } from "../helpers/engine.js";

beforeAll(() => engine.warmUp(), 60_000);

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `refused:${a.reason ?? ""}`;
};

describe("emphasis and chat suffixes that ask nothing (words.ts, word-rewrites.ts)", () => {
  it("answers why a body was set up 'in the first place' or 'to begin with'", () => {
    expect(read("what was the quartet for in the first place")).toBe("quartet-purpose");
    expect(read("why did they set up the quartet to begin with")).toBe("quartet-purpose");
  });
  it("reads 'talks wise' as the talks", () => {
    const rewrite = (q: string) =>
      WORD_REWRITES.reduce((t, [word, pattern, by]) => (t.includes(word) ? t.replace(pattern, by) : t), q);
    expect(rewrite("what does moscow want peace-wise")).toBe("what does moscow want peace");
    expect(rewrite("is putin wise")).toBe("is putin wise");
    expect(read("what's the foreign ministry's aim for both sides, talks-wise")).toBe(
      "foreign-ministry-position",
    );
  });
  it("keeps a topic the article never names refused", () => {
    expect(read("why was nato formed in the first place")).toMatch(/^refused/);
  });
});

describe("staying just in one of the story's places (stay-contained.ts)", () => {
  it("reads it as spreading beyond", () => {
    expect(asStayContained("will the fighting remain only in the region")).toBe(
      "will the fighting spread beyond the region",
    );
    expect(read("will this war stay only in israel and gaza")).toBe("crisis-spread-fears");
  });
  it("leaves staying somewhere the story never bounds as typed", () => {
    expect(asStayContained("does peskov stay in moscow")).toBe("does peskov stay in moscow");
  });
});

describe("an office he does not hold in his own country (mistaken-office.ts, role-asked.ts)", () => {
  it("reads it as who the person is", () => {
    expect(asMistakenOffice("is peskov russia's defence minister")).toBe("who is peskov");
    expect(asMistakenOffice("is putin the russian prime minister")).toBe("who is putin");
    expect(asMistakenOffice("is erdogan the prime minister of turkey")).toBe("who is erdogan");
    expect(read("is peskov the russian foreign minister")).toBe("who-is-peskov");
    expect(asRussianRoleAsked("эрдоган премьер-министр турции?")).toBe("кто такой эрдоган");
  });
  it("leaves his real office in his own country as typed", () => {
    for (const q of [
      "is putin russia's president",
      "is peskov the kremlin spokesman",
      "is erdogan turkey's leader",
    ])
      expect(asMistakenOffice(q)).toBe(q);
  });
});

describe("which players the Foreign Ministry wants coordinated (word-rewrites.ts, ru keywords)", () => {
  it("answers with the ministry's stance", () => {
    expect(read("каких игроков хочет скоординировать мид")).toBe("foreign-ministry-position");
  });
  it("reads 'bring into line' as coordinating", () => {
    expect(read("whom does the foreign ministry want to bring into line")).not.toMatch(/^refused:ambiguous/);
  });
});

describe("Putin's reaction to the war, named by its sides or not (war-named-by-sides.ts)", () => {
  it("drops the sides when Putin's reaction is asked", () => {
    expect(withoutWarSides("как путин среагировал на войну израиля и хамаса")).toBe(
      "как путин среагировал на войну",
    );
    expect(withoutWarSides("а как путин отнёсся к конфликту израиля и хамаса")).toBe(
      "что путин говорит о конфликте",
    );
    expect(read("какая реакция была у путина на конфликт израиля с хамасом")).toBe("russia-position");
  });
  it("keeps the sides when whose side he takes is asked", () => {
    expect(withoutWarSides("на чьей стороне путин в войне израиля и хамаса")).toBe(
      "на чьей стороне путин в войне израиля и хамаса",
    );
  });
  it("keeps a reaction to something else refused", () => {
    expect(read("как путин отреагировал на олимпиаду")).toMatch(/^refused/);
  });
});

describe("the Kremlin as a peacemaker (idioms.ts, ru synonyms)", () => {
  it("reads «метит в» and «миротворцем» as the mediator role", () => {
    expect(read("россия метит в миротворцы?")).toBe("russia-impartial-mediator");
    expect(read("москва хочет стать миротворцем?")).toBe("russia-impartial-mediator");
  });
});
