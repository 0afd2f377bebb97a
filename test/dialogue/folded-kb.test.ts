// The knowledge base's synonym groups and article, folded once: a group is found by any member exactly as a scan
// of the groups in order finds it (the first group holding it), in English and Russian.
import { describe, expect, it } from "vitest";
import { foldedArticleWords, synonymGroupOf, wordsOf } from "../../src/dialogue/folded-kb.js";
import { fold } from "../../src/dialogue/language.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const kb = loadKnowledgeBase(REAL_KB_DIR);
const scan = (groups: string[][], folded: string) => groups.find((g) => g.some((t) => fold(t) === folded));

describe("the knowledge base folded once", () => {
  it("finds each member's group as a scan of the groups in order does", () => {
    for (const groups of [kb.synonyms, kb.locales?.ru?.synonyms ?? []]) {
      const asked = [...groups.flat().map(fold), "china", "macron", "the un", "", "нато"];
      expect(asked.length).toBeGreaterThan(5);
      for (const folded of asked) expect(synonymGroupOf(groups, folded), folded).toBe(scan(groups, folded));
    }
  });

  it("takes the first group when two hold the same member", () => {
    const groups = [
      ["the UN", "United Nations"],
      ["U.N.", "The UN"],
    ];
    expect(synonymGroupOf(groups, "the un")).toBe(groups[0]);
    expect(synonymGroupOf(groups, fold("U.N."))).toBe(groups[1]);
  });

  it("gives the article's words folded, a space either side", () => {
    expect(foldedArticleWords(kb)).toBe(` ${wordsOf(fold(kb.article.text))} `);
    expect(foldedArticleWords(kb)).toContain(" erdogan ");
  });
});
