// dialog33 (session 33): yes/no verdicts — a party switched into the last yes/no's subject is asked of that party
// (never the last Yes carried over), and whether the article reports someone's words is answered on those words.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/types.js";
import { admitsOwnPart } from "../../src/dialogue/admitted-part.js";
import { stanceOfNoVoice } from "../../src/dialogue/entry-voice.js";
import { oneWhoAsked } from "../../src/dialogue/one-who.js";
import { ownRoleOfVoiceVerdict } from "../../src/dialogue/own-role-voice.js";
import { reportedAskedVerdict } from "../../src/dialogue/reported-asked.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import { swapsTheSubject } from "../../src/dialogue/subject-swap.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectFast } from "../helpers/long-input.js";

describe("a party switched into the last yes/no's subject", () => {
  it("is the question asked of that party, not the last Yes again", () => {
    expect(lastVerdict(["is putin for a palestinian state?", "and the us?"])).not.toBe("yes");
    expect(lastVerdict(["путин за палестинское государство?", "а сша?"], "ru")).not.toBe("yes");
    expect(lastVerdict(["does putin call for a ceasefire?", "and israel?"])).not.toBe("yes");
    expect(lastAnswer(["is putin for a palestinian state?", "and the us?"]).understood ?? "").toMatch(
      /the us (?:for|support) a palestinian state/,
    );
  });
  it("keeps the object's place where the last question names one, and lists in full", () => {
    expect(lastVerdict(["does putin blame hamas?", "and the us?"])).toBe("yes");
    expect(lastVerdict(["is russia in the quartet?", "and the eu?"])).toBe("yes");
    expect(lastVerdict(["does putin call for a ceasefire?", "and negotiations too?"])).toBe("yes");
  });
});

describe("whether the article reports someone's words", () => {
  it("is No where the evidence says it does not report them", () => {
    expect(lastVerdict(["who's erdogan", "did the article say what he told putin"])).toBe("no");
    expect(
      lastVerdict(["who did putin have a call with", "do we learn what erdogan said back to him?"]),
    ).toBe("no");
    expect(lastVerdict(["кто такой эрдоган", "а известно, что он ответил?"], "ru")).toBe("no");
  });
  it("is left to the other readers for words the article does report", () => {
    expect(lastVerdict(["did the article say what putin told erdogan?"])).toBe("yes");
    expect(lastVerdict(["известно, что путин сказал эрдогану?"], "ru")).toBe("yes");
  });
});

describe("'is X the one who …?'", () => {
  it("asks who did the deed, as 'was it X who …?' does", () => {
    expect(
      lastVerdict([
        "what does the russian foreign ministry want",
        "and peskov?",
        "is peskov the one who called for the ceasefire?",
      ]),
    ).toBe("no");
    expect(lastVerdict(["is putin the one who called for the ceasefire?"])).toBe("yes");
    expect(lastVerdict(["is putin the one to blame?"])).not.toBe("yes");
  });
});

describe("Russia's role asked of another Russian voice after Putin's silence", () => {
  it("is Yes where that voice's quote speaks of the role", () => {
    expect(lastVerdict(["Путин упоминал роль самой России в мирном процессе?", "а песков?"], "ru")).toBe(
      "yes",
    );
    expect(lastVerdict(["did putin mention russia's own role?", "and the kremlin?"])).toBe("yes");
    expect(lastVerdict(["did putin mention russia's own role?"])).toBe("no");
  });
});

describe("Russia's own part asked as admitted", () => {
  it("is No where the evidence says he makes no mention of Russia's role", () => {
    expect(
      lastVerdict([
        "is putin blaming washington for the war",
        "does he admit russia's own part in any of it",
      ]),
    ).toBe("no");
    expect(lastVerdict(["путин признаёт роль самой россии?"], "ru")).toBe("no");
    expect(admitsOwnPart("does putin acknowledge the need for a palestinian state?", "en")).toBe(false);
  });
});

describe("the new readers on long input", () => {
  it("stay fast", () => {
    expectFast(() => {
      const none = { kind: "none", answered: false, answer: "x ".repeat(5000), quotes: [] } as never;
      reportedAskedVerdict(`did the article say what ${"he ".repeat(5000)}`, none, "en", {
        namedIn: () => [],
      } as never);
      reportedAskedVerdict(`в статье ${"и ".repeat(5000)}`, none, "ru", { namedIn: () => [] } as never);
      oneWhoAsked(`is ${"a ".repeat(5000)}the one who`, { namedIn: () => [] } as never);
      admitsOwnPart(`admit ${"its ".repeat(5000)}`, "en");
      const yes = { ...(none as object), answered: true } as never;
      ownRoleOfVoiceVerdict(`did peskov mention ${"its ".repeat(5000)}`, yes, "en", {
        namedIn: () => [],
      } as never);
      ownRoleOfVoiceVerdict(`${"говорил ".repeat(5000)}`, yes, "ru", { namedIn: () => [] } as never);
    }, 200);
  });
});

describe("the subject swap's test", () => {
  it("reads only the parties' nouns, not their adjectives", () => {
    const speakers = {
      namedIn: (t: string) => (/putin|путин/.test(t) ? [{ id: "putin", start: 3, end: 8 }] : []),
    };
    const parties = [
      {
        id: "us",
        kind: "country",
        names: { en: ["the us"], ru: ["сша"] },
        mentions: { en: [], ru: [] },
        people: [],
        speaks: false,
      },
      {
        id: "palestinians",
        kind: "people",
        names: { en: ["palestinians"], ru: ["палестин*"] },
        mentions: { en: ["palestinian"], ru: [] },
        people: [],
        speaks: false,
      },
    ] as never;
    expect(
      swapsTheSubject("and the us?", "is putin for a palestinian state?", speakers as never, parties),
    ).toBe(true);
    expect(swapsTheSubject("а сша?", "путин за палестинское государство?", speakers as never, parties)).toBe(
      true,
    );
    expect(
      swapsTheSubject("and the us?", "does putin back the palestinians?", speakers as never, parties),
    ).toBe(false);
  });
});

describe("a stance asked of a party that is no voice of the article", () => {
  it("is not the curated Yes of the voice whose words the evidence holds", () => {
    // The US on a Palestinian state has its own reader since dialog-r2-33 (us-support.ts: No, as Putin tells it).
    expect(lastVerdict(["сша за палестинское государство?"], "ru")).not.toBe("yes");
    expect(lastVerdict(["хамас поддерживает перемирие?"], "ru")).toBe("not-said");
    expect(lastVerdict(["израиль поддерживает перемирие?"], "ru")).toBe("not-said");
  });
  it("leaves the article's voices and Russia to the other readers", () => {
    expect(lastVerdict(["путин за палестинское государство?"], "ru")).toBe("yes");
    expect(lastVerdict(["россия за перемирие?"], "ru")).toBe("yes");
  });
  it("reads long input in linear time", () => {
    const speakers = new SpeakerNames(realKb);
    const answer = { answered: true, kind: "entry", answer: "", quotes: [] } as unknown as Answer;
    expectFast(() => {
      for (const unit of ["сша ", "за ", "сша за ", "а "]) {
        const run = unit.repeat(Math.ceil(4000 / unit.length));
        stanceOfNoVoice(run, answer, speakers, realKb.parties ?? []);
        stanceOfNoVoice(`${run.slice(0, 105)}?`, answer, speakers, realKb.parties ?? []);
      }
    }, 500);
  });
});

describe("a trailing 'exactly' that is the question's point (the thirty-third session's stop: d72-13#3)", () => {
  it("keeps the precision, so whether he gave the detail is 'doesn't say', not the entry's Yes", () => {
    expect(
      lastVerdict([
        "why does putin think the violence got worse",
        "what did he accuse washington of",
        "did he say which compromises exactly?",
      ]),
    ).toBe("not-said");
  });
  it("still drops it from a short wh- follow-up", () => {
    expect(lastAnswer(["who is erdogan", "what did he say exactly?"]).understood ?? "").not.toMatch(
      /exactly/,
    );
  });
});
