// dialog-r2-30: the chat's yes/no verdicts and their evidence — the summary's lead as "he", the evidence that names
// the party asked, force wished in other words — through the dialogue as the bot runs it (helpers/dialogue.ts).
import { describe, expect, it } from "vitest";
import { lastAnswer, lastEntry, lastVerdict, playChat } from "../helpers/dialogue.js";

describe("'he' after the story's summary", () => {
  it("is the summary's lead, so his saying is read and Yes where the article reports it", () => {
    expect(
      lastVerdict(["give me the gist of the story", "did he say anything about innocent people dying?"]),
    ).toBe("yes");
    expect(
      lastVerdict(
        ["о чём эта статья в двух словах", "а он что-нибудь говорил о погибших мирных жителях?"],
        "ru",
      ),
    ).toBe("yes");
    // The first test of the file builds the real dialogue: a hang guard, as the per-file pins have.
  }, 60_000);
  it("keeps 'that guy' the other person the summary names, and 'it' the article", () => {
    const [, who] = playChat(["what is this article about", "who is that guy he spoke with?"]);
    const reply = who!.replies[0]!;
    expect(reply.kind === "answer" ? reply.understood : null).toMatch(/erdogan/i);
    expect(lastVerdict(["what is this article about", "does it mention the european union?"])).toBe("yes");
  });
});

describe("a Yes whose evidence does not name the party asked", () => {
  it("is shown on the entry whose quote names it", () => {
    const reply = lastAnswer(["is russia in contact with hamas at all?"]);
    expect(reply.verdict).toBe("yes");
    expect(reply.answer.quotes.map((q) => q.text).join(" ")).toMatch(/Hamas/);
  });
  it("keeps the other side asked next on Russia's ties with it", () => {
    const reply = lastAnswer(["is russia in contact with hamas at all?", "and with israel too?"]);
    expect(reply.verdict).toBe("yes");
    expect(reply.answer.quotes.map((q) => q.text).join(" ")).toMatch(/Israel/);
  });
  it("leaves 'both sides' asked of both sides on the contacts", () => {
    expect(lastEntry(["is the kremlin talking to both the israelis and the palestinians?"])).toBe(
      "kremlin-contact-both-sides",
    );
  });
  it("leaves evidence that names the asked parties, and a question no quote answers, alone", () => {
    const blame = lastAnswer(["does putin blame washington?"]);
    expect(blame.answer.entry?.id).toBe("putin-blames-us");
    const call = lastAnswer(["did putin ring erdogan about gaza?"]);
    expect(call.answer.entry?.id).toBe("putin-erdogan-call");
  });
});

describe("force wished in other words by the voice that calls for a ceasefire", () => {
  it("is No with his ceasefire call", () => {
    expect(lastVerdict(["is putin in favour of a military fix?"])).toBe("no");
    expect(lastVerdict(["is putin pushing for a military solution?"])).toBe("no");
    expect(lastVerdict(["what does putin want", "so he would rather the army sorted it out?"])).toBe("no");
  });
  it("leaves a wish against force and another voice alone", () => {
    expect(lastVerdict(["is putin against a military solution?"])).not.toBe("no");
    expect(lastVerdict(["does israel want a military solution?"])).not.toBe("no");
  });
});

describe("talks asked of the Foreign Ministry's direct dialogue", () => {
  it("is Yes of the ministry (dialogue and talks in one synonym group)", () => {
    expect(
      lastVerdict([
        "is the russian foreign ministry pushing for direct talks between israelis and palestinians?",
      ]),
    ).toBe("yes");
  });
  it("is not Yes of Putin, who called for the negotiation process, not direct dialogue", () => {
    expect(lastVerdict(["did putin ask for direct talks between israelis and palestinians?"])).not.toBe(
      "yes",
    );
  });
});
