// dialog43 of session 41: dialogues107's misses by kind, in our own phrasings — figures asked without a determiner,
// a concessive adverb, whom he was talkin to, an outlook on a prospect, a party "there too", the body a spokesman
// speaks for ("the kremlin too?", "does it…?"), who was on the call, the group after a party's membership.
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/answering/index.js";
import { withoutConcessive } from "../../src/dialogue/concessive.js";
import { groupOfMembersTopic } from "../../src/dialogue/group-it.js";
import { asksHopedProspect } from "../../src/dialogue/hoped-prospect.js";
import { lastEntry, lastVerdict } from "../helpers/dialogue.js";
import { expectChatRows, expectRows, expectUnchanged } from "../helpers/kind-table.js";

const langOf = (messages: string[]): Lang => (/\p{Script=Cyrillic}/u.test(messages.join(" ")) ? "ru" : "en");
const verdictOf = (messages: string[]) => lastVerdict(messages, langOf(messages)) ?? null;
const entryAfter = (messages: string[]) => lastEntry(messages, langOf(messages)) ?? null;
const CALL_ENTRY = entryAfter(["who did putin speak to on the phone?"]);

describe("figures asked without a determiner (figures-asked.ts)", () => {
  it("is doesn't say after the casualties: the article gives no figure", () => {
    expectChatRows(verdictOf, [
      [["what did putin say about civilians?", "did he give numbers?"], "not-said"],
      [["what did putin say about civilians?", "did putin provide figures?"], "not-said"],
      [["что путин сказал о мирных жителях?", "он называл цифры?"], "not-said"],
    ]);
  });
  it("is No asked of the article itself, whose whole text holds no figure (the lead, after the merge)", () => {
    expectChatRows(verdictOf, [
      [["does the story mention civilian casualties?", "does it give numbers?"], "no"],
      [["what did putin say about civilians?", "does the article give any figures?"], "no"],
      [["что путин сказал о мирных жителях?", "а статья приводит цифры?"], "no"],
    ]);
  });
});

describe("a concessive adverb asks nothing of its own (concessive.ts)", () => {
  it("is taken off, and 'still' is kept", () => {
    expectRows(withoutConcessive, [
      ["does putin nevertheless support a palestinian state?", "does putin support a palestinian state?"],
      ["is russia, nonetheless, in touch with israel?", "is russia in touch with israel?"],
      ["а он всё-таки за переговоры?", "а он за переговоры?"],
    ]);
    expectUnchanged(withoutConcessive, [
      "is russia still part of the quartet?",
      "does he back talks, though?",
    ]);
  });
  it("no longer turns the Palestinian state into a No after Putin's charge against the US", () => {
    expectChatRows(verdictOf, [
      [["what did putin say about the us?", "does he nevertheless support palestinian statehood?"], "yes"],
      [["в чём путин обвиняет сша?", "а он всё же поддерживает палестинское государство?"], "yes"],
    ]);
  });
});

describe("whom he was talkin to (said-to-whom.ts)", () => {
  it("is the call, the g dropped or not", () => {
    expect(CALL_ENTRY).toBeTruthy();
    expectChatRows(entryAfter, [
      [["what does putin want?", "who was he talkin to when he said that"], CALL_ENTRY],
      [["what does putin want?", "who was he speakin to when he said it?"], CALL_ENTRY],
    ]);
  });
});

describe("an outlook on a prospect (hoped-prospect.ts)", () => {
  it("reads the frame and the forecast after it, not an outlook on anything else", () => {
    expectRows(
      (q) => asksHopedProspect(q, /\p{Script=Cyrillic}/u.test(q)),
      [
        ["is the author optimistic that peace will come soon?", true],
        ["does the writer think the truce will last?", true],
        ["is putin confident the ceasefire will hold?", true],
        ["автор надеется, что мир скоро наступит?", true],
        ["is the author optimistic about russia's role?", false],
        ["does putin think us policy failed?", false],
      ],
    );
  });
  it("is doesn't say after an answer", () => {
    expectChatRows(verdictOf, [
      [
        ["how does the article end?", "is the author hopeful that a settlement will be reached soon?"],
        "not-said",
      ],
      [["чем заканчивается статья?", "автор уверен, что перемирие скоро наступит?"], "not-said"],
    ]);
  });
});

describe("a party there too (party-there-too.ts) and the body a spokesman speaks for (body-too.ts, body-it.ts)", () => {
  it("is Yes for a member of the group the card relates, and never Yes for a stranger", () => {
    expectChatRows(verdictOf, [
      [["is russia's involvement controversial?", "the EU in there too?"], "yes"],
      [["участие россии в мирном процессе спорно?", "а оон там тоже есть?"], "yes"],
    ]);
    expect(verdictOf(["is russia's involvement controversial?", "is turkey in there too?"])).not.toBe("yes");
  });
  it("is Yes for the Kremlin after Peskov's words, by 'too' or by 'it', and not after the ministry's", () => {
    expectChatRows(verdictOf, [
      [["what did peskov say?", "the kremlin too?"], "yes"],
      [["что сказал песков?", "и кремль тоже?"], "yes"],
      [
        [
          "what role does the kremlin want to play",
          "who said so?",
          "does it maintain contact with both sides?",
        ],
        "yes",
      ],
    ]);
    expect(verdictOf(["what did the foreign ministry say?", "the kremlin too?"])).not.toBe("yes");
  });
});

describe("who was on the call (call-it.ts) and the group after a membership (group-it.ts)", () => {
  it("reads 'it' as the call only after a question on the call", () => {
    expectChatRows(entryAfter, [
      [["when did the phone call happen?", "who was on it?"], CALL_ENTRY],
      [["когда был телефонный разговор?", "кто в нём участвовал?"], CALL_ENTRY],
    ]);
    expect(entryAfter(["what is the quartet?", "who was on it?"])).not.toBe(CALL_ENTRY);
  });
  it("reads 'it' after a party's membership as the group", () => {
    expect(groupOfMembersTopic("the european union member the quartet", "en")).toBe("quartet");
    expect(verdictOf(["is the eu a member of the quartet?", "is russia being in it controversial?"])).toBe(
      "yes",
    );
  });
});
