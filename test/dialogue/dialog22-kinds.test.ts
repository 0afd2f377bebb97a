// dialog22: "he" after a who-question is the person the answer gave (answered-person.ts), an office of another
// country is No (identity.ts, identity-ru.ts), "X — who?" asked as a who-question (trailing-question.ts), the
// article-says frame (article-frame.ts), talk of a thing (talked-about.ts), a status given as former
// (former-status.ts), a party taking part (part-in.ts), "who then?" (instead-asked.ts) and the fault behind a blame
// (follow-up-wording.ts). Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { inArticleFrame } from "../../src/dialogue/article-frame.js";
import { trailingQuestionOf } from "../../src/dialogue/trailing-question.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";

describe("the person a pronoun means after a who-question", () => {
  it("is the person the answer gave, not the one the question named", () => {
    expect(lastVerdict(["whom did putin ring?", "is he the prime minister of israel?"])).toBe("no");
    expect(lastEntry(["whom did putin ring?", "is he the prime minister of israel?"])).toBe("who-is-erdogan");
    expect(lastVerdict(["кому звонил путин?", "он президент египта?"], "ru")).toBe("no");
  });
  it("stays the person asked about after 'who is X?'", () => {
    expect(lastEntry(["who's peskov?", "is he the kremlin's spokesman?"])).toBe("who-is-peskov");
    expect(lastVerdict(["who's peskov?", "is he the kremlin's spokesman?"])).toBe("yes");
  });
});

describe("a question word after a statement with an indefinite", () => {
  it("puts the question word in the indefinite's place", () => {
    expect(trailingQuestionOf("Putin rang someone about the war - who?")).toBe(
      "who did Putin rang about the war?",
    );
    expect(trailingQuestionOf("someone spoke for the Kremlin, who?")).toBe("who spoke for the Kremlin?");
    expect(trailingQuestionOf("Путин с кем-то созванивался — с кем?")).toBe("с кем Путин созванивался?");
    expect(trailingQuestionOf("Putin called Erdogan — who?")).toBeNull();
  });
});

describe("the frame asking what the article says", () => {
  it("is put as 'does the article say that …' before a clause only", () => {
    expect(inArticleFrame("does the piece even say putin is troubled by the deaths")).toBe(
      "does the article say that putin is troubled by the deaths",
    );
    expect(inArticleFrame("does the text say anything about gaza")).toBe(
      "does the text say anything about gaza",
    );
    expect(lastVerdict(["does the story at least say putin is worried about the civilians?"])).toBe("yes");
    expect(lastVerdict(["does the text say putin backs hamas?"])).not.toBe("yes");
  });
});

describe("yes/no on the article's facts", () => {
  it("is Yes where the person's sentence names the thing, in English and Russian", () => {
    expect(lastVerdict(["did putin say something about compromises?"])).toBe("yes");
    expect(lastVerdict(["упоминал ли путин компромиссы?"], "ru")).toBe("yes");
    expect(lastVerdict(["did putin talk about russia's own role?"])).toBe("no");
  });
  it("is No where the status asked about now is given as former", () => {
    expect(
      lastVerdict(["why does moscow have common ground with israel?", "so they remain russian citizens?"]),
    ).toBe("no");
    expect(lastVerdict(["do former russian citizens live in israel?"])).toBe("yes");
  });
  it("is Yes where the evidence has the party take part in the process", () => {
    expect(lastVerdict(["is the quartet involved in the peace negotiations?"])).toBe("yes");
    expect(lastVerdict(["is hamas involved in the negotiations?"])).not.toBe("yes");
  });
});

describe("follow-ups after a blame", () => {
  it("asks the last question again with 'who' after a No or doesn't say", () => {
    expect(lastAnswer(["does putin blame hamas for the fighting?", "who then?"]).answer.answer).toMatch(
      /United States|Washington/,
    );
    expect(lastAnswer(["путин обвиняет израиль?", "а кого тогда?"], "ru").answer.answer).toMatch(
      /США|Вашингтон/,
    );
  });
  it("reads 'what did they get wrong?' and 'за что именно?' as why", () => {
    expect(lastAnswer(["who does putin blame?", "what exactly have they done wrong?"]).answer.answer).toMatch(
      /fail|overlook/i,
    );
    expect(lastAnswer(["кого винит путин?", "за что конкретно?"], "ru").answer.answer).toMatch(
      /провал|палестин/i,
    );
  });
  it("shows the same evidence for 'and X — same?' where it names X too", () => {
    expect(
      lastAnswer(["what does the text say about the gaza strip?", "what about israel — same?"]).answer.answer,
    ).toMatch(/civilian/i);
  });
});
