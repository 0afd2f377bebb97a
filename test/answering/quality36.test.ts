// quality36's kinds, in wordings of our own: a plain yes/no question asking a card's point in other words gets the
// Yes (or No) the card states from the engine itself (owned-verdict.ts): the Quartet's members, Russia's ties, the
// Kremlin ready to help, talks resumed, Moscow's impartial pose, a Palestinian state, fears of spread, a disputed
// role, blame on the US, concern for civilians; "did US policy work?" and Washington's compromises are No. A word
// that could turn the sense, an alternative or a question word leaves the card as it is. The Foreign Ministry's
// role asked in Russian finds the ministry's card. Readers stay linear. The engine's figures are the probes'
// (probes-en73, probes-ru74).
import { describe, expect, it } from "vitest";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { asRussianMinistryRole } from "../../src/answering/russian/ministry-role.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const verdictOf = (q: string, lang: "en" | "ru", entry: string) =>
  ownedVerdict(q, lang, entry)?.verdict ?? null;

describe("the engine's own verdict on a card's point", () => {
  it("says Yes to a point the card states, asked plainly", () => {
    expect(verdictOf("does the kremlin keep up relations with hamas?", "en", "russia-palestinian-ties")).toBe(
      "yes",
    );
    expect(verdictOf("so, is moscow willing to help broker a deal?", "en", "kremlin-settlement-role")).toBe(
      "yes",
    );
    expect(verdictOf("would putin like to see negotiations renewed", "en", "negotiations")).toBe("yes");
    expect(verdictOf("is the united states in the quartet", "en", "quartet-members")).toBe("yes");
    expect(verdictOf("у кремля есть контакты с палестинцами?", "ru", "russia-palestinian-ties")).toBe("yes");
    expect(verdictOf("ес входит в квартет? да или нет", "ru", "quartet-members")).toBe("yes");
    expect(verdictOf("путин беспокоится о жертвах среди населения?", "ru", "putin-civilian-casualties")).toBe(
      "yes",
    );
  });
  it("says No where the question asks the opposite of the card's point", () => {
    expect(
      verdictOf("according to the article, was american policy effective?", "en", "us-policy-failure"),
    ).toBe("no");
    expect(verdictOf("сша искали компромиссы для обеих сторон?", "ru", "us-monopolizing-peace")).toBe("no");
    expect(verdictOf("вашингтон рассматривал компромиссы?", "ru", "us-monopolizing-peace")).toBe("no");
  });
  it("leaves the card alone when a word could turn the sense, or the question is not plain yes/no", () => {
    expect(verdictOf("does russia not have ties with hamas?", "en", "russia-palestinian-ties")).toBe(null);
    expect(verdictOf("does russia have ties with hamas or israel", "en", "russia-palestinian-ties")).toBe(
      null,
    );
    expect(verdictOf("why does russia have ties with hamas", "en", "russia-palestinian-ties")).toBe(null);
    expect(verdictOf("did the kremlin cut its links with hamas?", "en", "russia-palestinian-ties")).toBe(
      null,
    );
    expect(verdictOf("is iran in the quartet?", "en", "quartet-members")).toBe(null);
    expect(verdictOf("are russia and china in the quartet?", "en", "quartet-members")).toBe(null);
    expect(verdictOf("does putin blame israel?", "en", "putin-blames-us")).toBe(null);
    expect(verdictOf("does putin back a two-state solution?", "en", "palestinian-state")).toBe(null);
    expect(verdictOf("путин не хочет возобновления переговоров?", "ru", "negotiations")).toBe(null);
    expect(verdictOf("почему у россии связи с хамасом?", "ru", "russia-palestinian-ties")).toBe(null);
    expect(verdictOf("ties with hamas", "en", "russia-palestinian-ties")).toBe(null);
  });
  it("answers through the engine with the verdict first", () => {
    expect(engine.findAnswer("does moscow keep ties with the palestinians?").answer).toMatch(/^Yes\. /);
    expect(engine.findAnswer("is moscow part of the quartet?").answer).toMatch(/^Yes\. /);
    expect(engine.findAnswer("does russia present itself as neutral?").entry?.id).toBe(
      "russia-impartial-mediator",
    );
    expect(engine.findAnswer("кремль хочет содействовать урегулированию?").answer).toMatch(/^Да\. /);
    expect(engine.findAnswer("what ties does russia have with hamas?").answer).not.toMatch(/^Yes/);
  });
});

describe("the Foreign Ministry's role, in Russian", () => {
  it("reads the ministry's role as what the ministry says", () => {
    expect(asRussianMinistryRole("а какая роль у мида рф?")).toBe("чем занимается мид россии");
    expect(asRussianMinistryRole("какие региональные игроки важны мид?")).toBe(
      "какие региональные игроки важны мид?",
    );
    expect(engine.findAnswer("роль министерства иностранных дел россии во всём этом").entry?.id).toBe(
      "foreign-ministry-position",
    );
  });
});

describe("quality36's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    `does russia ${"have ".repeat(1000)}ties with hamas?`,
    `is ${"russia ".repeat(1000)}in the quartet`,
    `роль ${"мид ".repeat(1000)}рф`,
    `у россии ${"есть ".repeat(1000)}связи с хамасом?`,
    `does ${"putin ".repeat(25)}want talks resumed?`,
    `${"к".repeat(150)}?`,
  ];
  it.each([
    ["owned verdict (en)", (s: string) => ownedVerdict(s, "en", "russia-palestinian-ties")],
    ["owned verdict (ru)", (s: string) => ownedVerdict(s, "ru", "quartet-members")],
    ["russian ministry role", asRussianMinistryRole],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 500);
  });
});
