// quality-r2-26's single-question kinds, through the readers and the engine: a group on a topic the article never
// names is refused (the Quartet offered beside), a person the article never names is a name even when the word is
// common English ("trump"), which state should come into being is the Palestinian state, a story person given
// another country's office in a stated guess ("X is Y's president isnt he") is who the person is. Questions written
// for this test; the story's own group, voices and offices stay as they were.
import { beforeAll, describe, expect, it } from "vitest";
import { asMistakenOffice } from "../../src/answering/mistaken-office.js";
import { asRussianRoleAsked } from "../../src/answering/russian/role-asked.js";
import { asStateToCome } from "../../src/answering/state-to-come.js";
import { realEngine as engine } from "../helpers/engine.js";

beforeAll(() => engine.warmUp(), 60_000);

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `refused:${a.reason ?? ""}`;
};

describe("a group on another topic (other-group.ts)", () => {
  it("refuses a group whose topic the article never names, offering the Quartet", () => {
    for (const q of [
      "is russia in some group working on outer space?",
      "does moscow belong to a club for climate change?",
      "россия входит в какое-нибудь объединение по космосу?",
      "москва состоит в клубе по экологии?",
    ]) {
      const a = engine.findAnswer(q);
      expect(a.answered, q).toBe(false);
      expect(JSON.stringify(a.suggestions), q).toMatch(/Quartet|квартет/i);
    }
  });
  it("keeps a group on the story's topic", () => {
    expect(read("is russia in any group on middle east peace?")).toBe("quartet-members");
    expect(read("россия входит в какую-то группу по ближнему востоку?")).toBe("quartet-members");
  });
});

describe("a person the article never names, by a common word", () => {
  it("refuses a call or meeting of 'trump'", () => {
    for (const q of ["is trump going to phone erdogan?", "will trump visit putin?", "did trump call putin?"])
      expect(read(q), q).toMatch(/^refused/);
  });
  it("keeps the story's call", () => {
    expect(read("did putin call erdogan?")).toBe("putin-erdogan-call");
  });
});

describe("which state should come into being (state-to-come.ts)", () => {
  it("reads it as the state Putin sees the need for", () => {
    for (const q of [
      "which country should be established, in putin's view?",
      "what kind of state needs to come into existence according to putin",
      "какое государство должно быть образовано, считает путин?",
      "какая страна, по мнению путина, должна появиться?",
    ])
      expect(read(q), q).toBe("palestinian-state");
  });
  it("leaves another voice's view and the crisis spreading as typed", () => {
    const q = "which state does hamas think should be created?";
    expect(asStateToCome(q)).toBe(q);
    expect(read("which countries could the crisis spread to?")).toBe("crisis-spread-fears");
  });
});

describe("a story person given another country's office, stated (mistaken-office.ts, russian/role-asked.ts)", () => {
  it("reads it as who the person is", () => {
    expect(asMistakenOffice("putin is syrias president isnt he")).toBe("who is putin");
    expect(asMistakenOffice("erdogan is the egyptian leader, right?")).toBe("who is erdogan");
    expect(asMistakenOffice("peskov's the prime minister of iraq?")).toBe("who is peskov");
    expect(read("erdogan is irans leader isnt he")).toBe("who-is-erdogan");
    expect(asRussianRoleAsked("песков министр иностранных дел сирии, верно?")).toBe("кто такой песков");
    expect(asRussianRoleAsked("эрдоган президент ирана, так?")).toBe("кто такой эрдоган");
  });
  it("leaves the person's own country as typed", () => {
    for (const q of ["erdogan is turkey's president isnt he", "putin is the russian president, right?"])
      expect(asMistakenOffice(q)).toBe(q);
  });
});
