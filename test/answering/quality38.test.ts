// quality38's kinds, in wordings of our own (wave BL's misses): points the article states plainly, asked yes/no in
// other words (owned-points-stated.ts) — the call's other party without Putin, a side of the fighting, the Foreign
// Ministry's call for direct dialogue, Putin's view that US policy failed, the Kremlin's contact with one side "only"
// (No); a name asked of a role with a relative clause («…, который…»); «путен» before the Russian readers; and the
// dialogue's identity readers leave "putin is the president of which country" to the card. Probes pinned, linear.
import { describe, expect, it } from "vitest";
import { addsToCard } from "../../src/answering/owned-scope.js";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { asRussianNameAsked } from "../../src/answering/russian/name-asked.js";
import { foldedRussian } from "../../src/answering/russian/plain-text.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

describe("a stated point asked yes/no in other words", () => {
  it("says Yes to the call's other party asked without Putin", () => {
    expect(opening("so the phone conversation was with the turkish leader?")).toBe("Yes.");
    expect(opening("разговор по телефону был с эрдоганом?")).toBe("Да.");
  });
  it("owns no verdict on who called whom, nor on another party", () => {
    expect(ownedVerdict("did erdogan call him first?", "en", "putin-erdogan-call")).toBe(null);
    expect(opening("was the call with netanyahu?")).not.toBe("Yes.");
  });
  it("says Yes to a side of the fighting the article names", () => {
    expect(opening("is the israeli army one of the sides fighting?")).toBe("Yes.");
    expect(opening("хамас воюет с израилем?")).toBe("Да.");
  });
  it("owns no verdict on who wins, who started it, or a side the article never names", () => {
    expect(ownedVerdict("is israel winning the fighting?", "en", "conflict-parties")).toBe(null);
    expect(ownedVerdict("хамас начал войну?", "ru", "conflict-parties")).toBe(null);
    expect(opening("is hezbollah one of the sides fighting?")).not.toBe("Yes.");
  });
  it("says Yes to the Foreign Ministry's call for direct dialogue", () => {
    expect(opening("is the russian foreign ministry pushing for direct israeli-palestinian dialogue?")).toBe(
      "Yes.",
    );
    expect(opening("мид россии за прямой диалог между израилем и палестинцами?")).toBe("Да.");
  });
  it("says Yes to Putin's view that US policy failed, asked as his", () => {
    expect(opening("does putin believe washington's middle east policy failed?")).toBe("Yes.");
    expect(opening("путин говорит, что политика америки провалилась?")).toBe("Да.");
    expect(ownedVerdict("did putin say russian policy failed?", "en", "us-policy-failure")).toBe(null);
    expect(ownedVerdict("did putin say us policy did not fail?", "en", "us-policy-failure")).toBe(null);
  });
  it("says No to the Kremlin's contact with one side only, and drops the card's own Yes", () => {
    expect(opening("is moscow only in contact with hamas?")).toBe("No.");
    expect(opening("россия общается лишь с израилем?")).toBe("Нет.");
    expect(
      ownedVerdict("does the kremlin talk only to israel and hamas?", "en", "kremlin-contact-both-sides"),
    ).toBe(null);
  });
  it("reads «одна из» as one of, not a narrowed scope", () => {
    expect(addsToCard("хамас одна из сторон?", "Хамас и Израиль")).toBe(false);
    expect(addsToCard("путин винит одну америку?", "Путин винит США")).toBe(true);
  });
});

describe("Russian readers", () => {
  it("reads a role's name asked with a relative clause as who that person is", () => {
    expect(asRussianNameAsked("как зовут пресс-секретаря, который говорил за кремль?")).toBe(
      "кто такой песков",
    );
    expect(asRussianNameAsked("как зовут кота путина?")).not.toBe("кто такой путин");
  });
  it("folds «путен» as Putin's name before the readers", () => {
    expect(foldedRussian("Путен чё думает")).toBe("путин че думает");
    expect(foldedRussian("у путена спросили")).toBe("у путина спросили");
    expect(foldedRussian("путеводитель")).toBe("путеводитель");
  });
});

describe("the probes of the kind (first run on base38: en 2/18 answered, ru 8/19)", () => {
  itHoldsProbeFloors([
    ["probes-en78.jsonl", 1, 0.95],
    ["probes-ru78.jsonl", 1, 0.95],
  ]);
});

describe("quality38's readers stay linear on long input", () => {
  it("the stated points", () => {
    const card = () => "Hamas and the Israeli military; both warring sides. ".repeat(40);
    expectLinearOnLongInput(
      (s) => {
        ownedVerdict(s, "en", "conflict-parties", card);
        ownedVerdict(s, "ru", "conflict-parties", card);
        ownedVerdict(s, "en", "us-policy-failure", card);
        ownedVerdict(s, "en", "kremlin-contact-both-sides", card);
      },
      ["is hamas ", "according to putin, ", "only only ", "failed ", "одна из ", "чтобы "],
    );
  });
  it("the Russian folds", () => {
    expectLinearOnLongInput(
      (s) => {
        foldedRussian(s);
        asRussianNameAsked(s);
      },
      ["путен", "путе ", "который кот ", "как зовут "],
    );
  });
});
