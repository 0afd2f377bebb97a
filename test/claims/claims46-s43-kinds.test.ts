// claims46 (session 43): a relation's qualifier put on another party — «У России давние связи с Израилем» lined up with
// ¶5's "relationships with both Israelis and Palestinians" and was confirmed, though the article's long-standing ties
// are the Russian government's with the Palestinians, Hamas included (qualified-relation.ts). Claims written for this
// test (not of any set).
import { describe, it } from "vitest";
import { expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";

describe("a relation's qualifier on another party", () => {
  it("confirms none of the long-standing ties put on Israel, in either language", () => {
    expectNoneConfirmed([
      "У Кремля давние связи с израильтянами.",
      "Москва имеет многолетние отношения с Израилем.",
      "Russia has longstanding relations with the Israelis.",
      "The Russian government has historic ties with Israel.",
    ]);
    // The first row loads the real engine and checker: on a loaded machine that is most of a minute.
  }, 120_000);
  it("reads them as altered, and keeps the article's own ties confirmed", () => {
    expectVerdicts([
      ["У Кремля давние связи с израильтянами.", "altered"],
      ["The Russian government has historic ties with Israel.", "altered"],
      ["У Москвы давние связи с палестинцами, включая ХАМАС.", "paraphrase"],
      ["Moscow has long-standing ties with the Palestinians, including Hamas.", "paraphrase"],
    ]);
  });
});
