// dialog30: the chat's yes/no verdicts of wave AN's kinds, through the bot's dialogue (helpers/dialogue.ts).
import { describe, expect, it } from "vitest";
import { lastVerdict } from "../helpers/dialogue.js";

describe("a role asked in other words than the article's", () => {
  it("is Yes where the asked role is the article's role (leader = president, 'putins spokesman')", () => {
    expect(lastVerdict(["who was putin on the phone with", "so he is the president of turkey?"])).toBe("yes");
    expect(lastVerdict(["tell me who peskov is", "so he is putins spokesman?"])).toBe("yes");
    expect(lastVerdict(["с кем говорил путин по телефону", "он президент турции?"])).toBe("yes");
  });
  it("keeps another office not said or No", () => {
    expect(lastVerdict(["tell me who peskov is", "is he putins foreign minister?"])).not.toBe("yes");
    expect(lastVerdict(["с кем говорил путин по телефону", "он премьер-министр турции?"])).not.toBe("yes");
  });
});

describe("a party's standing asked as everyone's view", () => {
  it("is No where the article calls the party's involvement contested", () => {
    expect(lastVerdict(["do all sides regard moscow as a fair go-between?"])).toBe("no");
    expect(lastVerdict(["все признают россию честным посредником?"], "ru")).toBe("no");
  });
  it("leaves the party's own claim and other parties to the rest", () => {
    expect(lastVerdict(["does russia say everyone sees it as neutral?"])).not.toBe("no");
    expect(lastVerdict(["does everyone see the us as a fair broker?"])).not.toBe("no");
  });
});

describe("a truth tag typed without its punctuation", () => {
  it("is read as the tag", () => {
    expect(lastVerdict(["my friend says putin wants an immediate ceasefire is that right"])).toBe("yes");
    expect(lastVerdict(["whos in the quartet", "the eu is one of the members right"])).toBe("yes");
    expect(lastVerdict(["peskov speaks for the kremlin isnt he"])).toBe("yes");
  });
  it("leaves questions of their own alone", () => {
    expect(lastVerdict(["did putin say who is right"])).not.toBe("yes");
  });
});

describe("a light verb beside a manner the checker matched", () => {
  it("does not unback the paraphrase", () => {
    expect(lastVerdict(["путин говорит, что вашингтон действовал в одиночку?"], "ru")).toBe("yes");
  });
  it("keeps another doer unconfirmed", () => {
    expect(lastVerdict(["путин говорит, что россия действовала в одиночку?"], "ru")).not.toBe("yes");
  });
});

describe("force wished by the voice that calls for a ceasefire", () => {
  it("is No with his ceasefire call as the evidence", () => {
    expect(lastVerdict(["does putin want israel to retaliate?"])).toBe("no");
    expect(lastVerdict(["so putin would back a military response by israel?"])).toBe("no");
    expect(lastVerdict(["путин поддерживает силовое решение?"], "ru")).toBe("no");
  });
  it("leaves another voice's wish and a pronoun after the call alone", () => {
    expect(lastVerdict(["does israel want to strike back?"])).not.toBe("no");
    expect(lastVerdict(["who did putin phone", "does he want a ground operation?"])).not.toBe("no");
  });
});

describe("everyday words of the article's points", () => {
  it("reads 'pitch in' as contributing and 'regular people' as civilians", () => {
    expect(lastVerdict(["does the kremlin want to pitch in to find a settlement?"])).toBe("yes");
    expect(lastVerdict(["is putin worried about regular people dying?"])).toBe("yes");
  });
});

describe("a long ramble ending in a yes/no clause of its own", () => {
  it("takes the verdict from the last clause", () => {
    expect(
      lastVerdict([
        "i only had a few minutes this morning and the article felt like a lot of names and places thrown at me, but did putin ask for an immediate ceasefire?",
      ]),
    ).toBe("yes");
  });
  it("leaves a pronoun clause, which needs the ramble, to the rest", () => {
    expect(
      lastVerdict([
        "i only had a few minutes this morning and the article felt like a lot of names and places thrown at me, but is it really about the us?",
      ]),
    ).not.toBe("yes");
  });
});

describe("a Russian guilt asked of the party the evidence blames", () => {
  it("is Yes on the evidence's blame", () => {
    expect(lastVerdict(["как путин оценивает действия сша", "выходит, виноваты штаты?"], "ru")).toBe("yes");
    expect(lastVerdict(["как путин оценивает действия сша", "получается, американцы виноваты?"], "ru")).toBe(
      "yes",
    );
  });
  it("leaves other parties, negations and one more party to the rest", () => {
    expect(lastVerdict(["как путин оценивает действия сша", "выходит, виноват израиль?"], "ru")).not.toBe(
      "yes",
    );
    expect(lastVerdict(["как путин оценивает действия сша", "а сша не виноваты?"], "ru")).not.toBe("yes");
  });
});

describe("a Russian idiom of the passage's verb", () => {
  it("reads «тянули одеяло на себя» as monopolizing", () => {
    expect(
      lastVerdict(
        ["что путин говорит о вашингтоне", "он считает, что вашингтон тянул одеяло на себя?"],
        "ru",
      ),
    ).toBe("yes");
  });
});
