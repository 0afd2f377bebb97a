// dialog37's kind: a yes/no asking a card's point in other words ("and with israel, any connection there?" on
// "shares common ground with Israel") where the engine owns the verdict (owned-verdict.ts) but the claim checker,
// unable to pair the paraphrase, read "doesn't say". The documented order (docs/conversation.md, "Whose verdict
// wins"): the dialogue's kind readers, then a curated verdict and the checker's No, then the engine's own verdict,
// then the checker's "doesn't say". Also: the violence asked as caused by the failure (link-asked.ts) and Putin
// asked to have mentioned Russia's own part (admitted-part.ts). Phrasings written for this test.
import { beforeAll, describe, expect, it } from "vitest";
import { mentionsOwnPart } from "../../src/dialogue/admitted-part.js";
import { linkVerdict } from "../../src/dialogue/link-asked.js";
import { withOwnedVerdict } from "../../src/dialogue/yes-no.js";
import { lastReply, lastVerdict } from "../helpers/dialogue.js";

// The first dialogue builds the engine and the claim checker: past the 20 s default under load.
beforeAll(() => {
  lastVerdict(["does russia have ties with hamas?"]);
}, 120_000);

describe("the engine's own verdict over the checker's 'doesn't say'", () => {
  it("says Yes where the card states the point in other words", () => {
    expect(lastVerdict(["ok cool. is moscow willing to help resolve the conflict"])).toBe("yes");
  });
  it("keeps the card that states the point as the evidence", () => {
    const reply = lastReply(["ok cool. does russia want to help settle the israel conflict"]);
    expect(reply.kind === "answer" ? reply.answer.entry?.id : null).toBe("kremlin-settlement-role");
  });
  it("never turns a No or a negated question into Yes", () => {
    expect(lastVerdict(["does putin think us policy worked?"])).toBe("no");
    expect(lastVerdict(["doesn't russia have ties with israel?"])).not.toBe("no");
    expect(lastVerdict(["is russia really neutral?"])).toBe("not-said");
    expect(lastVerdict(["does russia send weapons to hamas?"])).not.toBe("yes");
    expect(lastVerdict(["does putin blame america alone for the bloodshed?"])).not.toBe("yes");
  });
}, 120_000);

describe("the violence asked as caused by the failure (link-asked.ts)", () => {
  it("is Yes on the quote that gives the surge as the sign of the failure", () => {
    expect(
      lastVerdict([
        "does putin blame anyone for the violence",
        "so is the latest flare-up because of their failed policy?",
      ]),
    ).toBe("yes");
  });
  it("is no Yes for another cause or party", () => {
    expect(
      lastVerdict(["what does putin blame the us for?", "is the surge in violence because of hamas?"]),
    ).not.toBe("yes");
    expect(
      lastVerdict([
        "what does putin blame the us for?",
        "is the flare-up because of israel's failed policy?",
      ]),
    ).not.toBe("yes");
  });
}, 120_000);

describe("Putin asked to have mentioned Russia's own part (admitted-part.ts)", () => {
  it("reads the mention of Russia's part or its being in the group", () => {
    expect(mentionsOwnPart("did putin mention russia being in it", "en")).toBe(true);
    expect(mentionsOwnPart("did he bring up russia's own role", "en")).toBe(true);
    expect(mentionsOwnPart("путин упоминал роль россии?", "ru")).toBe(true);
    expect(mentionsOwnPart("did peskov mention the ceasefire", "en")).toBe(false);
  });
  it("is No on the evidence that he made no mention of it", () => {
    expect(lastVerdict(["what is the quartet?", "and did putin mention russia being in it at all"])).toBe(
      "no",
    );
  });
}, 120_000);

describe("a Russian vowel slip is no party the article never names (against-last-answer.ts)", () => {
  it("is never a No where one vowel gives the word the answer names", () => {
    expect(lastVerdict(["путин хочет возобновления переговоров?", "а перемерие?"], "ru")).not.toBe("no");
  });
  it("leaves a party the article never names as before", () => {
    expect(lastVerdict(["кто входит в квартет?", "а китай?"], "ru")).toBe("no");
  });
}, 120_000);

describe("dialog37's readers on long input", () => {
  it("run in linear time", () => {
    const started = performance.now();
    const noQuote = { answered: true, quotes: [] } as never;
    for (const unit of [
      "did putin mention ",
      "russia ",
      "because of ",
      "из-за этого ",
      "упоминал роль ",
      "a ",
    ]) {
      const long = unit.repeat(Math.ceil(20_000 / unit.length));
      mentionsOwnPart(long.slice(0, 199), "en");
      mentionsOwnPart(long.slice(0, 199), "ru");
      linkVerdict(long, "en", noQuote, null as never, null as never);
      withOwnedVerdict(null, { answered: true, owned: "yes" } as never, long);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });
}, 120_000);
