// claims41's kinds: a talk that happened is the article's call ("talked to", "was speaking with", contact-words.ts)
// and "keeps talking to" its communication; two names that "held a call" are one's call with the other; Russian
// «контакты» read as the translation's «связь»; "X is home to Y" as Y living in X, and other people living there
// not the passage's (residence.ts); "A rather than B" with the passage's B set aside (rather-than.ts). Claims
// written for this test.
import { describe, expect, it } from "vitest";
import { expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("contacts in everyday words", () => {
  it.each([
    "Putin was talking with Erdogan",
    "putin spoke to erdogan by phone",
    "Erdogan and Putin held a phone conversation",
    "The Kremlin keeps talking to both sides at war",
    "Кремль поддерживает контакт с обеими воюющими сторонами",
  ])("%s: confirmed", (claim) => {
    expectConfirmed(claim);
  });

  it.each([
    // A bare talk with someone the article never names, after a frame too: news (claims39's convention,
    // contact-news.ts); with what it was about, the article's call with the party swapped (claims42).
    ["Putin talked to Scholz", "not-in-article"],
    ["Peskov said Putin had spoken by phone with Scholz", "not-in-article"],
    ["Putin talked to Scholz about an immediate ceasefire", "altered"],
    // Said the other way round: never confirmed.
    ["Кремль прекратил все контакты с воюющими сторонами", "altered"],
    ["Кремль не поддерживает контакты с обеими сторонами", "altered"],
  ])("%s -> %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });

  it("keeps a denied talk with an absent party out of the call: never confirmed", () => {
    expectNotConfirmed("Putin will never talk to Scholz");
    expectNotConfirmed("Путин не будет разговаривать с Шольцем");
  });
});

describe("where people live", () => {
  it("reads 'X is home to Y' as Y living in X", () => {
    expectConfirmed("Israel is home to a great many former Russian citizens");
    const swapped = expectVerdict("Russia is home to many ex-Israeli citizens", "altered");
    expect(swapped.changes.some((c) => c.kind === "actor")).toBe(true);
  });

  it.each(["Lots of Palestinians live in Israel", "Israel is home to many Palestinians"])(
    "%s: other people than the passage's, altered",
    (claim) => {
      expectVerdict(claim, "altered");
    },
  );
});

describe("a thing of the claim's own rather than the passage's", () => {
  it("is altered against the passage it sets aside", () => {
    const v = expectVerdict(
      "The Foreign Ministry stresses coordinating world powers rather than regional players",
      "altered",
    );
    expect(v.changes.some((c) => c.article === "regional players")).toBe(true);
    expect(v.span?.paragraph).toBe(6);
  });

  it.each([
    "Putin held Israel rather than the United States to blame for the failed Middle East policy",
    "МИД России подчёркивает важность координации великих держав, а не региональных игроков",
  ])("%s: never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });
});
