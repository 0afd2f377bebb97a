// A party the article never names, put in the slot of one of its facts in a yes/no question (wrong-party.ts): the
// fact's entry, marked for the yes/no layer's No; the same name as a topic or after "with" stays refused.
import { describe, expect, it } from "vitest";
import { withoutWrongParty } from "../../src/answering/wrong-party.js";
import { realEngine as engine } from "../helpers/engine.js";

const places = new Set(["tehran", "china", "japan", "syria"]);
const names = new Set(["scholz", "macron", "obama"]);
const offStory = (w: string) => (places.has(w) ? "place" : names.has(w) ? "name" : null);

describe("the question without the wrong party", () => {
  it.each([
    ["did putin blame tehran for the bloodshed?", "did putin blame for the bloodshed", "fact"],
    ["is it true putin pinned it on china", "is it true putin blamed it", "fact"],
    ["is japan one of the quartet members?", "is one of the quartet members", "fact"],
    ["was it scholz who urged a ceasefire?", "was it who urged a ceasefire", "fact"],
    ["is it true putin phoned macron about gaza", "is it true putin phoned about gaza", "call"],
  ])("%s -> %s (%s)", (q, rest, slot) => {
    expect(withoutWrongParty(q, "en", offStory)).toMatchObject({ rest, slot });
  });

  it.each([
    "did putin and erdogan talk about syria?",
    "did putin discuss syria with erdogan?",
    "is russia on speaking terms with japan?",
    "did putin talk on the phone with macron?",
    "why did putin blame tehran?",
    "did putin blame obama?",
  ])("keeps %s as it is (a topic, a party after 'with', a person blamed, or no yes/no)", (q) => {
    expect(withoutWrongParty(q, "en", offStory)).toBeNull();
  });
});

describe("the engine on a wrong party", () => {
  it.each([
    ["is it true putin pinned the violence on tehran", "putin-blames-us", "fact"],
    ["did putin blame tehran for the bloodshed?", "putin-blames-us", "fact"],
    ["the quartet is the us, the un, the eu and china, right?", "quartet-members", "fact"],
    ["правда ли, что путин обвинил китай в эскалации?", "putin-blames-us", "fact"],
    ["индия входит в квартет?", "quartet-members", "fact"],
  ])("answers %s with the fact's entry (%s), marked %s", (q, entry, slot) => {
    const a = engine.findAnswer(q);
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe(entry);
    expect(a.wrongParty).toBe(slot);
    expect(a.answer).not.toMatch(/^(?:Yes|Да)\./u);
  });

  it("marks the one phoned as a call the article does not report, not a No", () => {
    const a = engine.findAnswer("is it true putin rang scholz to talk about gaza");
    expect(a.answered).toBe(true);
    expect(a.wrongParty).toBe("call");
    expect(a.answer).toMatch(/Erdogan/);
  });

  it.each([
    "did putin and erdogan talk about syria?",
    "did putin discuss ukraine with erdogan?",
    "is russia friendly with japan?",
    "путин и эрдоган обсуждали сирию?",
    "россия дружит с японией?",
  ])("still refuses %s", (q) => {
    expect(engine.findAnswer(q).answered).toBe(false);
  });
});
