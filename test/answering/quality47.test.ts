// Wave X's single-question kinds (quality47), through the readers and the engine, in English and Russian: a story
// thing introduced any way before "who's in it?", the Quartet's name mistyped in a membership question, a request
// closing a sceptic's story, a remark on the answer's manner, Russian summaries in diminutives and page sizes,
// "правда, что" before a talk with an unnamed leader, "назвал … -ым", a Russian cleft, contact "только с" one
// side, "кто прав и <question>". Questions written for this test; off-story neighbours stay refused. Rows of (question →
// what it should become): test/helpers/kind-table.ts.
import { describe, expect, it } from "vitest";
import { withoutAnswerManner } from "../../src/answering/answer-manner.js";
import { asRussianCleftDoer } from "../../src/answering/cleft-doer.js";
import { asRoleOrMembership } from "../../src/answering/role-and-membership.js";
import { asRussianCalledAs } from "../../src/answering/russian/called-as.js";
import { withoutWhoIsRight } from "../../src/answering/russian/who-is-right.js";
import { withStoryReferent } from "../../src/answering/story-referent.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";

const quartet = (w: string) => (/quartet/i.test(w) ? "=quartet" : null);

describe("a story thing introduced any way, then 'it'", () => {
  it("reads 'something called', 'known as', 'so-called' and a capitalised name", () => {
    const tale = (intro: string) => `${intro} and I had no idea. The text brings it up. Who is in it?`;
    const itAfter = (intro: string) => withStoryReferent(tale(intro), "Who is in it?", quartet);
    expectRows(itAfter, [
      ["My cousin kept on about something called the Quartet", "Who is in the Quartet?"],
      ["Our lecturer talked about a body known as the Quartet", "Who is in the Quartet?"],
      ["A radio host mentioned the so-called Quartet", "Who is in the Quartet?"],
      ["The Quartet came up in a quiz", "Who is in the Quartet?"],
    ]);
  });
  it("answers a long story closed by a three-word question with the members", () => {
    expectEntries([
      [
        "So at work today a colleague who follows foreign news went on and on about something called the Quartet, and I just smiled. The piece names it as well. Who's in it?",
        "quartet-members",
      ],
    ]);
  });
  it("leaves a story naming nothing of the article alone", () => {
    expect(
      withStoryReferent(
        "A friend keeps mentioning something called the Bundesliga. Who is in it?",
        "Who is in it?",
        quartet,
      ),
    ).toBeNull();
  });
});

describe("the Quartet's name mistyped in a membership question", () => {
  it("reads the group and asks its members", () => {
    expectRows(asRoleOrMembership, [
      ["is spain in the qaurtet?", "who is in the quartet"],
      ["is japan part of the quartett", "who is in the quartet"],
      ["does the qartet include india?", "who is in the quartet"],
    ]);
    expectUnchanged(asRoleOrMembership, ["is spain in the quarter?"]);
  });
});

describe("a request closing a sceptic's story", () => {
  it("is the question, not the rhetorical one before it", () => {
    expectEntries([
      [
        "Frankly I think Moscow plays every side for its own gain. They talk to Hamas and then call themselves peacemakers? Explain how the text says Russia wants to be seen as impartial.",
        "russia-impartial-mediator",
      ],
    ]);
  });
});

describe("a remark on the answer's manner", () => {
  it("is taken off after a question", () => {
    expectRows(withoutAnswerManner, [
      ["Does Russia take sides? No spin, only the facts.", "Does Russia take sides?"],
      ["Who is to blame? Don't feed me propaganda.", "Who is to blame?"],
    ]);
    expectUnchanged(withoutAnswerManner, [
      "Is the article propaganda?",
      "Who is to blame? Propaganda says Iran.",
    ]);
  });
});

describe("Russian summaries in new words", () => {
  it("answers with the summary", () => {
    expectEntries([
      ["Накидай шпаргалку по этой статье", "summary"],
      ["Нужна выжимочка из текста на страничку", "summary"],
      ["Разжуй мне статью", "summary"],
      ["Разжуй мне правила шахмат", null],
    ]);
  });
});

describe("Russian yes/no and judgement shapes", () => {
  it("reads 'правда, что' before a talk with a leader the article never names as the call", () => {
    expectEntries([
      ["Правда, что Путин созванивался с Трюдо?", "putin-erdogan-call"],
      ["правда что эрдоган критикует нато", null],
    ]);
  });
  it("reads 'назвал … -ым' as what the voice holds", () => {
    expectRows(asRussianCalledAs, [["Что Путин назвал очень важным?", "Что Путин считает важным?"]]);
    expectUnchanged(asRussianCalledAs, ["Кого назвал Путин?"]);
    expectEntries([["Что Путин назвал срочно необходимым?", "ceasefire-call"]]);
  });
  it("reads a cleft naming a voice as who did it", () => {
    expectRows(asRussianCleftDoer, [
      ["Это МИД сказал, что Кремль готов помочь?", "кто сказал, что Кремль готов помочь?"],
    ]);
    expectUnchanged(asRussianCleftDoer, ["Это правда?"]);
  });
  it("reads contact 'только с' one side as whom the Kremlin talks to", () => {
    expectEntries([["Москва контактирует только с Израилем?", "kremlin-contact-both-sides"]]);
  });
  it("drops 'кто прав и' before the question that settles the dispute", () => {
    expectRows(withoutWhoIsRight, [["Кто прав и что сказал Песков?", "что сказал Песков?"]]);
    expectUnchanged(withoutWhoIsRight, ["Кто прав?"]);
  });
});
