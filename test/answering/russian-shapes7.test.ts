// The kinds of Russian wording quality-ru7 fixed: chat slang for Americans and for talking, brevity words
// (кратко, пару слов, в двух словах) beside a topic, "история" as the story itself, the EU/UN's part as the
// Quartet, the story's cast as the roster of speakers, a student's chatter (доклад, препод), growing violence,
// and Latin keywords around one Cyrillic word. Each asks in words of its own, not a question set's line.
import { describe, expect, it } from "vitest";
import { normaliseRussianWords } from "../../src/answering/russian/normalise.js";
import { ask, expectAnswered, expectNotAnswered } from "../helpers/answering-detected.js";

describe("Russian question shapes (quality-ru7 causes)", () => {
  it.each([
    ["за что путин ругает янки", "putin-on-us"],
    ["штатовцы провалили политику, так путин считает?", "us-policy-failure"],
    ["о чём болтали путин и турецкий лидер", "putin-erdogan-call"],
    ["вкратце: чего добивается путин", "what-putin-wants"],
    ["позиция кремля по урегулированию, коротко", "kremlin-settlement-role"],
    ["палестинское государство путин в двух словах", "palestinian-state"],
    ["для реферата: что путин говорит о мирных жертвах", "putin-civilian-casualties"],
    ["Kremlin Moscow посредник", "russia-impartial-mediator"],
    ["израиль получается союзник москвы?", "russia-israel-ties"],
    ["что спорного в российском участии", "russia-role-controversy"],
    ["в чём путин видит корень насилия", "us-policy-failure"],
  ])("answers '%s' from %s", (q, id) => {
    expectAnswered(q, id);
  });

  it.each(["кратенько", "пару слов пожалуйста", "в двух словах"])(
    "still reads '%s' alone as asking for the summary",
    (q) => {
      expect(ask(q).kind).toBe("summary");
    },
  );

  it.each(["кто персонажи этой истории", "перечисли главных героев", "кто фигурирует в тексте"])(
    "reads the story's cast ('%s') as who says what",
    (q) => {
      const a = ask(q);
      expect(a.kind).toBe("quotes");
      expect(a.answered).toBe(true);
    },
  );

  it("keeps a cast word beside a topic a question about the topic", () => {
    expect(normaliseRussianWords("упоминается ли турция")).toContain("упоминается");
    expect(ask("упоминается ли эрдоган").entry?.id).toBe("who-is-erdogan");
  });

  it("reads growing violence and what may happen as the escalation", () => {
    expectAnswered("что будет, если насилие продолжит нарастать");
  });

  it("offers the Quartet first when the EU's part in the story is asked (not another actor's entry)", () => {
    const a = ask("роль евросоюза в этой истории");
    expect(a.entry?.id).not.toBe("who-is-erdogan");
    expect(a.entry?.id ?? a.suggestions[0]?.entryId).toBe("quartet-members");
  });

  it("still refuses what the UN or the EU decided (the article reports no one else's views)", () => {
    for (const q of ["что постановил евросоюз", "какую резолюцию приняла оон"]) expectNotAnswered(q);
  });

  it("keeps the cause of the violence asked without Putin a gap ('the article does not say')", () => {
    expectNotAnswered("из-за чего вспыхнуло насилие", "violence-trigger");
  });

  it("still refuses slang about someone the article does not mention", () => {
    expectNotAnswered("что хохлы думают про газу");
  });
});
