// dialog49 (session 43): wave BW's English dialogue misses as kinds — a meeting in person asked of the phone call
// (contact-mode.ts, meeting-for-call.ts; the false «Да» of d113-33#3), a voice as a tag after a claim (voice-check.ts),
// kind words asked of Putin about the US (kind-words.ts), a typo'd topic and the group a party is part of
// (dialogue-context.ts, group-of-party.ts), "and for X as well?" after a call's Yes (for-thing.ts). Our own phrasings.
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/answering/types.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows } from "../helpers/kind-table.js";

const verdictAndEntry = (messages: string[], lang: Lang = "en") => {
  const a = lastAnswer(messages, lang);
  return [a.verdict, a.answer.entry?.id ?? null];
};
const ru = (messages: string[]) => verdictAndEntry(messages, "ru");

describe("a meeting in person asked of the phone call", () => {
  it("is No with the call, in English, first or after a voice of the call", () => {
    expectChatRows(verdictAndEntry, [
      [["was it an in-person meeting w erdogan"], ["no", "putin-erdogan-call"]],
      [["did he visit erdogan?"], ["no", "putin-erdogan-call"]],
      [["did putin travel to see erdogan?"], ["no", "putin-erdogan-call"]],
      [
        ["what does putin want?", "did he meet erdogan face to face?"],
        ["no", "putin-erdogan-call"],
      ],
    ]);
  });
  it("is Нет with the call in Russian, «он» read as the chat's voice — never the call's «Да»", () => {
    expectChatRows(ru, [
      [
        ["чего хочет путин?", "он виделся с эрдоганом лично?"],
        ["no", "putin-erdogan-call"],
      ],
      [
        ["putin и ceasefire — что он хочет?", "а переговоры?", "он встречался с Эрдоганом лично?"],
        ["no", "putin-erdogan-call"],
      ],
      [["путин ездил к эрдогану?"], ["no", "putin-erdogan-call"]],
      [
        ["с кем говорил путин?", "они встречались с глазу на глаз?"],
        ["no", "putin-erdogan-call"],
      ],
    ]);
  });
  it("is no No for a meeting of someone else with Erdogan", () => {
    expect(lastAnswer(["what did peskov say?", "did he meet erdogan in person?"]).verdict).not.toBe("no");
    expect(lastAnswer(["did peskov meet erdogan in person?"]).verdict).not.toBe("no");
  });
});

describe("a voice as a tag after the claim", () => {
  it("is the claim asked of that voice where the article confirms it", () => {
    expectChatRows(
      (m) => lastAnswer(m).verdict,
      [
        [["the US overlooked the palestinians, putin says?"], "yes"],
        [["washington monopolized the peace efforts, putin says?"], "yes"],
        [["the kremlin wants to help find a settlement, says peskov?"], "yes"],
      ],
    );
  });
  it("confirms nothing the article does not", () => {
    expect(lastAnswer(["the us wants a ceasefire, putin says?"]).verdict).not.toBe("yes");
    expect(lastAnswer(["hamas started it, putin says?"]).verdict).not.toBe("yes");
  });
});

describe("kind words asked of Putin about the US", () => {
  it("is No: every reported word of his on the US is criticism", () => {
    expectChatRows(
      (m) => lastAnswer(m).verdict,
      [
        [["did putin say anything nice about washington"], "no"],
        [["does putin have anything good to say about america?"], "no"],
        [["did the russian leader say anything positive about washington?"], "no"],
      ],
    );
  });
  it("says no No of a voice or a party the article reports no criticism of", () => {
    expect(lastAnswer(["did peskov say anything good about the us?"]).verdict).not.toBe("no");
    expect(lastAnswer(["did putin say anything nice about erdogan?"]).verdict).not.toBe("no");
  });
});

describe("the topic and the group", () => {
  it("reads a typo'd topic's 'it' and the group Russia is part of", () => {
    expectChatRows(
      (m) => lastAnswer(m).answer.entry?.id ?? null,
      [
        [["whats the quartett", "who's in it?"], "quartet-members"],
        [
          ["Is Russia's involvement in the peace process controversial?", "what group is it part of?"],
          "quartet-members",
        ],
        [["what group is moscow in?"], "quartet-members"],
        // "it" after Hamas is no member of the Quartet: left as it was.
        [["tell me about hamas", "what group is it part of?"], "hamas-in-article"],
      ],
    );
  });
});

describe("'and for X as well?' after a call's Yes", () => {
  it("is Yes where the same evidence names X", () => {
    expectChatRows(
      (m) => lastAnswer(m).verdict,
      [
        [["did putin urge a ceasefire?", "and for resuming negotiations as well?"], "yes"],
        [["did putin push for a ceasefire?", "and for restarting the talks as well?"], "yes"],
      ],
    );
    expect(
      lastAnswer(["did putin call for a ceasefire?", "and for sanctions on israel too?"]).verdict,
    ).not.toBe("yes");
  });
});
