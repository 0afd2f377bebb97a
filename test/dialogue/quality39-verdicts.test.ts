// quality39's dialogue kinds, in phrasings of our own: another party's deed held against Russia's passage is no No
// (opposite-of-another.ts: "Has Turkey cut off trade with Israel?" was a false "No."); a call asked as an event is
// the call's Yes (call-existential.ts: "was there a call between putin and the turkish president" was a false
// "doesn't say"); a Russian request with the question inside it gets no verdict line (indirect-request-ru.ts); a
// «да/нет» tail asks the question's own yes or no (yes-no-question.ts, yes-no-ru.ts, two-questions.ts).
import { describe, expect, it } from "vitest";
import { callAsDeed } from "../../src/dialogue/call-existential.js";
import { indirectRequestRu } from "../../src/dialogue/indirect-request-ru.js";
import { askOnce, lastVerdict } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

describe("another party's deed against Russia's passage", () => {
  it("gives no No, and the engine's unsure reply stands", () => {
    for (const q of [
      "Has Turkey broken off relations with Israel?",
      "did turkey stop trading with israel?",
      "Has Ankara cut diplomatic ties with Israel?",
    ]) {
      const reply = askOnce(q);
      expect(reply.verdict, q).not.toBe("no");
    }
  });
  it("keeps the No where the doer is Russia's or is in the passage", () => {
    expect(lastVerdict(["did putin praise washington?"])).toBe("no");
    expect(lastVerdict(["did the eu refuse to join the quartet?"])).toBe("no");
  });
});

describe("a call asked as an event", () => {
  it("is put as the deed", () => {
    expectRows(callAsDeed, [
      [
        "was there a phone call between putin and the turkish president",
        "putin had a phone call with the turkish president",
      ],
      [
        "has there been a call between the russian leader and erdogan?",
        "the russian leader had a phone call with erdogan",
      ],
      ["did putin call erdogan", null],
    ]);
  });
  it("is Yes for the call the article reports, not for another", () => {
    expect(lastVerdict(["was there a call between the russian president and turkey's leader"])).toBe("yes");
    expect(lastVerdict(["has there been a phone conversation between putin and erdogan?"])).toBe("yes");
    expect(lastVerdict(["has there been a call between peskov and erdogan"])).not.toBe("yes");
  });
});

describe("a Russian request with the question inside it", () => {
  it("is read as the question it holds", () => {
    expectRows(indirectRequestRu, [
      ["можешь сказать, что он про сша говорил?", true],
      ["можете объяснить, почему путин винит сша?", true],
      ["а ты можешь рассказать, кого путин винит?", true],
      ["можешь сказать, звонил ли путин эрдогану?", false],
      ["можешь сказать, что путин звонил эрдогану?", false],
    ]);
  });
  it("gets no verdict line; a yes/no inside the request keeps its Да", () => {
    expect(lastVerdict(["Можешь сказать, что Путин про Америку говорил?"], "ru")).toBe(null);
    expect(lastVerdict(["можешь сказать, звонил ли путин эрдогану?"], "ru")).toBe("yes");
  });
  it("reads a «да/нет» tail as the question's own yes or no", () => {
    expect(lastVerdict(["путин звонил эрдогану? да/нет"], "ru")).toBe("yes");
    expect(lastVerdict(["путин хвалит сша? да-нет"], "ru")).toBe("no");
  });
  it("reads long input in linear time", () => {
    expectLinearOnLongInput(indirectRequestRu, ["можешь сказать ", "что ", "он ", "говорил "]);
    expectLinearOnLongInput(callAsDeed, ["was there a call between ", "a ", "and ", "b "]);
  });
});
