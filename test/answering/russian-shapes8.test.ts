// The kinds of Russian wording quality-ru8 fixed: abbreviations (БВ, МИД), chat verbs of meddling and
// intent (лезть, вмешиваться, собираться, заниматься, a learner's хотеть), особый as glue, "сколько X" answered by the article's list of X, and a
// stranger's Cyrillic name no longer "corrected" by its stem into an article word. Each in words of its own.
import { describe, expect, it } from "vitest";
import { ask, expectAnswered, expectNotAnswered, expectRefused } from "../helpers/answering-detected.js";

describe("Russian question shapes (quality-ru8 causes)", () => {
  it.each([
    ["кто провалил политику на бв по мнению путина", "us-policy-failure"],
    ["что кремль намерен делать в конфликте", "kremlin-settlement-role"],
    ["чё дипломаты из мид думают про регион", "foreign-ministry-position"],
    ["сколько стран входит в квартет", "quartet-members"],
    ["квартет, сколько там всего членов?", "quartet-members"],
  ])("answers '%s' from %s", (q, id) => {
    expectAnswered(q, id);
  });

  it.each([
    "чем москва займётся в этой войне",
    "что москва собирается предпринять",
    "чем собирается заниматься россия",
  ])("answers Russia's intent ('%s') with the Kremlin's constructive role", (q) => {
    const a = expectAnswered(q);
    expect(a.answer, q).toMatch(/конструктивн/);
  });

  it.each([
    ["откуда особые связи кремля с палестинцами", "russia-palestinian-ties"],
    ["путин хотеть чего", "what-putin-wants"],
  ])("reads a qualifier (особые) as glue and a learner's infinitive as 'want' ('%s')", (q, id) => {
    expect(ask(q).entry?.id, q).toBe(id);
  });

  it("answers a count of members with the list the article gives", () => {
    const a = expectAnswered("сколько участников у квартета");
    expect(a.answer).toMatch(/ООН|Объедин/);
  });

  it("still says the article has no figure for a count it does not list", () => {
    for (const q of ["сколько погибло мирных жителей", "сколько членов в хамасе"]) {
      expectNotAnswered(q);
    }
  });

  it("still gives the regional players as a gap: the Foreign Ministry names none", () => {
    expectNotAnswered("какие именно государства региона мид имеет в виду", "regional-players-named");
  });

  it.each([
    "куда ездил блинкен",
    "шольц что говорит про газу",
    // "звонил ли путин байдену" is a call checked by name since quality-ru15 (russian/phone-check.ts): the one call.
    "встречался ли путин с байденом",
    "лапид с кем встречался",
    "что бербок сказала кремлю",
  ])("refuses a stranger's name in Cyrillic ('%s'), never corrected into an article word", (q) => {
    expectRefused(q, "out-of-scope");
  });

  it("still corrects a vowel slip in a stem", () => {
    expect(ask("с кем путин созвонился по тилефону").entry?.id).toBe("putin-erdogan-call");
  });

  it("still asks what Peskov is: 'заниматься' is glue, 'занимать пост' is not", () => {
    expect(ask("чем занимается песков").entry?.id).toBe("who-is-peskov");
  });
});
