// dialog42 of session 40: Erdogan asked as the one who dialled Putin ("did erdogan phone him?" after the call,
// "did the turkish president ring putin?", «Эрдоган звонил Путину?», «путину звонил эрдоган?»): the article never
// says who placed the call — "doesn't say", not the call's Yes (contact-mode.ts, answering/call-dialler.ts). That
// they spoke ("did putin call erdogan?", «Путин звонил Эрдогану?», "did erdogan talk to putin?") stays Yes. Our own
// phrasings, not the development sets'.
import { beforeAll, describe, it } from "vitest";
import { erdoganDialledAsked } from "../../src/answering/call-dialler.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

beforeAll(() => {
  lastAnswer(["who is in the quartet"]);
}, 120_000);

const ru = (messages: string[]) => (/[а-яё]/iu.test(messages.at(-1) ?? "") ? "ru" : "en");
const verdictOf = (messages: string[]) => lastAnswer(messages, ru(messages)).verdict;

describe("Erdogan as the one who dialled", () => {
  it("reads Erdogan calling Putin, not Putin calling Erdogan", () => {
    expectRows(erdoganDialledAsked, [
      ["did erdogan phone him", true],
      ["did erdogan ring him up", true],
      ["has the turkish president called putin", true],
      ["эрдоган звонил путину", true],
      ["это эрдоган ему позвонил", true],
      ["путину звонил эрдоган", true],
      ["did putin call erdogan", false],
      ["did erdogan talk to putin", false],
      ["did erdogan call for a ceasefire", false],
      ["путин звонил эрдогану", false],
    ]);
  });
  it("who dialled is unsaid; that they spoke stays Yes", () => {
    expectChatRows(verdictOf, [
      [["did putin call erdogan", "did erdogan phone him?"], "not-said"],
      [["who was on the call with putin?", "did erdogan ring him up?"], "not-said"],
      [["путин звонил эрдогану?", "это эрдоган ему позвонил?"], "not-said"],
      [["Эрдоган звонил Путину?"], "not-said"],
      [["путину звонил эрдоган?"], "not-said"],
      [["did the turkish president phone putin?"], "not-said"],
      [["did erdogan call putin?"], "not-said"],
      [["Путин звонил Эрдогану?"], "yes"],
      [["did putin call erdogan?"], "yes"],
      [["did erdogan talk to putin?"], "yes"],
      [["did putin call erdogan", "did putin phone him?"], "yes"],
    ]);
  });
});
