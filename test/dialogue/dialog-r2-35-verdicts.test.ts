// dialog-r2-35 (session 35, round 2): yes/no verdicts — the practice a speaker faults asked back as approved or
// prescribed ("should the US have a monopoly…?", «правильно ли США монополизировали…?») is No, never a Yes.
import { describe, expect, it } from "vitest";
import { prescribesPractice } from "../../src/dialogue/approval.js";
import { claimQuestionOf } from "../../src/dialogue/claim-frame.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectFast } from "../helpers/long-input.js";

describe("the faulted practice asked as approved or prescribed", () => {
  it("is No in English, standalone and as a follow-up", () => {
    expect(lastVerdict(["would putin say washington ought to hold a monopoly on peacemaking?"])).toBe("no");
    expect(lastVerdict(["in putin's view, is it good that washington monopolizes the peace process?"])).toBe(
      "no",
    );
    expect(
      lastVerdict([
        "what is putin's complaint about washington",
        "so he feels the us must keep that monopoly?",
      ]),
    ).toBe("no");
  });
  it("is No in Russian", () => {
    expect(lastVerdict(["путин думает, что вашингтону надо монополизировать переговоры?"], "ru")).toBe("no");
    expect(lastVerdict(["по мнению путина, сша верно монополизировали мирный процесс?"], "ru")).toBe("no");
  });
  it("leaves the plain fault a Yes and a negated approval alone", () => {
    expect(lastVerdict(["does putin accuse the us of monopolizing the peace process?"])).toBe("yes");
    // claims-r2-36: a stop between the prescription and the practice ("should not", "must stop") prescribes none.
    expect(
      prescribesPractice("does putin say the us should not monopolize peace efforts", "monopolizing", "en"),
    ).toBe(false);
    expect(prescribesPractice("does putin say the us monopolized peace efforts", "monopolizing", "en")).toBe(
      false,
    );
    expect(prescribesPractice("should the us monopolize it", "failed", "en")).toBe(false);
  });
  it("reads a leading 'in X's view,' frame as 'according to X'", () => {
    expect(lastVerdict(["in putin's opinion, was it a good idea for the us to monopolize the talks?"])).toBe(
      "no",
    );
  });
  it("stays linear on long input", () => {
    expectFast(() => {
      const none = { namedIn: () => [] } as unknown as Parameters<typeof claimQuestionOf>[2];
      claimQuestionOf(`in ${"putin ".repeat(20000)}'s view, is it x?`, "en", none);
      claimQuestionOf(`in ${"a".repeat(40000)} ${"b".repeat(40000)}x, is it x?`, "en", none);
      prescribesPractice(`should ${"the us to ".repeat(20000)}x`, "monopolizing", "en");
      prescribesPractice(`${"right to on its ".repeat(20000)}x`, "monopolizing", "en");
      prescribesPractice(`${"должны в ".repeat(20000)}x`, "ignored", "ru");
    }, 1000);
  });
});
