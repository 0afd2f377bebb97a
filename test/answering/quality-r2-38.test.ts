// quality-r2-38's kinds, in wordings of our own (wave BM's misses): a topic asked as mentioned at all, of the article
// or a voice (mention-asked.ts); Russia's stance and Putin's blame asked yes/no in other words (owned-points-stance.ts)
// — direct talks wanted, a formal part in the peace process, one side "only" (No), the US minding the Palestinians
// (No), Putin blaming a side of the fighting (No); Putin's Russian nicknames. Probes pinned, readers linear.
import { describe, expect, it } from "vitest";
import { mentionVerdict } from "../../src/answering/mention-asked.js";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

const casualties = {
  answer: "Putin expressed deep concern over the rising number of civilian casualties.",
  text: "Putin expressed deep concern over the rising number of civilian casualties.",
};

describe("a topic asked as mentioned at all", () => {
  it("says Yes when the card found names the voice and the topic", () => {
    expect(opening("has putin said anything about dead civilians?")).toBe("Yes.");
    expect(opening("is the quartet mentioned in the article?")).toBe("Yes.");
    expect(opening("упоминает ли статья связи россии с палестинцами?")).toBe("Да.");
  });
  it("owns no Yes on a topic the card does not hold, nor on another voice", () => {
    expect(mentionVerdict("did putin say anything about civilian aid", "en", casualties, "")).toBe(null);
    expect(mentionVerdict("did peskov say anything about civilian deaths", "en", casualties, "")).toBe(null);
    expect(mentionVerdict("did putin not mention civilian deaths", "en", casualties, "")).toBe(null);
  });
  it("keeps a card's No on a voice's silence, and says Yes of the article only when it holds the words", () => {
    expect(opening("did putin mention the quartet?")).toBe("No.");
    const silent = {
      answer: "No. Putin makes no mention of it.",
      text: "No. Putin makes no mention of the quartet.",
    };
    expect(mentionVerdict("does the story mention the quartet", "en", silent, "the Quartet")).toBe("yes");
    expect(mentionVerdict("does the story mention the quartet", "en", silent, "nothing")).toBe(null);
  });
});

describe("Russia's stance and Putin's blame asked yes/no", () => {
  it("says Yes to Russia wanting the sides to talk directly", () => {
    expect(opening("does the kremlin back direct dialogue between israelis and palestinians?")).toBe("Yes.");
    expect(opening("россия за прямой диалог израильтян и палестинцев?")).toBe("Да.");
  });
  it("says Yes to Russia's formal part in the peace process, not to Putin's mention of it", () => {
    expect(opening("is russia officially involved in the middle east peace process?")).toBe("Yes.");
    expect(
      ownedVerdict("did putin mention russia's role in the peace process?", "en", "russia-role-controversy"),
    ).toBe(null);
  });
  it("says No to Russia backing one side only, and names both", () => {
    const reply = engine.findAnswer("москва дружит лишь с палестинцами?").answer;
    expect(reply.startsWith("Нет.")).toBe(true);
    expect(reply).toMatch(/израил/iu);
    expect(ownedVerdict("does russia only back israel and hamas?", "en", "is-russia-neutral")).toBe(null);
  });
  it("says No to the US minding the Palestinians' interests, as Putin sees it", () => {
    expect(opening("по мнению путина, америка принимала во внимание палестинцев?")).toBe("Нет.");
    expect(opening("did washington take the palestinians into account, according to putin?")).toBe("No.");
  });
  it("gives no owned No to Putin blaming a side of the fighting: the article does not say (the settled convention)", () => {
    // Merge review (round2s38): an owned No here contradicted the pinned dialogue labels (o81-12, o89-06/07,
    // d79-17: not said) and answered "did putin say israel has the right to defend itself?" with No.
    expect(ownedVerdict("is putin blaming israel?", "en", "putin-blames-us")).toBe(null);
    expect(ownedVerdict("путин обвиняет палестинцев?", "ru", "putin-blames-us")).toBe(null);
    expect(opening("did putin say israel has the right to defend itself?")).not.toBe("No.");
  });
  it("reads Putin's nicknames as Putin", () => {
    expect(engine.findAnswer("с кем созвонился володя?").answer).toMatch(/Эрдоган/u);
  });
});

describe("the probes of the kind (first run on base-r2-38: en 3/14 answered, ru 9/15; now 8/14 and 13/15)", () => {
  itHoldsProbeFloors([
    ["probes-en79.jsonl", 0.64, 0.57],
    ["probes-ru79.jsonl", 0.88, 0.86],
  ]);
});

describe("quality-r2-38's readers stay linear on long input", () => {
  it("the mention reader and the stance points", () => {
    const card = () => "Putin blames the United States; both sides; the Quartet. ".repeat(40);
    expectLinearOnLongInput(
      (s) => {
        mentionVerdict(s, "en", casualties, "article");
        mentionVerdict(s, "ru", casualties, "article");
        ownedVerdict(s, "en", "putin-blames-us", card);
        ownedVerdict(s, "ru", "putin-blames-us", card);
        ownedVerdict(s, "ru", "is-russia-neutral", card);
      },
      ["did putin say anything about ", "putin ", "путин ", "only ", "лишь ", "at all ", "? "],
    );
  });
});
