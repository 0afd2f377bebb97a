// dialog-r2-37's kinds (issue 11): an off-topic name beside a member word stays the engine's refusal ("is beyonce in
// the un?" was read as Quartet membership); the owned verdict's turning words (alone, give up, because, between X
// and Y) and its rank over the checker's plain "doesn't say"; the one phoned asked by "it" after the call's card
// ("wait was it biden?"). Phrasings written for this test.
import { beforeAll, describe, expect, it } from "vitest";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { IT_WAS_EN } from "../../src/dialogue/call-party-phrasings.js";
import { membershipOf } from "../../src/dialogue/elliptical.js";
import { lastReply, lastVerdict } from "../helpers/dialogue.js";

beforeAll(() => {
  lastVerdict(["does russia have ties with hamas?"]);
}, 120_000);

describe("an off-topic name beside a member word", () => {
  it("is no membership of a group", () => {
    expect(membershipOf("is beyonce in the un", "en")).toBeNull();
    expect(membershipOf("is taylor swift touring in europe", "en")).toBeNull();
    expect(membershipOf("бейонсе входит в оон", "ru")).toBeNull();
    expect(membershipOf("is china in the quartet", "en")).toEqual({ party: "china", group: "quartet" });
  });
  it("stays a refusal through the bot", () => {
    for (const q of [
      "is beyonce in the un?",
      "is taylor swift touring in europe",
      "is lionel messi playing in europe?",
    ]) {
      const reply = lastReply([q]);
      expect(reply.kind === "answer" && reply.answer.answered, q).toBe(false);
    }
    expect(lastVerdict(["is china in the quartet?"])).toBe("no");
  });
}, 120_000);

describe("the engine's owned verdict", () => {
  it("stops at a narrowing, cause or other-pair word", () => {
    expect(
      ownedVerdict("is russia ready to give up on mediating?", "en", "kremlin-settlement-role"),
    ).toBeNull();
    expect(
      ownedVerdict(
        "does the kremlin want to mediate between israel and iran?",
        "en",
        "kremlin-settlement-role",
      ),
    ).toBeNull();
    // A cause is judged against the card's own text (owned-scope.ts, quality-r2-37), not by the word "because".
    expect(lastVerdict(["is moscow keen to help resolve the conflict because of hamas?"])).not.toBe("yes");
  });
  it("outranks the checker's plain 'doesn't say'", () => {
    expect(
      lastVerdict(["does russia have ties with hamas??", "and with israel, any connection there?"]),
    ).toBe("yes");
    expect(lastVerdict(["роль россии в ближневосточном урегулировании неоднозначна?"], "ru")).toBe("yes");
  });
}, 120_000);

describe("the one phoned asked by 'it' after the call's card", () => {
  it("reads the party", () => {
    expect(IT_WAS_EN.exec("wait was it biden")?.[1]).toBe("biden");
    expect(IT_WAS_EN.exec("hold on, was it macron")?.[1]).toBe("macron");
  });
  it("is No for another party and Yes for the call's own", () => {
    expect(lastVerdict(["who did putin call?", "wait was it biden?"])).toBe("no");
    expect(lastVerdict(["who did putin call?", "was it erdogan?"])).toBe("yes");
    expect(lastVerdict(["кому звонил путин?", "а это был байден?"], "ru")).toBe("no");
  });
  it("stays linear on long input", () => {
    const long = `was it ${"a ".repeat(20_000)}b`;
    const t = performance.now();
    IT_WAS_EN.exec(long);
    membershipOf(`is ${"x ".repeat(20_000)} in the un`, "en");
    ownedVerdict(
      `does russia want to help ${"between a and ".repeat(5_000)}b?`,
      "en",
      "kremlin-settlement-role",
    );
    expect(performance.now() - t).toBeLessThan(1_000);
  });
}, 120_000);
