// claims42's kinds: a true half joined to an altered one is never confirmed (joined-half.ts); a call with a party
// the article never names is the article's call with the party swapped (when the claim says what it was about or
// for: claims39 made a bare call news), while a meeting, another call or one to
// come stays news (contact-news.ts); a speaker given an office not theirs (wrong-role.ts). Claims written for this
// test.
import { describe, expect, it } from "vitest";
import {
  check as checkClaim,
  expectConfirmed,
  expectNotConfirmed,
  expectVerdict,
} from "../helpers/claims.js";

describe("a true half joined to an altered one", () => {
  it.each([
    "Putin spoke with Erdogan and called for the fighting to go on",
    "Putin phoned Erdogan and demanded that the war continue",
    "Путин поговорил с Эрдоганом и призвал продолжать боевые действия",
    "Путин созвонился с Эрдоганом и похвалил политику США на Ближнем Востоке",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("names the half's own words", () => {
    const v = checkClaim("Putin spoke with Erdogan and called for the fighting to go on");
    expect(v.changes.map((c) => c.claimed).join(" ")).toMatch(/fighting/);
  });

  it.each([
    "Putin spoke with Erdogan and called for an immediate ceasefire",
    "Путин поговорил с Эрдоганом и призвал к немедленному прекращению огня",
    "The Kremlin says it keeps lines open to both sides of the conflict and is ready to help reach a settlement.",
  ])("%s: both halves backed, confirmed", (claim) => {
    expectConfirmed(claim);
  });
});

describe("a call with a party the article never names", () => {
  it.each([
    [
      "Putin discussed the violence in a phone call with German Chancellor Olaf Scholz.",
      "German Chancellor Olaf Scholz",
    ],
    ["Путин обсудил конфликт по телефону с Шольцем.", "Шольцем"],
  ])("%s: the article's call altered, the party named", (claim, party) => {
    const v = checkClaim(claim);
    expect(v.verdict).toBe("altered");
    expect(v.changes).toContainEqual(expect.objectContaining({ kind: "actor", claimed: party }));
  });

  it.each([
    "Putin met Netanyahu in Moscow to discuss the crisis",
    "Putin held a second phone call, this time with Macron",
    "Путин встретился с Макроном, чтобы обсудить кризис",
    "Песков сообщил, что Путин позвонит Нетаньяху.",
    "Putin will never talk to Scholz",
    // claims39: a call and nothing of it (no topic, no message) is news, as the blind writers label it.
    "Putin spoke by phone with Netanyahu",
  ])("%s: a contact the article never reports, not in it", (claim) => {
    expectVerdict(claim, "not-in-article");
  });
});

describe("an office not the speaker's", () => {
  it.each([
    "Peskov is Russia's defence minister.",
    "Putin is Russia's prime minister.",
    "Песков — посол России в Турции.",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("never alters the speaker's own office", () => {
    expect(checkClaim("Peskov is the Kremlin's spokesman.").verdict).not.toBe("altered");
    expectNotConfirmed("Peskov is Russia's foreign minister.");
  });
});
