// claims26's kinds: a place in the article framing its words (position-frame.ts), news of an event the article
// never reports (new-event.ts), one party for all of them or a sole role (one-for-all.ts), "only" against the
// passage's "also" (also-restricted.ts), and a zone named as an area or region (neutral-pairs.ts).
import { describe, expect, it } from "vitest";
import { restrictedAlso } from "../../src/claims/also-restricted.js";
import { createClaimChecker } from "../../src/claims/index.js";
import { unreportedEvents } from "../../src/claims/new-event.js";
import { positionFrame } from "../../src/claims/position-frame.js";
import { realKb as kb } from "../helpers/engine.js";

const check = createClaimChecker(kb);

describe("a place in the article framing its words", () => {
  it.each([
    ['The story closes with "a lasting and just resolution"', 7],
    ['The first sentence says: "Amidst the escalating violence between Hamas and the Israeli military"', 1],
    ['The last paragraph reads "It underscores the urgency for comprehensive and inclusive approaches"', 7],
  ])("confirms %j word for word at its place", (claim, paragraph) => {
    const verdict = check(claim);
    expect(verdict.verdict).toBe("verbatim");
    expect(verdict.span?.paragraph).toBe(paragraph);
  });

  it("alters words of the article put at a place they do not stand", () => {
    const verdict = check('The article begins with "a lasting and just resolution"');
    expect(verdict.verdict).toBe("altered");
    expect(verdict.changes.some((c) => c.claimed === "begins")).toBe(true);
  });

  it("alters a changed word behind the frame, and reads no frame in a plain claim", () => {
    expect(check('The closing line says "in order to achieve a swift and just resolution"').verdict).toBe(
      "altered",
    );
    expect(positionFrame("The article ends with a call for inclusive approaches")).toBeNull();
    expect(positionFrame("Putin says the last word on Gaza")).toBeNull();
  });
});

describe("news of an event the article never reports", () => {
  it.each([
    "Moscow says former Russian citizens residing in Israel have died.",
    "Peskov said former Russian citizens were killed in Israel.",
    "Peskov said Moscow is evacuating Russian citizens from Israel.",
    "Putin said Russia would host a conference of the warring sides.",
    "МИД заявил, что Москва вывозит россиян из Израиля.",
  ])("reads %j as not in the article", (claim) => expect(check(claim).verdict).toBe("not-in-article"));

  it("keeps the article's casualties confirmed in other words", () => {
    expect(
      check("Putin is deeply concerned about how many civilians are killed or wounded in Israel and Gaza.")
        .verdict,
    ).toBe("paraphrase");
  });

  it("counts only event verbs no sentence of the article has", () => {
    const article = kb.article.paragraphs.join("\n").toLowerCase();
    expect(unreportedEvents(["evacuated", "citizens"], article, "")).toEqual(["evacuated"]);
    expect(unreportedEvents(["died"], article, "civilian casualties")).toEqual([]);
    expect(unreportedEvents(["weapons", "sanctions"], article, "")).toEqual([]);
  });
});

describe("one party for all of them, a sole role", () => {
  it.each([
    "The article calls for approaches that prioritize the aspirations of the Palestinians above all others.",
    "Moscow openly backs Israel",
    "Песков сказал, что Москва хочет быть единственным посредником между израильтянами и палестинцами.",
  ])("alters %j", (claim) => expect(check(claim).verdict).toBe("altered"));
});

describe('"only" against the passage\'s "also"', () => {
  it("alters the deed the passage gives as one among others", () => {
    expect(check("Putin merely directs blame at the United States").verdict).toBe("altered");
    expect(
      restrictedAlso("Putin only blames the US", "he also directs blame towards the United States"),
    ).toEqual({
      kind: "replaced",
      claimed: "only blames",
      article: "also",
    });
  });

  it("reads no restriction in 'not only'", () => {
    expect(
      restrictedAlso("Putin not only blames the US", "he also directs blame towards the United States"),
    ).toBeNull();
  });
});

describe("a zone named as an area or a region", () => {
  it("confirms the fear of the crisis spreading past the conflict region", () => {
    expect(
      check(
        "There are growing worries that the current crisis may extend beyond the Arab-Israeli conflict region.",
      ).verdict,
    ).toBe("paraphrase");
  });
});
