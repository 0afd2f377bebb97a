// claims24's kinds: a chat lead-in before a whole quotation (chat-lead-in.ts), the article's closing frame
// (closing-frame.ts), a country in the possessive before its own leader (own-country.ts), the translations' "в силу"
// as a cause the passage gives (cause.ts), and clear alterations that line up with little of their passage: an
// exclusion, a restriction to one party, a hedge, an added tail (near-alteration.ts). Claims written for this test.
import { describe, expect, it } from "vitest";
import { withoutChatLeadIn } from "../../src/claims/chat-lead-in.js";
import { withoutClosingFrame, withResultNamed } from "../../src/claims/closing-frame.js";
import { expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a chat lead-in before a whole quotation", () => {
  it("takes off a lead-in that names no one", () => {
    expect(withoutChatLeadIn('a friend shared this, is it genuine? "Putin criticizes Washington"')).toBe(
      "Putin criticizes Washington",
    );
    expect(withoutChatLeadIn("мне переслали, это правда? «Кремль стремится помочь»")).toBe(
      "Кремль стремится помочь",
    );
  });

  it("keeps a lead-in that names someone, or no chat words, or no whole quotation", () => {
    const named = 'Peskov\'s line, is it real: "The Kremlin aims to play a constructive role"';
    expect(withoutChatLeadIn(named)).toBe(named);
    const plain = 'Putin said: "an immediate ceasefire is needed"';
    expect(withoutChatLeadIn(plain)).toBe(plain);
    const half = 'someone sent me this "Putin criticizes Washington" and more';
    expect(withoutChatLeadIn(half)).toBe(half);
  });

  it("a verbatim span behind it is verbatim; a changed one stays altered", () => {
    expectVerdict(
      'a friend shared this, is it genuine? "Putin criticizes Washington for monopolizing peace efforts"',
      "verbatim",
    );
    expectVerdict(
      'got this forwarded, true? "Putin praises Washington for monopolizing peace efforts"',
      "altered",
    );
  });
});

describe("the article's closing frame", () => {
  it("reads the frame as the article's plain voice", () => {
    expect(withoutClosingFrame("The article wraps up by stressing the urgency")).toBe(
      "The article stresses the urgency",
    );
    expect(withoutClosingFrame("The piece ends by saying that the war shows")).toBe(
      "The piece says that the war shows",
    );
  });

  it("keeps a clause that opens with a name as typed", () => {
    const typed = "The article concludes that only the Kremlin can reach a lasting resolution.";
    expect(withoutClosingFrame(typed)).toBe(typed);
    expectNotConfirmed(typed);
  });

  it("reads a free relative of result as the consequences of its cause", () => {
    expect(withResultNamed("the war shows what bad policies bring about")).toBe(
      "the war shows the consequences of bad policies",
    );
    expect(withResultNamed("what failed policies can lead to")).toBe("the consequences of failed policies");
  });

  it.each([
    "The article wraps up by stressing the urgency for comprehensive and inclusive approaches.",
    "The author concludes that the conflict shows what failed Middle East policies bring about.",
  ])("a fair ending is confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });

  it.each([
    "The author concludes that the conflict shows what successful Middle East policies bring about.",
    "The article ends by calling for approaches that serve the interests of some parties only.",
  ])("a changed ending is not: %s", (claim) => {
    expectNotConfirmed(claim);
  });
});

describe("a country in the possessive before its own leader", () => {
  it("is the leader's own country", () => {
    expectConfirmed("Putin spoke with Turkey's Erdogan and called for an immediate ceasefire.");
  });
  it("another country is another actor", () => {
    expectVerdict("Putin spoke with Russia's Erdogan and called for an immediate ceasefire.", "altered");
  });
});

describe("a cause the translation gives as «в силу»", () => {
  it("is the passage's own cause", () => {
    expectConfirmed(
      "Россия разделяет общее с Израилем в силу того, что там живут многие её бывшие граждане.",
    );
  });
});

describe("clear alterations that line up with little of their passage", () => {
  it.each([
    // Excluded where the passage coordinates.
    "The Foreign Ministry says regional players should be excluded from stabilizing the situation.",
    // One party where the passage has both.
    "The Kremlin stays in open contact with the Palestinians only.",
    // Hedged where the passage is firm.
    "Putin sees the surge in violence as a vague hint of minor problems with US policy in the region.",
    "Путин считает, что последний всплеск насилия слегка намекает на мелкие промахи политики США.",
    // A tail of detail the passage never gives.
    "Putin acknowledges the need for a Palestinian state that would be demilitarised under UN control.",
    "Путин признаёт необходимость палестинского государства под контролем ООН.",
  ])("altered: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    "The Russian Foreign Ministry calls for sidelining regional powers.",
    "The Kremlin maintains open communication with both warring sides and sends them weapons.",
    "Putin emphasized the urgent need for an immediate ceasefire, to be monitored by Turkish troops.",
  ])("an exclusion or a clause of its own on a match is altered: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("a hedge among words that all line up is no longer confirmed", () => {
    expectVerdict(
      "Putin voiced slight concern about the number of civilian casualties in Israel and Gaza.",
      "altered",
    );
  });

  it.each([
    "Putin criticizes Washington for monopolizing peace efforts and shutting others out.",
    "МИД России считает важным координировать региональных игроков, чтобы стабилизировать ситуацию.",
    "Putin acknowledges that a Palestinian state is needed, according to the article.",
    "Putin told Erdogan they need a ceasefire right away and a return to the negotiating table.",
  ])("a fair paraphrase stays confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });
});
