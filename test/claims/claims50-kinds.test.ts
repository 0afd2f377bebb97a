// claims50's kinds: a Russian attribution before the article's English words is read as that speaker's (or the
// article's) frame (russian-lead.ts); a named speaker not in the article, or a speaker's own country before the
// name ("Turkey's Erdogan"), gives right words to another voice: misattributed (words.ts, speaker-possessor.ts); a
// list of the Quartet's members is no swapped actor, one member put for another is (changes.ts, verdict.ts); a
// stance in place of the passage's own with a word of manner beside it is altered; "a constructive player/force"
// is "a constructive role"; the Kremlin's contact with a party the article never names is news (contact-news.ts).
// Claims written for this test.
import { describe, expect, it } from "vitest";
import { check as checkClaim, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a Russian attribution before the article's English words", () => {
  it.each([
    ['Песков: "seeks to assist in finding a settlement"', "peskov"],
    ['Пресс-секретарь Кремля: "the Kremlin aims to play a constructive role"', "peskov"],
    ["МИД РФ: «establish direct Palestinian-Israeli dialogue»", "foreign-ministry"],
    [
      'Путин заявил, что "the latest surge in violence is a clear indication of the failure of US policy"',
      "putin",
    ],
  ])("%s: word for word, its speaker", (claim, speaker) => {
    const v = checkClaim(claim);
    expect(v.verdict).toBe("verbatim");
    expect(v.claimedSpeaker?.id).toBe(speaker);
  });

  it.each([
    'В статье говорится: "Russia’s involvement in the Middle East peace process is not without controversy"',
    'Как пишет статья: "the Kremlin, meanwhile, maintains open communication with both warring sides"',
  ])("%s: the article's own words, word for word", (claim) => {
    expectVerdict(claim, "verbatim");
  });

  it.each([
    [
      'Путин: "The Russian Foreign Ministry stresses the importance of coordinating regional players"',
      "misattributed",
    ],
    ['Шойгу: "seeks to assist in finding a settlement"', "misattributed"],
    ['Песков: "the Kremlin refuses to play a constructive role in resolving the conflict"', "altered"],
  ])("%s: %s", (claim, verdict) => {
    expectVerdict(claim, verdict as "misattributed" | "altered");
  });

  it("a denied Russian frame is never read as the speaker's words", () => {
    expectNotConfirmed('Песков не говорил: "seeks to assist in finding a settlement"');
  });
});

describe("right words, another named speaker", () => {
  it.each([
    "Defence Minister Sergei Shoigu reiterated that the Kremlin seeks to assist in finding a settlement.",
    "Turkey's Erdogan criticized Washington for monopolizing peace efforts.",
    "Turkey's Recep Tayyip Erdogan expressed deep concern over the rising number of civilian casualties.",
  ])("%s: misattributed", (claim) => {
    expectVerdict(claim, "misattributed");
  });

  it("a speaker's own country before the name is no word for word", () => {
    const v = checkClaim("Russia's Putin criticizes Washington for monopolizing peace efforts");
    expect(v.verdict).toBe("paraphrase");
  });

  it("another country's possessive keeps the claim from being confirmed", () => {
    expectNotConfirmed("Israel's Putin criticizes Washington for monopolizing peace efforts");
  });
});

describe("the Quartet's members", () => {
  it("a list naming the members in other words is a paraphrase", () => {
    expectVerdict(
      "Russia sits in the Quartet together with the United States, the UN and the EU.",
      "paraphrase",
    );
  });

  it.each([
    "Along with the United States, the UN and Japan, Russia is part of the Quartet.",
    "Россия наряду с США, ООН и Японией состоит в «квартете» посредников по урегулированию.",
  ])("%s: one member put for another, altered", (claim) => {
    expectVerdict(claim, "altered");
  });
});

describe("a stance, a player, a contact", () => {
  it("a stance in place of the passage's own, a word of manner beside it: altered", () => {
    expectVerdict("Moscow proudly presents itself as a pro-Israeli mediator.", "altered");
  });

  it.each([
    "Peskov said the Kremlin wants to be a constructive force in resolving the conflict.",
    "Peskov said the Kremlin hopes to be a constructive participant in resolving the conflict.",
  ])("%s: a constructive role in other words", (claim) => {
    expectVerdict(claim, "paraphrase");
  });

  it("forcing a settlement is still no help to reach one", () => {
    expectNotConfirmed("Peskov said the Kremlin wants to force a settlement of the conflict.");
  });

  it.each([
    "The Kremlin said it stays in close contact with Riyadh on the crisis.",
    "Песков заявил, что Кремль поддерживает контакт с Дохой.",
  ])("%s: a contact with a party the article never names is news", (claim) => {
    expectVerdict(claim, "not-in-article");
  });
});
