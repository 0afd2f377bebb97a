// claims23's kinds: a speaker after an opening circumstance (setting-subject.ts; the Russian frame's name), a
// people of the conflict made the doer of the passage's deed in Russian (subject-moved.ts), a party the article
// never names (unknown-party.ts), a thing of the knowledge base swapped at a short claim's end (slot.ts) and a
// typo of a word ending in "-nt" (chat-typos.ts). Claims written for this test from the article.
import { describe, expect, it } from "vitest";
import { readThroughTypos } from "../../src/claims/chat-typos.js";
import { afterSettingOpener } from "../../src/claims/setting-subject.js";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a speaker after an opening circumstance", () => {
  it.each([
    "In a phone call with Putin, Erdogan stressed the urgent need for an immediate ceasefire.",
    "В разговоре с Путиным Эрдоган подчеркнул, что необходимо срочно прекратить огонь.",
  ])("the call partner made the speaker is misattributed: %s", (claim) => {
    expectVerdict(claim, "misattributed");
  });

  it.each([
    "In a phone call with Erdogan, Putin stressed the urgent need for an immediate ceasefire.",
    "Speaking by phone with Erdogan, the Turkish leader, Putin said a ceasefire was urgently needed.",
    "В разговоре с Эрдоганом Путин подчеркнул, что необходимо срочно остановить огонь.",
    "Во время звонка Эрдогану Путин подчеркнул, что срочно нужны прекращение огня и возобновление переговоров.",
  ])("the passage's speaker after it stays confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });

  it("passes over a speaker the circumstance names", () => {
    const tokens = (t: string) =>
      t.split(/[\s,]+/).flatMap((w) =>
        w === ""
          ? []
          : [
              {
                surface: w.toLowerCase(),
                term: /^(?:putin|erdogan)$/i.test(w) ? `@${w.toLowerCase()}` : w,
                role: "content",
              },
            ],
      ) as never;
    expect(
      afterSettingOpener("During the call with Erdogan, Erdogan and Putin agreed.", tokens)?.[0],
    ).toMatchObject({
      term: "and",
    });
    expect(afterSettingOpener("Putin stressed the need.", tokens)).toBeNull();
  });
});

describe("a Russian people made the doer", () => {
  it.each(["Палестинцы давно связаны с Израилем.", "У палестинцев давние связи с Израилем."])(
    "is altered: %s",
    (claim) => {
      const v = expectVerdict(claim, "altered");
      expect(v.changes.some((c) => c.kind === "actor")).toBe(true);
    },
  );
  it("the passage's own doer stays confirmed", () => {
    expectConfirmed("Российское правительство имеет давние связи с палестинцами, включая ХАМАС.");
  });
});

describe("a party the article never names", () => {
  it.each(["Putin said Turkey should mediate between Israel and Hamas."])(
    "with little else lined up is not in the article: %s",
    (claim) => {
      expectVerdict(claim, "not-in-article");
    },
  );
  // A bare call with it, under a frame too: news (claims39's convention, contact-news.ts; claims42 had it altered).
  it.each([
    "Peskov said Putin had spoken by phone with Netanyahu.",
    "Песков сообщил, что у Путина состоялся телефонный разговор с Нетаньяху.",
  ])("a bare call with it is not in the article: %s", (claim) => {
    expectVerdict(claim, "not-in-article");
  });
  it("with the call's content lined up is altered", () => {
    expectVerdict(
      "Putin called for an immediate ceasefire in a phone call with Israeli Prime Minister Benjamin Netanyahu.",
      "altered",
    );
  });
});

describe("a thing swapped at a short claim's end", () => {
  it.each([
    "Peskov said the Kremlin wants to help find a ceasefire.",
    "Peskov said the Kremlin wants to help find a ceasfire.",
  ])("is altered: %s", (claim) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes.map((c) => c.article)).toContain("settlement");
  });
  it("a word of the same sense stays confirmed", () => {
    expectConfirmed("Peskov said the Kremlin wants to help find a solution.");
  });
});

describe("a typo of a word ending in -nt", () => {
  it("is read as the passage's word", () => {
    expect(readThroughTypos("help find a settlment", () => [{ word: "settlement", from: "settlment" }])).toBe(
      "help find a settlement",
    );
    expectConfirmed("The Kremlin wants to help find a settlment.");
  });
  it("a contracted not is never fixed", () => {
    expect(readThroughTypos("it doesnt help", () => [{ word: "does", from: "doesnt" }])).toBe(
      "it doesnt help",
    );
  });
});
