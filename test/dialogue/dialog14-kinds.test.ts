// dialog14: a person asked about another office (office.ts), the reported call asked with a wrong party
// (call-party.ts). Our own phrasings (not the probe set's), written from the article.
import { describe, expect, it } from "vitest";
import { officeOf, otherOffice } from "../../src/dialogue/office.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("another office than the article's (office.ts)", () => {
  it("names offices in one spelling and compares only named ones", () => {
    expect(officeOf(new Set(["foreign", "minister"]))).toBe("minister");
    expect(officeOf(new Set(["turkish", "leader"]))).toBeNull();
    expect(otherOffice(new Set(["russian", "president"]), new Set(["prime", "minister"]))).toBe(true);
    expect(otherOffice(new Set(["turkish", "leader"]), new Set(["president"]))).toBe(false);
  });

  it("is No for a different office, in both languages", () => {
    expect(lastVerdict(["what does putin want?", "is he the foreign minister of russia?"])).toBe("no");
    expect(lastVerdict(["что Путин говорит о США?", "он премьер-министр?"], "ru")).toBe("no");
    expect(lastVerdict(["что сказал Песков?", "он президент России?"], "ru")).toBe("no");
  });

  it("keeps Yes for the own office and 'doesn't say' for a vague role", () => {
    expect(lastVerdict(["what does putin want?", "is he the russian president?"])).toBe("yes");
    expect(lastVerdict(["is erdogan the president of turkey?"])).not.toBe("no");
  });
});

describe("the reported call asked with a wrong party (call-party.ts)", () => {
  it("is No, quoting the call", () => {
    const r = lastAnswer(["who did putin phone?", "was the call with the israeli president?"]);
    expect(r.verdict).toBe("no");
    expect(r.answer.answer).toMatch(/Erdogan/);
    expect(lastVerdict(["и это был разговор с президентом США?"], "ru")).toBe("no");
    // Whether they ever spoke, the article doesn't say: only the call it reports is asked here.
    expect(lastVerdict(["has putin spoken with macron about the fighting?"])).not.toBe("no");
  });

  it("is no No for the call's own party or a party the article reports otherwise", () => {
    expect(lastVerdict(["did putin talk to erdogan?"])).not.toBe("no");
    expect(lastVerdict(["did putin speak with the turkish leader?"])).not.toBe("no");
    expect(lastVerdict(["Путин говорил с Эрдоганом?"], "ru")).not.toBe("no");
    expect(lastVerdict(["did putin talk to hamas?"])).not.toBe("no");
    expect(lastVerdict(["was the call with hamas?"])).not.toBe("no");
  });
});

describe("a reason offered back after an answer that gives one (confirmed-reason.ts)", () => {
  it("reads the offered reason from the message", async () => {
    const { offeredReason } = await import("../../src/dialogue/confirmed-reason.js");
    expect(offeredReason("so is that because of the emigrants living there?")).toBe(
      "the emigrants living there",
    );
    expect(offeredReason("это потому, что там много выходцев из россии?")).toBe(
      "там много выходцев из россии",
    );
    expect(offeredReason("what is the reason?")).toBeNull();
  });

  it("is Yes for the answer's own cause, in both languages", () => {
    const r = lastAnswer([
      "what links moscow and israel?",
      "is it because many former russian citizens reside there?",
    ]);
    expect(r.verdict).toBe("yes");
    expect(
      lastVerdict(
        ["что связывает Россию и Израиль?", "это потому, что там проживают бывшие граждане России?"],
        "ru",
      ),
    ).toBe("yes");
  });

  it("is never Yes for a cause the article does not give, or for the answer's own claim", () => {
    const asked = "what links moscow and israel?";
    expect(lastVerdict([asked, "is it because russian tourists were hurt there?"])).not.toBe("yes");
    expect(lastVerdict([asked, "is that because russia shares common ground with israel?"])).not.toBe("yes");
  });
});

describe("a mention the last answer says was not made (unmentioned.ts)", () => {
  it("reads the question and the answer's negated mention", async () => {
    const { unmentionedAsked } = await import("../../src/dialogue/unmentioned.js");
    const said = "It notes that Putin did not mention Russia's own role in his remarks.";
    expect(unmentionedAsked("so did he bring it up at all?", said)).toBe(true);
    expect(unmentionedAsked("did peskov mention it?", said)).toBe(false);
    expect(unmentionedAsked("did he mention it?", "Putin called for a ceasefire.")).toBe(false);
    expect(unmentionedAsked("а он вообще об этом говорил?", "Путин не упомянул роль России.")).toBe(true);
  });

  it("is No after an answer that says so", () => {
    const r = lastAnswer([
      "how is russia involved in the peace process?",
      "did putin bring that up himself?",
    ]);
    expect(r.verdict).toBe("no");
  });
});
