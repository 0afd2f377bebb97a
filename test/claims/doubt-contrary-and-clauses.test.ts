// claims28's kinds: a question of doubt around the article's words (doubt-frame.ts), casualties as the hurt and the
// killed and a number that keeps going up (synonyms, neutral-pairs.ts), a deed said the other way round in words
// of its own (contrary-deed.ts), two statements of one subject joined by "and" (clause-apart.ts), a denial about a
// party the article never names (absent-party.ts). Claims written for this test, not the probe set's.
import { describe, expect, it } from "vitest";
import { clausesApart } from "../../src/claims/clause-apart.js";
import { articleSentences, contraryDeed } from "../../src/claims/contrary-deed.js";
import { withoutDoubtFrame } from "../../src/claims/doubt-frame.js";
import { foldForMatch } from "../../src/knowledge/index.js";
import { check, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";
import { realContraries, realKb } from "../helpers/engine.js";

const sentences = articleSentences(
  realKb.article.paragraphs,
  realKb.locales?.ru?.translations ?? new Map<string, string>(),
  foldForMatch,
);

describe("a question of doubt around the article's words", () => {
  it.each([
    [
      "did Putin truly say the latest surge in violence is a clear indication of the failure of US policy?",
      "putin",
    ],
    [
      "Has Peskov actually said that the Kremlin aims to play a constructive role in resolving the conflict??",
      "peskov",
    ],
    [
      "is it really true that Russia has been part of the Quartet formed to facilitate Israeli-Palestinian negotiations",
      null,
    ],
    ["So is it true that the Kremlin maintains open communication with both warring sides?", null],
  ])("%s: verbatim", (claim, speaker) => {
    const v = expectVerdict(claim, "verbatim");
    if (speaker) expect(v.claimedSpeaker?.id).toBe(speaker);
  });

  it.each([
    // The words changed inside the question: still altered.
    "did Putin really say the latest surge in violence is a clear sign of the success of US policy?",
    "is it true that the Kremlin has cut off communication with both warring sides?",
    "правда ли, что Кремль прекратил всякую связь с обеими воюющими сторонами?",
    // The words of one speaker asked of another: not confirmed.
    "did Erdogan really say that the Kremlin seeks to assist in finding a settlement?",
  ])("%s: never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it("reads the frame as a plain attribution, and leaves other questions as typed", () => {
    expect(withoutDoubtFrame("did putin really say the ceasefire is urgent??")).toBe(
      "putin said that the ceasefire is urgent",
    );
    expect(withoutDoubtFrame("Does Peskov honestly believe Russia can help?")).toBe(
      "Peskov believes that Russia can help",
    );
    expect(withoutDoubtFrame("правда ли, что Путин звонил Эрдогану?")).toBe("Путин звонил Эрдогану");
    // A question about someone the claim does not name, or with nothing after the frame, stays as it came.
    for (const text of [
      "did you really say that?",
      "is it true that so?",
      "what did Putin say about the US?",
    ])
      expect(withoutDoubtFrame(text)).toBe(text);
  });
});

describe("casualties: the hurt and the killed, and their number going up", () => {
  it.each([
    "Putin is alarmed that more and more civilians are being injured or killed in Israel and Gaza",
    "Путин встревожен ростом числа раненых среди мирного населения в Израиле и секторе Газа",
  ])("%s: paraphrase", (claim) => {
    expectVerdict(claim, "paraphrase");
  });

  it("a number going down is still no paraphrase", () => {
    expectNotConfirmed("Putin is relieved that fewer and fewer civilians are being hurt in Israel and Gaza");
  });
});

describe("a deed said the other way round in words of its own", () => {
  it.each([
    ["Putin blasted Washington for stepping back from the peace efforts entirely", "monopoliz"],
    [
      "Putin thinks the US policy in the Middle East was overly focused on what the Palestinians aspired to",
      "overlook",
    ],
    ["Putin flew to Turkey and discussed a ceasefire with Erdogan face to face", "phone call"],
    ["Peskov said the Kremlin intends to settle the conflict single-handedly", "seeks to assist"],
    ["Путин заявил, что с немедленным прекращением огня спешить не стоит", "настоятельн"],
    ["The Kremlin keeps open communication with the Israeli side only", "both warring sides"],
    ["Russia's common ground with Israel is rooted in decades of energy trade", "due to the number"],
  ])("%s: altered, and the reader finds the deed it turns round", (claim, article) => {
    const v = expectVerdict(claim, "altered");
    expect(v.span).not.toBeNull();
    const found = contraryDeed(claim, sentences, realContraries);
    expect(found?.article.toLowerCase().startsWith(article), JSON.stringify(found)).toBe(true);
  });

  it.each([
    // A plan of the claim's own naming only the people of the passage: news.
    "Putin and Erdogan are planning a visit to Moscow later this year",
    // The cause the article gives, in other words: not a contrary.
    "Russia's common ground with Israel comes from the many Russian émigrés living there",
  ])("%s: not the contrary of a stated deed", (claim) => {
    expect(check(claim).changes.some((c) => c.kind === "opposite")).toBe(false);
  });
});

describe("two statements of one subject joined by and", () => {
  it("reads each statement with the subject", () => {
    expect(clausesApart("Moscow quietly favours Israel and shows no wish to look impartial")).toEqual([
      "Moscow quietly favours Israel",
      "Moscow shows no wish to look impartial",
    ]);
    // "and" inside a clause of the first statement, or between two nouns after "that": no two statements.
    expect(clausesApart("The article urges approaches that put interests and aspirations first")).toBeNull();
  });

  it("a half that alters its passage alters the claim", () => {
    expectVerdict(
      "Moscow openly backs Israel and makes no pretence of being an impartial mediator",
      "altered",
    );
  });
});

describe("a denial about a party the article never names", () => {
  it.each([
    "Peskov said the Kremlin keeps no contact with Qatar about the fighting",
    "Putin said Russia does not talk to Syria about the conflict",
  ])("%s: not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });

  it("a denial of the passage's own words stays altered", () => {
    expectVerdict("The Kremlin does not maintain open communication with both warring sides", "altered");
  });
});
