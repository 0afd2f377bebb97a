// dialog47ru (session 42): kinds wave BV's Russian dialogues (dialogues112) missed — who placed the call asked by
// «сам»/«первым»/«лично» after the one phoned ("путин звонил эрдогану сам?": a false «Да.», call-initiator.ts).
// Our own phrasings, from the article.
import { describe, it } from "vitest";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectChatRows } from "../helpers/kind-table.js";

describe("who placed the call, asked by «сам», «первым», «лично», 'himself'", () => {
  it("is doesn't say (the article never says who dialled), while whether they spoke stays Yes", () => {
    expectChatRows(lastVerdict, [
      [["эрдогану путин позвонил сам или нет?"], "not-said"],
      [["путин набрал эрдогана первым?"], "not-said"],
      [["путин лично звонил эрдогану?"], "not-said"],
      [["did putin phone erdogan himself?"], "not-said"],
      [["did erdogan call putin personally?"], "not-said"],
      [["путин звонил эрдогану?"], "yes"],
      [["did putin call for a ceasefire himself?"], "yes"],
    ]);
  });
});
