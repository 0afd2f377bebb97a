// claims30's kinds: news read as a changed detail of a passage. A standing contact with a party that is none of the
// passage's "both warring sides" (contact-news.ts), a visit or an invitation of parties the call never had
// (contact-news.ts newVisit), and the words or thanks of a person the article never gives a word to (new-speaker.ts)
// are not in the article; the passage's own contact, a call made a meeting, and a speaker's words put in an unknown
// mouth keep their verdicts. Chat "americas policy" is America's policy (chat-typos.ts). Claims written for this
// test from the article.
import { describe, expect, it } from "vitest";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("news, not a changed detail", () => {
  it.each([
    "The Kremlin keeps in close contact with Washington over the violence.",
    "Peskov said Moscow is in touch with the United States about the war.",
    "Кремль поддерживает связь с Вашингтоном по поводу войны.",
    "putin said israeli officials are welcome to visit moscow whenever they want",
    "Peskov said the Kremlin would host Hamas representatives in Moscow.",
    "Netanyahu thanked the Kremlin for its call for a ceasefire.",
    "Erdogan promised Putin that Turkey would push for talks.",
    "Russia's ambassador to the UN said Moscow stays impartial in the conflict.",
  ])("%s → not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });

  it.each([
    ["The Kremlin keeps open communication with Hamas alone.", "altered"],
    ["Кремль поддерживает связь только с Израилем.", "altered"],
    ["Putin visited Erdogan in Ankara to discuss a ceasefire.", "altered"],
    ["Putin met Erdogan in person and called for a ceasefire.", "altered"],
    ["Erdogan acknowledged that the Palestinians need a state.", "misattributed"],
  ])("%s → %s (the passage's own contact, call or words)", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });

  it.each([
    "The Kremlin maintains open communication with both warring sides.",
    "putin blames americas middle east policy for overlooking the aspirations of palestinians",
  ])("%s → still confirmed", (claim) => {
    expectConfirmed(claim);
  });
});

describe("a verb's own 'for' is no reason of the blame (replaced-cause.ts)", () => {
  it("the gerund's 'looking for' after 'accuses X of' keeps a fair paraphrase confirmed", () => {
    expectConfirmed(
      "putin accuses washington of running the peace efforts alone and not looking for compromises acceptable to both sides",
    );
  });
  it("a reason given after the blame's own 'for' is still read", () => {
    expectVerdict("Putin criticizes Washington for its arms sales to Israel.", "altered");
  });
});

describe("the passage's own thing judged in a negated word (short-of-match.ts changedNear)", () => {
  it.each([
    "Путин полагает прекращение огня ненужным.",
    "По мнению Путина, прекращение огня ненужно.",
    "Путин считает прекращение огня нецелесообразным.",
  ])("%s → altered", (claim) => {
    expectVerdict(claim, "altered");
  });
});

describe("the regional players kept out, where the passage coordinates them (contrary-deeds.json)", () => {
  it.each([
    "The Russian Foreign Ministry wants the regional powers kept out of the settlement.",
    "МИД России хочет оттеснить соседние страны от процесса урегулирования.",
  ])("%s → altered", (claim) => {
    expectVerdict(claim, "altered");
  });
  it("coordinating them in other words stays confirmed", () => {
    expectConfirmed("МИД России подчёркивает важность координации региональных держав.");
  });
});

describe("a ceasefire said as a verb and its object (phrasal.ts)", () => {
  it("'the firing to stop' is the ceasefire", () => {
    expectConfirmed("Putin wants the firing to stop immediately and the negotiations to resume.");
  });
  it("'halting the shooting' judged premature stays altered", () => {
    expectVerdict(
      "Putin told the Turkish president that halting the shooting at once would be premature.",
      "altered",
    );
  });
});

describe("the Kremlin's communication in everyday words (contact-words.ts)", () => {
  it.each(["The Kremlin keeps in contact solely with Israel.", "Moscow talks only to Hamas, not to Israel."])(
    "%s → altered against the Kremlin's communication (paragraph 4)",
    (claim) => {
      const v = expectVerdict(claim, "altered");
      expect(v.span?.paragraph).toBe(4);
    },
  );
  it("channels kept open to both warring sides is the passage", () => {
    expectConfirmed("The Kremlin keeps channels open with both warring sides.");
  });
});

describe("compromises that work for both sides (phrasal-verbs.ts)", () => {
  it("'that work for both sides' is 'acceptable to both sides'", () => {
    expectConfirmed(
      "Putin faults the US for running the peace efforts alone and not looking for compromises that work for both sides.",
    );
  });
  it("'that work for Israel only' is not", () => {
    expectVerdict(
      "Putin criticizes Washington for monopolizing peace efforts and seeking deals that work for Israel only.",
      "altered",
    );
  });
});
