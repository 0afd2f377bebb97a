// dialog32 (session 32): yes/no verdicts — an either-or whose one side wishes the fighting on (never "both"), the
// call's partner as a cleft, whether the article quotes a party, blame for the war, Moscow's mediator image, «рф».
// Own wordings; the sets' lines are pinned in test/questions.
import { describe, expect, it } from "vitest";
import { quotedAsked } from "../../src/dialogue/quoted-asked.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("an either-or whose one side wishes the fighting on", () => {
  it("answers the ceasefire side alone, never «И то и другое»", () => {
    for (const q of [
      "путин за прекращение огня или за продолжение войны?",
      "путин хочет, чтобы война закончилась или продолжалась",
    ]) {
      const reply = lastAnswer([q], "ru");
      expect(reply.answer.answer).not.toMatch(/И то и другое/);
      expect(reply.answer.entry?.id).toBe("ceasefire-call");
    }
    // The first chat of the file loads the Russian readers: slow on a loaded machine.
  }, 60_000);
  it("in English too", () => {
    const reply = lastAnswer(["does putin want the war to end or to go on?"], "en");
    expect(reply.answer.answer).not.toMatch(/^Both/);
  });
});

describe("the call's partner asked as a cleft or with a hold-on", () => {
  it("is No for a party the article never puts on the call, Yes for the call's own", () => {
    expect(lastVerdict(["putin erdogan call", "so was it biden he phoned? i thought so"])).toBe("no");
    expect(lastVerdict(["who was putin on the phone with", "hold on, wasnt the call with netanyahu?"])).toBe(
      "no",
    );
    expect(lastVerdict(["was it erdogan he called?"])).toBe("yes");
  });
  it("leaves a bare talk with a stranger as doesn't say", () => {
    expect(lastVerdict(["did putin ever talk to biden"])).toBe("not-said");
  });
});

describe("whether the article quotes a party", () => {
  it("reads the quote question, 'in it' being the article", () => {
    expect(quotedAsked("is macron quoted in it", "en")).toBe("macron");
    expect(quotedAsked("does the article quote the pope", "en")).toBe("the pope");
    expect(quotedAsked("а макрона там цитируют", "ru")).toBe("макрона");
    expect(quotedAsked("is he quoted", "en")).toBeNull();
  });
  it("is No for a party the article never names, after any answer", () => {
    expect(lastVerdict(["what is the story about", "Is Macron quoted in it?"])).toBe("no");
    expect(lastVerdict(["does the article quote macron?"])).toBe("no");
  });
  it("gives no Yes for a party only named", () => {
    expect(lastVerdict(["is erdogan quoted?"])).not.toBe("yes");
  });
});

describe("blame for the violence in the chat's words", () => {
  it("is Yes for the party the evidence blames, for the war or Gaza", () => {
    expect(lastVerdict(["does putin hold washington responsible for the war"])).toBe("yes");
    expect(lastVerdict(["does putin blame america for gaza"])).toBe("yes");
  });
  it("is no Yes for another party", () => {
    expect(lastVerdict(["does putin blame hamas for the war"])).not.toBe("yes");
  });
  it("reads 'does he say who is to blame' as the target asked for", () => {
    expect(lastVerdict(["what does putin think", "does he say who is to blame"])).toBe("yes");
  });
});

describe("Moscow's image as a mediator", () => {
  it("is Yes as the self-image the article reports", () => {
    expect(lastVerdict(["is moscow trying to come across as an impartial broker?"])).toBe("yes");
    expect(lastVerdict(["does russia want to act as a mediator"])).toBe("yes");
  });
  it("stays doesn't say asked as a fact", () => {
    expect(lastVerdict(["is russia a neutral mediator"])).not.toBe("yes");
  });
});

describe("«рф» as the subject", () => {
  it("is Russia for the verdict", () => {
    expect(lastVerdict(["рф хочет прямого диалога между израилем и палестинцами?"], "ru")).toBe("yes");
    expect(lastVerdict(["рф винит израиль?"], "ru")).not.toBe("yes");
  });
});
