// claims19: people's origin and home swapped (residence.ts), a go-between where the passage says "direct"
// (mediated.ts), and a Russian claim over two translated halves of one sentence (russian-joined.ts). Claims
// written for this test, not the probe set's or a blind set's.
import { describe, expect, it } from "vitest";
import { reversedMovement, reversedRelation } from "../../src/claims/direction.js";
import { mediatedForDirect } from "../../src/claims/mediated.js";
import { swappedResidence } from "../../src/claims/residence.js";
import { joinedSpans } from "../../src/claims/russian-joined.js";
import { check } from "../helpers/claims.js";

const SENTENCE_EN =
  "it also shares common ground with Israel due to the number of former Russian citizens residing there";
const SENTENCE_RU =
  "у него также есть точки соприкосновения с Израилем в силу числа проживающих там бывших граждан России.";

describe("origin and home swapped", () => {
  it.each([
    "Russia is close to Israel thanks to the many former Israeli nationals who settled in Russia.",
    "Plenty of ex-Israelis now living in Russia bring the two countries together.",
    "Москву с Израилем связывают бывшие граждане Израиля, осевшие в России.",
    "Россия близка Израилю, потому что в России живёт много бывших израильтян.",
  ])("reads %s as altered", (claim) => {
    expect(check(claim).verdict).toBe("altered");
  });

  it("names the people's origin swapped for the passage's", () => {
    expect(swappedResidence("the former Israeli citizens residing in Russia", SENTENCE_EN)).toEqual({
      kind: "actor",
      claimed: "israeli",
      article: "russian",
    });
    expect(swappedResidence("бывших израильских граждан, проживающих в России", SENTENCE_RU)?.article).toBe(
      "россии",
    );
  });

  it("leaves the passage's own roles alone, however they are worded", () => {
    for (const claim of [
      "many former Russian citizens live in Israel",
      "Israel is home to many people who once held Russian citizenship",
      "many Israelis have Russian roots",
      "Russia had begun evacuating its citizens from Israel",
    ])
      expect(swappedResidence(claim, SENTENCE_EN), claim).toBeNull();
    for (const claim of [
      "в Израиле живёт много бывших граждан России",
      "бывшие россияне, переехавшие в Израиль",
    ])
      expect(swappedResidence(claim, SENTENCE_RU), claim).toBeNull();
  });

  it("keeps a fair paraphrase of the residence a paraphrase", () => {
    expect(
      check("Moscow has common ground with Israel, home to many former Russian citizens.").verdict,
    ).not.toBe("altered");
    expect(check("Россию и Израиль сближают бывшие граждане России, которые живут в Израиле.").verdict).toBe(
      "paraphrase",
    );
  });
});

describe("a go-between for the passage's direct dialogue", () => {
  const ministry =
    "The Russian Foreign Ministry stresses the importance of coordinating regional players to stabilize the situation and establish direct Palestinian-Israeli dialogue.";

  it("reads indirect, mediated and third-party talks as the opposite of direct", () => {
    expect(mediatedForDirect("talks held via mediators", ministry)?.kind).toBe("opposite");
    expect(mediatedForDirect("an indirect dialogue", ministry)?.article).toBe("direct");
    expect(mediatedForDirect("переговоры через третьи страны", "налаживания прямого диалога")?.claimed).toBe(
      "через третьи страны",
    );
  });

  it("leaves a claim alone that keeps it direct, or names a means that is no go-between", () => {
    expect(mediatedForDirect("direct talks, not talks through intermediaries", ministry)).toBeNull();
    expect(
      mediatedForDirect("stabilize the situation through coordinating regional players", ministry),
    ).toBeNull();
    expect(
      mediatedForDirect("стабилизировать ситуацию через координацию игроков", "прямого диалога"),
    ).toBeNull();
    expect(mediatedForDirect("talks via mediators", "Putin emphasized the urgent need …")).toBeNull();
  });

  it("never confirms a Foreign Ministry that wants talks through others", () => {
    for (const claim of [
      "The Foreign Ministry calls for an indirect Palestinian-Israeli dialogue.",
      "МИД России хочет наладить палестино-израильский диалог при посредничестве третьих стран.",
      "МИД России хочет, чтобы диалог палестинцев и израильтян шёл через посредников.",
    ])
      expect(check(claim).verdict, claim).toBe("altered");
  });
});

describe("two translated halves of one English sentence", () => {
  it("joins neighbours the article joins by 'and' or a comma, and no others", () => {
    const paragraph = "A says x and does y. B says z.";
    const span = (start: number, end: number, translation: string) => ({
      paragraph: 1,
      start,
      end,
      text: paragraph.slice(start, end),
      translation,
      speakers: new Set(["a"]),
    });
    const joined = joinedSpans(
      [span(0, 8, "А говорит х"), span(13, 20, "делает у."), span(21, 30, "Б.")],
      [paragraph],
    );
    expect(joined.map((s) => [s.text, s.translation])).toEqual([
      ["A says x and does y.", "А говорит х и делает у."],
    ]);
  });

  it("reads a Russian claim over both halves of the Kremlin's sentence as a paraphrase", () => {
    expect(
      check("Кремль держит связь с обеими воюющими сторонами и выражает готовность помочь урегулированию.")
        .verdict,
    ).toBe("paraphrase");
    expect(
      check("Кремль прервал связь с обеими воюющими сторонами и выражает готовность помочь урегулированию.")
        .verdict,
    ).toBe("altered");
  });
});

describe("a relation or a movement turned round", () => {
  const believes =
    "The Russian leader believes that the latest surge in violence is a clear indication of the failure of US policy in the region.";

  it("reads the two sides of 'indication of' / 'признак' swapped as altered", () => {
    expect(
      reversedRelation("US policy failing is a clear sign of the latest surge in violence", believes)?.kind,
    ).toBe("actor");
    expect(check("Путин видит в провале политики США признак нового всплеска насилия.").verdict).toBe(
      "altered",
    );
  });

  it("keeps the passage's own order, however worded", () => {
    expect(
      reversedRelation("the new surge of violence is a sign that US policy has failed", believes),
    ).toBeNull();
    expect(
      check("Путин считает, что новый всплеск насилия явно свидетельствует о провале политики США.").verdict,
    ).toBe("paraphrase");
  });

  it("reads 'into' the zone the passage's crisis goes 'beyond' as altered, not the wider region", () => {
    const zone =
      "As the violence escalates, there are growing concerns that the current crisis may extend beyond the Arab-Israeli conflict zone.";
    expect(reversedMovement("the crisis may move into the Arab-Israeli conflict zone", zone)?.claimed).toBe(
      "into",
    );
    expect(
      reversedMovement("the crisis may spread into the region beyond the Arab-Israeli conflict zone", zone),
    ).toBeNull();
  });
});

describe("a name the passage has after the deed made its doer", () => {
  it("reads another country given the Russian government's ties or Russia's seat as altered", () => {
    expect(check("Israel has long-standing ties with the Palestinians and Hamas.").verdict).toBe("altered");
    expect(check("According to the article, Israel has been part of the Quartet.").verdict).not.toBe(
      "paraphrase",
    );
  });

  it("leaves the passage's doer, a passive and a speaker's own deed alone", () => {
    expect(check("Moscow has long had ties with the Palestinians, Hamas included.").verdict).toBe(
      "paraphrase",
    );
    expect(check("Washington is criticized by Putin for monopolizing peace efforts.").verdict).toBe(
      "paraphrase",
    );
    expect(check("Putin did say that Palestinians need a state of their own.").verdict).toBe("paraphrase");
  });
});
