// claims-blind47's «россия давно разорвала все связи с хамас»: an alteration (ties cut, where the article has
// long-standing ties) read as "not in the article" only because its intensifiers («давно», «все») lined up with
// nothing. Claims written for this test from the article, both languages.
import { describe, expect, it } from "vitest";
import { withoutIntensifiers } from "../../src/claims/intensifier.js";
import { expectVerdict } from "../helpers/claims.js";

describe("an alteration under words that only strengthen it", () => {
  it.each([
    "Кремль окончательно разорвал всякие связи с палестинцами.",
    "Москва уже давно полностью прекратила контакты с израильтянами.",
    "Moscow completely severed all its long-standing ties with the Palestinians for good.",
  ])("%s → altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("keeps news news, and takes off only the intensifiers", () => {
    expectVerdict("Russia has already sent troops to Gaza.", "not-in-article");
    expect(withoutIntensifiers("россия давно разорвала все связи с хамас")).toBe(
      "россия разорвала связи с хамас",
    );
    expect(withoutIntensifiers("Moscow cut its ties with Hamas for good")).toBe(
      "Moscow cut its ties with Hamas",
    );
  });
});
