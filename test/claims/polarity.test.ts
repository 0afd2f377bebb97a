// Negation and attribution cases the issue names, one by one: each a cause, not a labelled line.
import { describe, expect, it } from "vitest";
import { Lexicon } from "../../src/answering/lexicon.js";
import { wordsOf } from "../../src/claims/claim-words.js";
import { createClaimChecker, parseFrame } from "../../src/claims/index.js";
import { ClaimVocabulary } from "../../src/claims/vocabulary.js";
import { realKb as kb } from "../helpers/engine.js";

const check = createClaimChecker(kb);

describe("verbatim means a contiguous span of the article", () => {
  it("reads a verbatim sentence behind 'The Kremlin said it …' as word for word", () => {
    const v = check("The Kremlin said it maintains open communication with both warring sides");
    expect(v.verdict).toBe("verbatim");
    expect(v.sources.map((s) => s.speakerId)).toContain("kremlin");
  });

  it("keeps a leading frame that is the article's own words when a trailing one names the speaker", () => {
    const claim =
      "The Russian leader believes that the latest surge in violence is a clear indication of the failure of US policy in the region, Putin said.";
    expect(parseFrame(claim).body).toBe(claim.slice(0, claim.lastIndexOf(",")));
    expect(check(claim).verdict).toBe("verbatim");
  });

  it("does not call words that stand right after the article's negation word for word", () => {
    const v = check("considering compromises acceptable to both sides");
    expect(v.verdict).toBe("altered");
    expect(v.changes).toContainEqual({
      kind: "negation",
      claimed: "considering",
      article: "not considering",
    });
  });
});

describe("a negation added, dropped or denied is an alteration", () => {
  it("catches a negation reworded away: 'spoke about' where the article has 'makes no mention'", () => {
    const v = check("Putin spoke about Russia's own role in the peace process during his remarks.");
    expect(v.verdict).toBe("altered");
    expect(v.changes).toContainEqual({ kind: "negation", claimed: "", article: "not mention" });
  });

  it("catches a 'not' that negates nothing, at the end of a verbatim sentence", () => {
    const v = check(
      "Putin emphasized the urgent need for an immediate ceasefire and the resumption of the negotiation process not.",
    );
    expect(v.verdict).toBe("altered");
    expect(v.changes).toContainEqual({ kind: "negation", claimed: "not", article: "" });
  });

  it.each([
    "Putin never said that the latest surge in violence is a clear indication of the failure of US policy in the region.",
    "Putin didn't say that the US monopolized peace efforts",
    "Not Peskov but someone else reaffirms that the Kremlin aims to play a constructive role in resolving the conflict",
  ])("calls the denial %j altered", (claim) => {
    expect(check(claim).verdict).toBe("altered");
  });

  it("reads 'failure not to' as a double negation and 'refuses to' as one", () => {
    const lexicon = new Lexicon(kb);
    const vocabulary = new ClaimVocabulary(lexicon, new Map(), 1);
    const negated = (text: string, word: string) =>
      wordsOf(lexicon.tokensOf(text), vocabulary, () => false).find((w) => w.surface === word)?.negated;
    expect(negated("the failure to address the interests", "address")).toBe(true);
    expect(negated("the failure not to address the interests", "address")).toBe(false);
    expect(negated("the Kremlin refuses to help", "help")).toBe(true);
  });

  it("holds Russian negation as concord: 'никогда не' is one negation, 'без' another", () => {
    const lexicon = new Lexicon(kb);
    const vocabulary = new ClaimVocabulary(lexicon, new Map(), 1);
    const negated = (text: string, word: string) =>
      wordsOf(lexicon.tokensOf(text), vocabulary, () => false).find((w) => w.surface === word)?.negated;
    expect(negated("Путин никогда не критикует Вашингтон", "критикует")).toBe(true);
    expect(negated("Путин критикует Вашингтон", "критикует")).toBe(false);
    expect(negated("без учета компромиссов", "учета")).toBe(true);
    expect(negated("Кремль отказывается помогать", "помогать")).toBe(true);
  });
});

describe("a claim in a language the checker cannot read yet", () => {
  it("judges a Russian claim on the curated translation of the English span (in other words at best)", () => {
    const v = check("Путин критикует Вашингтон за монополизацию мирных усилий");
    expect(v.verdict).toBe("paraphrase");
    expect(v.span?.text).toContain("Putin criticizes Washington for monopolizing peace efforts");
    expect(v.translation).toContain("Путин критикует Вашингтон");
  });
});
