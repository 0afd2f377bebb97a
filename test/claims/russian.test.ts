// Claims written in Russian, held against the curated translations: a negation added or dropped is never
// confirmed, a translation is never "word for word", frames and routing read Russian.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ClaimVerdict, createClaimChecker, looksLikeClaim } from "../../src/claims/index.js";
import { parseRussianFrame } from "../../src/claims/russian-frames.js";
import { realKb as kb } from "../helpers/engine.js";

const check = createClaimChecker(kb);
const translations = [...kb.locales!.ru!.translations.values()];
const confirms = (v: ClaimVerdict) => v.verdict === "verbatim" || v.verdict === "paraphrase";
const describeVerdict = (claim: string, v: ClaimVerdict) =>
  `${claim}\n-> ${v.verdict} ¶${v.span?.paragraph} ${v.translation} ${JSON.stringify(v.changes)}`;
/** Russian ways to negate the next word. */
const NEGATIONS = ["не", "никогда не", "без"];

describe("a Russian claim against the curated translations", () => {
  it("every translation as a claim is found in other words, never word for word, on its English span", () => {
    for (const translation of translations) {
      const v = check(translation);
      expect(v.verdict, describeVerdict(translation, v)).toBe("paraphrase");
      expect(v.translation).not.toBeNull();
      expect(v.span!.text.length).toBeGreaterThan(0);
      expect(/[а-я]/i.test(v.span!.text), "the span is the article's English").toBe(false);
    }
  });

  it("inserting «не» (or «никогда не», «без») before any word of a translation never yields a paraphrase", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...translations),
        fc.nat(),
        fc.constantFrom(...NEGATIONS),
        (translation, at, negation) => {
          const words = translation.split(" ");
          const i = at % words.length;
          const claim = [...words.slice(0, i), negation, ...words.slice(i)].join(" ");
          const v = check(claim);
          expect(confirms(v), describeVerdict(claim, v)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("inserting «не» before each word of each translation, exhaustively, never yields a paraphrase", () => {
    for (const translation of translations) {
      const words = translation.split(" ");
      for (let i = 0; i < words.length; i++) {
        const claim = [...words.slice(0, i), "не", ...words.slice(i)].join(" ");
        const v = check(claim);
        expect(confirms(v), describeVerdict(claim, v)).toBe(false);
      }
    }
  });

  it("deleting a negation of a translation gives 'altered'", () => {
    const negated = translations.filter((t) => /(^|\s)(не|без|никак не)\s/.test(t));
    expect(negated.length).toBeGreaterThan(2);
    for (const translation of negated) {
      for (const m of translation.matchAll(/(^|\s)(никак не|не|без)\s/g)) {
        const claim = translation.slice(0, m.index) + m[1] + translation.slice(m.index + m[0].length);
        const v = check(claim);
        expect(v.verdict, describeVerdict(claim, v)).toBe("altered");
      }
    }
  });

  it("reads inflected speaker names and aliases: Пескова, Кремль, МИД", () => {
    expect(check("По словам Пескова, Кремль намерен играть конструктивную роль").claimedSpeaker?.id).toBe(
      "peskov",
    );
    expect(check("Кремль поддерживает открытую связь с обеими сторонами").claimedSpeaker?.id).toBe("kremlin");
    expect(
      check("МИД России подчёркивает важность координации региональных игроков").claimedSpeaker?.id,
    ).toBe("foreign-ministry");
  });

  it("a double negation is no negation («не без споров»), concord is one («никогда не»)", () => {
    expect(check("Участие России в ближневосточном мирном процессе не обходится без споров").verdict).toBe(
      "paraphrase",
    );
    expect(check("Путин никогда не признавал необходимость палестинского государства").verdict).toBe(
      "altered",
    );
    expect(check("Путин не не признаёт необходимость палестинского государства").verdict).not.toBe("altered");
  });

  it("a time word is altered against its opposite in the passage, and takes no side where there is none", () => {
    expect(check("У российского правительства недавние связи с палестинцами").verdict).toBe("altered");
    expect(
      check("Российский лидер считает, что нынешний всплеск насилия — явный признак провала политики США")
        .verdict,
    ).toBe("paraphrase");
  });

  it("says it cannot judge a sentence of unknown words rather than 'not in the article'", () => {
    expect(check("Кжрбл фтывщ мнпр ырк зщшгн").verdict).toBe("cannot-judge");
    expect(check("Путин пригласил Эрдогана в Москву на переговоры").verdict).toBe("not-in-article");
  });
});

describe("Russian frames", () => {
  it.each([
    ["Песков заявил, что Кремль намерен помочь", "Песков", "Кремль намерен помочь", false],
    ["По словам Пескова, Кремль намерен помочь", "Пескова", "Кремль намерен помочь", false],
    ["Кремль намерен помочь, — сказал Песков.", "Песков", "Кремль намерен помочь", false],
    ["Путин: «США провалили политику»", "Путин", "США провалили политику", false],
    [
      "Путин никогда не говорил, что США провалили политику",
      "Путин никогда не",
      "США провалили политику",
      true,
    ],
    [
      "Путин подчеркнул необходимость прекращения огня",
      null,
      "Путин подчеркнул необходимость прекращения огня",
      false,
    ],
  ])("reads %j", (text, name, statement, negated) => {
    const frame = parseRussianFrame(text);
    expect([frame.name, frame.statement, frame.negated]).toEqual([name, statement, negated]);
  });
});

describe("routing Russian messages", () => {
  it.each([
    "Путин призвал к немедленному прекращению огня и возобновлению переговоров",
    "Кремль разорвал связь с обеими сторонами.",
    "Песков заявил, что Кремль намерен помочь",
  ])("checks the statement %j", (text) => expect(looksLikeClaim(text)).toBe(true));

  it.each([
    "что путин думает о политике сша на ближнем востоке",
    "кто виноват в эскалации по мнению путина",
    "признаёт ли путин, что палестинцам нужно государство",
    "может ли конфликт выйти за пределы региона",
    "в каком году был разговор с эрдоганом",
    "расскажи что сказал песков о роли кремля в урегулировании",
  ])("answers the question %j", (text) => expect(looksLikeClaim(text)).toBe(false));
});
