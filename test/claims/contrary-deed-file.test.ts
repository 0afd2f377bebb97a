// knowledge/contrary-deeds.json: the article's deeds and their contraries as data, checked at load; a broken row
// gets one clear line (its row, its field, the fix), and the reader (contrary-deed.ts) reads the loaded table.
import { describe, expect, it } from "vitest";
import { articleSentences, contraryDeed } from "../../src/claims/contrary-deed.js";
import { parseContraryDeeds } from "../../src/claims/contrary-deed-check.js";
import { foldForMatch, KnowledgeBaseError } from "../../src/knowledge/index.js";
import { realContraries, realKb } from "../helpers/engine.js";

const row = {
  means: "a call / a visit",
  deed: ["phone\\s+call"],
  contrary: ["in\\s+person", "visit\\p{L}*"],
};
const messageOf = (raw: unknown, texts: string[] = []) => {
  try {
    parseContraryDeeds(raw, texts);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    return (error as Error).message;
  }
  throw new Error("expected the file to be refused");
};

describe("the contrary-deeds file", () => {
  it("loads the article's table, each deed standing in the article", () => {
    const texts = [...realKb.article.paragraphs, ...(realKb.locales?.ru?.translations.values() ?? [])];
    expect(parseContraryDeeds({ deeds: [row] }, texts)).toHaveLength(1);
    expect(realContraries.length).toBeGreaterThanOrEqual(7);
  });

  it("names a broken row: a missing field, a pattern that does not compile, a deed the article lacks", () => {
    expect(messageOf({ deeds: [{ ...row, contrary: [] }] })).toMatch(
      /contrary-deeds\.json: deeds\[0\], contrary: must list one alternative at least\. Fix:/,
    );
    expect(messageOf({ deeds: [{ ...row, deed: ["phone(call"] }] })).toMatch(
      /deeds\[0\] \(a call \/ a visit\), deed: is not a regular expression .*Fix: mend the pattern/,
    );
    expect(
      messageOf({ deeds: [{ ...row, deed: ["carrier\\s+pigeon"] }] }, realKb.article.paragraphs),
    ).toMatch(/deed: stands in no sentence of the article nor of its translation/);
    expect(messageOf({ deeds: [{ ...row, extra: 1 }] })).toMatch(/deeds\[0\]/);
  });

  it("gives the reader its rows: a visit said of the phone call is read as its contrary", () => {
    const sentences = articleSentences(
      realKb.article.paragraphs,
      realKb.locales?.ru?.translations ?? new Map<string, string>(),
      foldForMatch,
    );
    const claim = "Putin visited Erdogan to discuss an immediate ceasefire";
    expect(contraryDeed(claim, sentences, realContraries)?.claimed).toBe("visited");
    expect(
      contraryDeed(claim, sentences, parseContraryDeeds({ deeds: [{ ...row, contrary: ["by\\s+letter"] }] })),
    ).toBeNull();
  });
});
