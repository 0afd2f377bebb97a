// claims6's kinds: a claim that comes near its passage (short of a match) and says what lines up the other way
// round is altered, with the passage shown, not "not in the article"; Russian idioms of (not) taking into account
// ("оставлять без внимания", "не принимать во внимание", "закрывать глаза на") read as the verb they stand for on
// both sides. Claims written for this test from the article.
import { describe, expect, it } from "vitest";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("near the passage, said the other way round", () => {
  it.each([
    // Near, not matched (the claim's "pundits", "feel confident" are nowhere in the passage): were "not in the article".
    "Pundits feel confident the crisis will stay within the Arab-Israeli conflict zone.",
    "Diplomats are hopeful the crisis will stay confined within the Arab-Israeli conflict zone.",
    // Near enough to match: altered all along.
    "Analysts are sure the crisis will remain inside the Arab-Israeli conflict zone.",
  ])("altered, with its passage shown: %s", (claim) => {
    const v = expectVerdict(claim, "altered");
    expect(v.span?.paragraph).toBe(6);
    expect(v.changes.some((c) => c.kind === "opposite")).toBe(true);
  });

  it("the passage's own direction stays confirmed", () => {
    expectConfirmed(
      "There are growing fears that the crisis could spread beyond the Arab-Israeli conflict zone.",
    );
  });

  it.each([
    "The Kremlin said it would send troops to Gaza.",
    "Putin wants to buy Turkish gas.",
    "Moscow plans to host peace talks in Sochi next month.",
    "Erdogan invited Putin to visit Ankara.",
  ])("what the article has nothing near stays not in the article: %s", (claim) => {
    expectVerdict(claim, "not-in-article");
  });
});

describe("Russian: (not) taking into account", () => {
  it.each([
    "Путин винит США в провальной политике на Ближнем Востоке, игнорировавшей чаяния палестинцев.",
    "По словам Путина, американская политика на Ближнем Востоке не принимала во внимание чаяния палестинцев.",
    "Путин говорит, что Вашингтон закрывал глаза на интересы палестинцев.",
    "Путин говорит, что Вашингтон оставил без внимания стремление палестинцев к независимому государству.",
  ])("ignoring, in any of its idioms, is the article's: %s", (claim) => {
    expectConfirmed(claim);
  });

  it.each([
    "Путин считает, что американская политика принимала во внимание чаяния палестинцев.",
    "Путин считает, что политика США учитывала чаяния палестинцев.",
    "Путин указывает, что правительство США учло интересы палестинцев.",
  ])("taking them into account is altered: %s", (claim) => {
    expectVerdict(claim, "altered");
  });
});

describe("a stance against one of the passage's own things", () => {
  it.each(["Путин выступил против прекращения огня.", "Путин против прекращения огня."])(
    "altered, not news: %s",
    (claim) => {
      const v = expectVerdict(claim, "altered");
      expect(v.span?.paragraph).toBe(2);
    },
  );

  it.each(["Песков выступил против санкций.", "Putin opposes sanctions."])(
    "a stance on what the article never names stays not in the article: %s",
    (claim) => {
      expectVerdict(claim, "not-in-article");
    },
  );
});

describe("Russia, Moscow and the Kremlin: one actor by three names, whose words are the Kremlin's", () => {
  it.each([
    "Russia keeps in touch with both sides of the war.",
    "Moscow says it is ready to help reach a settlement.",
    "Moscow maintains open communication with both warring sides.",
  ])("the Kremlin's words given to Russia or Moscow stay confirmed: %s", (claim) => {
    const v = expectConfirmed(claim);
    expect(v.span?.paragraph).toBe(4);
  });

  it.each([
    "Erdogan keeps in touch with both sides of the war.",
    "Putin maintains open communication with both warring sides.",
  ])("given to a person, they are misattributed: %s", (claim) => {
    expectVerdict(claim, "misattributed");
  });
});

describe("only the member the passage names as included", () => {
  it.each([
    // Was confirmed (a paraphrase) before claims6: the restriction stood out of reach of the list reader.
    "Russia's only long-standing ties are with Hamas.",
    "The Kremlin talks only to Hamas.",
    "The Kremlin keeps in touch only with Hamas.",
    "Кремль общается только с ХАМАС.",
    "Россия давно связана лишь с ХАМАС.",
  ])("altered, not confirmed and not news: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    "The Russian government has long-standing ties with the Palestinians, including Hamas.",
    "У российского правительства давние связи с палестинцами, в том числе с ХАМАС.",
  ])("the group with its member stays confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });
});
