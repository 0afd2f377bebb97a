// claims31's kinds (scattered.ts): a claim whose words are gathered over the article, the people of one sentence
// and the deed of another ("former Russian citizens were killed in Israel"), or whose deed is a verb the article
// nowhere has ("it is flying Russian nationals out of Gaza"): no single statement backs it, so never confirmed.
// Claims written for this test.
import { describe, expect, it } from "vitest";
import { borrowedPhrase, unbackedPredicate } from "../../src/claims/scattered.js";
import { CONFIRMING, check, expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("the people of one sentence, the deed of another", () => {
  it.each([
    ["former Russian citizens were killed in Israel.", "not-in-article"],
    ["former Russian citizens lost their lives in the Gaza Strip", "altered"],
    ["it is flying Russian nationals out of Gaza", "not-in-article"],
    ["the Kremlin is shipping weapons into the Gaza Strip", "not-in-article"],
    ["бывшие граждане России погибли в Израиле", "not-in-article"],
  ])("%s -> %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });

  it.each([
    // Fair paraphrases of one sentence keep their verdict.
    "Many former Russian citizens live in Israel",
    "Because lots of former Russian citizens live in Israel, Russia has some common ground with it.",
    "the kremlin stays in touch with both sides that are fighting and is willing to help get a settlement",
    "Putin is deeply worried about growing civilian deaths in Israel and Gaza",
    "Кремль поддерживает открытую связь с обеими враждующими сторонами",
  ])("%s: confirmed", (claim) => {
    expectConfirmed(claim);
  });
});

describe("the readers", () => {
  it("a phrase another sentence has and the matched one lacks", () => {
    const own =
      "russian president vladimir putin has expressed deep concern over civilian casualties in israel".split(
        " ",
      );
    const other = "the number of former russian citizens residing there".split(" ");
    expect(borrowedPhrase("former Russian citizens died in Israel", own, [other])).toBe(
      "former russian citizens",
    );
    // Short words are no stems: "в" stands for no word of "выразил".
    expect(borrowedPhrase("Putin expressed concern in Israel", own, [other])).toBeNull();
    expect(borrowedPhrase("former Russian citizens died in Israel", [...own, ...other], [other])).toBeNull();
  });

  it("an unbacked verb after is/are is the claim's deed; a relative clause's is not", () => {
    expect(unbackedPredicate("it is flying nationals out", ["flying"], "article text")).toBe("flying");
    expect(unbackedPredicate("sides that are fighting", ["fighting"], "article text")).toBeNull();
    expect(unbackedPredicate("it is flying nationals out", [], "article text")).toBeNull();
  });
});

// Each sentence of a paragraph: the people it names (a description of three words or more: a name alone, or
// "the Russian leader", is also how a sentence refers to its neighbour's subject) and its predicate. A description
// from one sentence with another sentence's predicate is no statement of the article.
const SENTENCES: { paragraph: number; people: string[]; predicate: string }[] = [
  {
    paragraph: 1,
    people: ["the escalating violence", "the rising number of civilians"],
    predicate:
      "has expressed deep concern over the rising number of civilian casualties in Israel and the Gaza Strip",
  },
  {
    paragraph: 1,
    people: ["the aspirations of Palestinians", "its failed policy"],
    predicate: "directs blame towards the United States for its failed policy in the Middle East",
  },
  {
    paragraph: 2,
    people: ["Turkish leader Recep Tayyip Erdogan", "the negotiation process"],
    predicate: "emphasized the urgent need for an immediate ceasefire",
  },
  {
    paragraph: 2,
    people: ["the latest surge in violence"],
    predicate: "believes that the latest surge in violence is a clear indication of the failure of US policy",
  },
  {
    paragraph: 2,
    people: ["compromises acceptable to both sides"],
    predicate: "criticizes Washington for monopolizing peace efforts",
  },
  {
    paragraph: 3,
    people: ["the US government", "an independent Palestinian state"],
    predicate: "acknowledges the need for a Palestinian state",
  },
  {
    paragraph: 3,
    people: ["Russian spokesperson Dmitry Peskov"],
    predicate: "reaffirms that the Kremlin aims to play a constructive role in resolving the conflict",
  },
  { paragraph: 4, people: ["the Middle East peace process"], predicate: "is not without controversy" },
  {
    paragraph: 4,
    people: ["Israeli-Palestinian negotiations", "the European Union"],
    predicate: "has been part of the Quartet",
  },
  {
    paragraph: 4,
    people: ["both warring sides"],
    predicate: "expresses its readiness to contribute to reaching a settlement",
  },
  {
    paragraph: 5,
    people: ["an impartial mediator", "both Israelis and Palestinians"],
    predicate: "strives to present itself as an impartial mediator",
  },
  {
    paragraph: 5,
    people: ["former Russian citizens", "long-standing ties with the Palestinians"],
    predicate: "shares common ground with Israel",
  },
  {
    paragraph: 6,
    people: ["the current crisis", "the Arab-Israeli conflict zone"],
    predicate: "may extend beyond the Arab-Israeli conflict zone",
  },
  {
    paragraph: 6,
    people: ["The Russian Foreign Ministry", "regional players"],
    predicate: "stresses the importance of coordinating regional players",
  },
];

/**
 * Pairs still confirmed, left (claims31's notes): a two-word subject ("the negotiation process", "regional
 * players", "the European Union": how a sentence also names its neighbour's subject, "the Russian leader"), a
 * predicate whose own word the matched sentence lacks ("is not without controversy" read against the Quartet),
 * and "X believes that …" read as an unknown speaker's frame over a verbatim span.
 */
const LEFT = new Set([
  "Israeli-Palestinian negotiations is not without controversy",
  "an independent Palestinian state reaffirms that the Kremlin aims to play a constructive role in resolving the conflict",
  "both Israelis and Palestinians shares common ground with Israel",
  "compromises acceptable to both sides believes that the latest surge in violence is a clear indication of the failure of US policy",
  "regional players may extend beyond the Arab-Israeli conflict zone",
  "the European Union expresses its readiness to contribute to reaching a settlement",
  "the current crisis stresses the importance of coordinating regional players",
  "the negotiation process believes that the latest surge in violence is a clear indication of the failure of US policy",
  "the negotiation process criticizes Washington for monopolizing peace efforts",
]);

describe("property: one sentence's people with another's predicate is never confirmed", () => {
  const pairs = SENTENCES.flatMap((from, i) =>
    SENTENCES.filter((to, j) => j !== i && to.paragraph === from.paragraph).flatMap((to) =>
      from.people.map((subject) => `${subject} ${to.predicate}`),
    ),
  ).filter((claim) => !LEFT.has(claim));
  it("has pairs", () => {
    expect(pairs.length).toBeGreaterThan(15);
  });
  it.each(pairs)("%s", (claim) => {
    const v = check(claim);
    expect(CONFIRMING.has(v.verdict), `${claim}: ${v.verdict}`).toBe(false);
  });
});
