// The kinds quality-ru10 fixed, in words of our own: a party the article names in one sentence only asked about as
// such (роль ЕС, что о ООН); sizes of one ("одной фразой"); tags ("небось", "не так ли"); a lead-in that reports
// ("Сомневаюсь, что Путин …. Что он сказал?"). Guards: what a party *said* is still "doesn't say"; a party named
// in many sentences is not pinned to one; an off-topic report is still refused.
import { describe, expect, it } from "vitest";
import { partsOf } from "../../src/answering/long-message.js";
import { ask, expectAnswered, expectNotAnswered } from "../helpers/answering-detected.js";

describe("a party named in one sentence only (sole-mention.ts)", () => {
  it.each([
    ["какая роль у Евросоюза в этой истории?", "quartet-members"],
    ["что пишут про ООН в статье", "quartet-members"],
    ["what part does the United Nations play here?", "quartet-members"],
  ])("answers '%s' with the sentence that names it", (q, id) => {
    expectAnswered(q, id);
  });

  it("keeps 'what did the EU say' as the article giving no other leaders' views", () => {
    for (const q of ["что заявил Евросоюз?", "what did the UN say?"]) {
      expectNotAnswered(q, "other-leaders-views");
    }
  });

  it("does not pin a party the article names often to one sentence", () => {
    expect(ask("какова роль Кремля?").entry?.id).toBe("kremlin-settlement-role");
  });
});

describe("sizes of one, tags and reported lead-ins (Russian)", () => {
  it("reads 'X одной фразой' as X, and the story 'одной фразой' as the story in brief", () => {
    expect(ask("вывод автора одним предложением").entry?.id).toBe("article-conclusion");
    expect(ask("суть новости в одной фразе").kind).toBe("summary");
  });

  it("drops a tag asking for agreement", () => {
    const a = expectAnswered("Путин винит Штаты, небось?");
    expect(a.answer).toMatch(/США|Соединённ/);
  });

  it("reads what a lead-in reports with the question after it, not the asker's doubt", () => {
    expect(partsOf("Не верю, что Кремль хочет мира. Что он заявляет?")).toContain(
      "Кремль хочет мира. Что он заявляет?",
    );
    const a = ask("Не верю, что Кремль хочет мира. Что он заявляет?");
    expect(a.entry?.id).toBe("kremlin-settlement-role");
  });

  it("still refuses a report about someone the article does not name", () => {
    expectNotAnswered("Говорят, что Байден звонил Путину. Что он сказал?");
  });
});
