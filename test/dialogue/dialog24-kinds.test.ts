// dialog24: "it"/"that" as the last answer's topic — a mention the paragraph beside it denies
// (neighbour-mention.ts), a status the last answer gives as former (former-status.ts on the last answer), a point
// the last answer's voice takes in (includes-asked.ts), a party the evidence says failed (failed-party.ts), the
// talks a party takes part in (part-in-pronoun.ts); "why?" with no curated reason (why-beside.ts); "back to X —
// why?" (earlier-speakers.ts); "а что сказал X?" as a question of its own. Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { lastText, lastVerdict } from "../helpers/dialogue.js";

describe("a pronoun for the last answer's topic", () => {
  it("is No to 'did Putin raise it?' after the Quartet: the sentence beside it says he made no mention", () => {
    const messages = ["who is in the quartet?", "did putin ever raise it in his call?"];
    expect(lastVerdict(messages)).toBe("no");
    expect(lastText(messages)).toMatch(/no mention/);
  });

  it("leaves 'did Peskov mention it?' after the Quartet to the usual path (he is not the one named)", () => {
    expect(lastVerdict(["what is the quartet for?", "did peskov mention it?"])).not.toBe("no");
  });

  it("is No to 'они всё ещё граждане?' and 'they still citizens?' on the last answer's former citizens", () => {
    expect(lastVerdict(["что связывает Россию и Израиль?", "а они сейчас ещё граждане России?"], "ru")).toBe(
      "no",
    );
    expect(lastVerdict(["what ties russia to israel?", "are they currently russian nationals?"])).toBe("no");
  });

  it("is Yes to 'does that include…' where the same voice's entry says so", () => {
    expect(
      lastVerdict(["what role does the kremlin want?", "does that also involve talking with both sides?"]),
    ).toBe("yes");
  });

  it("is No to 'has Washington come through on that?' where the evidence calls its policy a failure", () => {
    const messages = [
      "what does putin say the palestinians aspire to?",
      "has washington come through on that?",
    ];
    expect(lastVerdict(messages)).toBe("no");
  });

  it("is Yes to 'is the Quartet part of it?' after an answer about the talks", () => {
    const messages = [
      "does putin want the negotiations resumed?",
      "is the quartet a participant in that as well?",
    ];
    expect(lastVerdict(messages)).toBe("yes");
  });
});

describe("'why?' after a stance the article gives no reason for", () => {
  it("keeps the stance and adds the article's account just before it, saying there is no reason of its own", () => {
    const text = lastText(["what is the foreign ministry urging?", "how come?"]);
    expect(text).toMatch(/no reason/);
    expect(text).toMatch(/extend beyond/);
    expect(text).toMatch(/stabili/);
  });

  it("leaves an answer whose quotes give the cause as it was", () => {
    expect(lastText(["does russia have common ground with israel?", "why?"])).not.toMatch(/no reason/);
  });
});

describe("a return to a voice the chat left", () => {
  it("reads 'back to putin — why?' against the last question asked of Putin", () => {
    const text = lastText(["who is putin blaming?", "what is peskov saying?", "ok, back to putin — why?"]);
    expect(text).toMatch(/fail/);
    expect(text).not.toMatch(/constructive role/);
  });

  it("reads 'а что говорит Песков?' as a question about Peskov, not a topic beside Putin", () => {
    const text = lastText(["кого винит Путин?", "а что говорит Песков?"], "ru");
    expect(text).toMatch(/constructive|конструктив/);
    expect(text).not.toMatch(/monopoliz/);
  });
});
