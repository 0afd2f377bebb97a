// dialog43b of session 41: old false verdicts and wave BS's dialogue misses, as kinds. A wish Putin's evidence never
// names, added with «тоже» (doesn't say, was a false «Да»); a party asked "separately" after an "only" No (Yes, was a
// false «Нет»); the Quartet asked with a tag (No off its four members); the feared spread with a modal and "it"
// (Yes); Putin's concern over "that" (Yes); support of "that" state (Yes); who calls for "one" after a refused
// forecast (Putin); "that role" (the role named); an outcome ahead (doesn't say). Our own phrasings.
import { beforeAll, describe, expect, it } from "vitest";
import { calledOneOf } from "../../src/dialogue/called-one.js";
import { quartetTagOf } from "../../src/dialogue/quartet-tag.js";
import { asksSuccess } from "../../src/dialogue/success-asked.js";
import { thatRoleOf } from "../../src/dialogue/that-role.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

beforeAll(() => {
  lastAnswer(["who is in the quartet"]);
}, 120_000);

const ru = (messages: string[]) => (/[а-яё]/iu.test(messages.at(-1) ?? "") ? "ru" : "en");
const verdictOf = (messages: string[]) => lastAnswer(messages, ru(messages)).verdict;
const entryOfLast = (messages: string[]) => lastAnswer(messages, ru(messages)).answer.entry?.id ?? null;
const asked = (question: string) => ({ question }) as DialogueContext;

describe("the readers' patterns", () => {
  it("reads the Quartet asked with a tag, and leaves other statements", () => {
    expectRows(quartetTagOf, [
      ["турция же в квартете, да?", "турция входит в квартет?"],
      ["а китай ведь входит в квартет?", "китай входит в квартет?"],
      ["turkey's in the quartet, right?", "is turkey in the quartet?"],
      ["egypt is part of the quartet, isn't it?", "is egypt in the quartet?"],
      ["it's in the quartet, right?", null],
      ["who is in the quartet?", null],
      ["turkey is a mediator, right?", null],
    ]);
  });
  it("reads 'that role' only after a question naming a party's role", () => {
    expectRows(
      (q) => thatRoleOf(q, asked("so putin didnt mention russias own role?")),
      [
        ["what is that role, then?", "what is russia's own role in the peace process?"],
        ["so what's the role?", "what is russia's own role in the peace process?"],
        ["what did he say?", null],
      ],
    );
    expectRows(
      (q) => thatRoleOf(q, asked("путин упоминал роль россии?")),
      [
        ["а какая это роль?", "какова роль россии в мирном процессе?"],
        ["какова эта роль тогда", "какова роль россии в мирном процессе?"],
      ],
    );
    expect(thatRoleOf("what is that role, then?", asked("who does putin blame?"))).toBeNull();
  });
  it("reads who calls for 'one' after a question naming the thing", () => {
    expectRows(
      (q) => calledOneOf(q, asked("will the ceasefire happen soon?")),
      [
        ["who's calling for one?", "who is calling for a ceasefire?"],
        ["so who wants it then?", "who is calling for a ceasefire?"],
        ["who is he?", null],
      ],
    );
    expect(calledOneOf("а кто его требует?", asked("перемирие скоро будет?"))).toBe(
      "кто призывает к прекращению огня?",
    );
    expect(calledOneOf("who's calling for one?", asked("what is hamas?"))).toBeNull();
  });
  it("reads an outcome asked ahead as success", () => {
    expectRows(
      (q) => asksSuccess(q, /[а-яё]/iu.test(q) ? "ru" : "en"),
      [
        ["а получится?", true],
        ["и это сработает?", true],
        ["у них получится?", true],
        ["would that work?", true],
        ["will it succeed?", true],
        ["what will work?", false],
        ["а что получится?", false],
      ],
    );
  });
});

describe("in a chat", () => {
  it("gives no Yes to a wish the evidence never names, and keeps the named ones", () => {
    expectChatRows(verdictOf, [
      [["чего хочет путин?", "и санкций тоже?"], "not-said"],
      [["что путин требует?", "а блокады тоже хочет?"], "not-said"],
      [["к чему призывает путин?", "и переговоров тоже?"], "yes"],
    ]);
  });
  it("asks a party 'separately' without the last question's 'only'", () => {
    expectChatRows(verdictOf, [
      [["кремль общается только с палестинцами?", "а с хамасом отдельно?"], "yes"],
      [["does the kremlin only talk to the palestinians?", "and with hamas separately?"], "yes"],
      // Without "separately" the restriction stays: only with Hamas? No.
      [["кремль общается только с палестинцами?", "а с хамасом?"], "no"],
    ]);
  });
  it("settles the Quartet asked with a tag, the spread with a modal, Putin's concern and support of 'that'", () => {
    expectChatRows(verdictOf, [
      [["who did putin call?", "turkey's in the quartet, right?"], "no"],
      [["кто такой эрдоган?", "египет же в квартете, да?"], "no"],
      [["who is in the quartet?", "russia is part of the quartet, right?"], "yes"],
      [["what does the foreign ministry want?", "could it actualy spread beyond the region?"], "yes"],
      [["what does the foreign ministry want?", "has it actually spread already?"], "not-said"],
      [["где гибнут мирные жители?", "путин из-за этого переживает?"], "yes"],
      [["where are civilians getting killed?", "is putin upset about that?"], "yes"],
      [["what do the palestinians aspire to, according to putin?", "does putin back that?"], "yes"],
      [["к чему призывает мид?", "а получится?"], "not-said"],
    ]);
  });
  it("answers 'that role' and 'one' from what they point at", () => {
    expectChatRows(entryOfLast, [
      [["will the ceasefire happen soon?", "who's calling for one?"], "ceasefire-call"],
    ]);
    expectChatRows(
      (m) => entryOfLast(m) !== "who-is-putin",
      [
        [["Putin didn't mention Russia's own role, did he?", "what is that role, then?"], true],
        [["путин упоминал роль россии?", "а какая это роль?"], true],
      ],
    );
  });
});
