// What a claim says its subject does: a side-taking verb swapped for a word of the claim's own, stopping what the
// passage says, irregular forms of rising and falling, exceptions, a new last word after an auxiliary, "X mentions
// nothing about". Each of these was confirmed before (probes written for this test, not the labelled sets').
import { describe, expect, it } from "vitest";
import { check, expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("what the subject does", () => {
  it.each([
    "Putin defended Washington for monopolizing peace efforts.",
    "Putin excused Washington for monopolizing peace efforts.",
    "Putin forgave Washington for monopolizing peace efforts.",
    "Putin celebrated the US government's failure to address the interests of Palestinians.",
  ])("a side-taking verb swapped for another word is not confirmed: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    "Putin lambasted Washington for monopolizing peace efforts.",
    "Putin took Washington to task for monopolizing peace efforts.",
    "Putin points the finger at the United States for its failed policy in the Middle East.",
    "Putin agrees that there is a need for a Palestinian state.",
    "Putin criticized Washington for monopolizing peace efforts.",
    "Putin was critical of Washington for monopolizing the peace efforts.",
    "Putin accused Washington of monopolizing the peace efforts.",
  ])("the same side in other words is still in other words: %s", (claim) => {
    expectVerdict(claim, "paraphrase");
  });

  it.each([
    "Putin stopped criticizing Washington for monopolizing peace efforts.",
    "Moscow has stopped presenting itself as an impartial mediator.",
    "Russia quit the Quartet formed to facilitate Israeli-Palestinian negotiations.",
  ])("stopping or leaving what the passage says is altered: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    ["Putin said the number of civilian casualties fell.", "altered"],
    ["Putin said the number of civilian casualties has fallen.", "altered"],
    ["Putin said the number of civilian casualties shrank.", "altered"],
    ["Putin said the number of civilian casualties was going down.", "altered"],
    ["Putin said the number of civilian casualties rose.", "paraphrase"],
    ["The number of civilian casualties has grown, Putin said.", "paraphrase"],
  ])("irregular forms of rising and falling: %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });

  it.each([
    "Putin said the number of civilian casualties has peaked.",
    "The Kremlin maintains open communication with both warring sides and expresses its readiness to fight.",
    "Putin criticizes Washington for monopolizing the war effort.",
    "Putin regrets that the Palestinians aspire to an independent state.",
    "Putin believes the latest lull in violence is a clear indication of the failure of US policy.",
    "Putin has expressed deep concern over the rising number of Israeli casualties.",
  ])("a new last word, an opposite inside a phrase, a regret: not confirmed: %s", (claim) => {
    expectNotConfirmed(claim);
  });
});

describe("how sure, how much, what is shown", () => {
  it.each([
    "There are growing concerns that the current crisis will extend beyond the Arab-Israeli conflict zone.",
    "The current crisis has already extended beyond the Arab-Israeli conflict zone.",
    "The crisis will definitely spread beyond the Arab-Israeli conflict zone.",
    "Putin expressed some concern over civilian casualties in Israel only.",
    "Putin is unsure whether the latest surge in violence shows the failure of US policy.",
    "Moscow presents itself as an impartial mediator by hiding its relationships with both Israelis and Palestinians.",
    "The Israeli-Palestinian conflict hides the consequences of failed Middle East policies.",
  ])(
    "a certainty, a restriction or a concealment the passage does not have is not confirmed: %s",
    (claim) => {
      expectNotConfirmed(claim);
    },
  );

  it.each([
    "Putin is against an immediate ceasefire.",
    "The Foreign Ministry is against direct Palestinian-Israeli dialogue.",
    "МИД России против налаживания прямого диалога между палестинцами и израильтянами.",
  ])("being against what the passage calls for is altered: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("a hedge said with another hedge is in other words", () => {
    expect(
      check(
        "There are growing fears that the current crisis could spread beyond the Arab-Israeli conflict zone.",
      ).verdict,
    ).toBe("paraphrase");
  });
});

describe("who the subject is", () => {
  it.each([
    "Israeli officials expressed deep concern over the rising number of civilian casualties.",
    "Both Putin and Erdogan called for an immediate ceasefire.",
    "Putin and Erdogan stressed the urgent need for an immediate ceasefire.",
  ])("a subject the passage does not give its words to is not confirmed: %s", (claim) => {
    expectNotConfirmed(claim);
  });

  it("two names for the one actor the passage speaks of are in other words", () => {
    expect(
      check("The Kremlin and Peskov want to play a constructive role in resolving the conflict.").verdict,
    ).toBe("paraphrase");
  });
});

describe("exceptions and silence", () => {
  it.each([
    "The Russian government has long-standing ties with the Palestinians, except Hamas.",
    "The Russian government has long-standing ties with the Palestinians, apart from Hamas.",
    "The Russian government has long-standing ties with the Palestinians other than Hamas.",
    "Россия поддерживает связи с палестинцами, за исключением ХАМАС.",
    "У российского правительства давние связи с палестинцами, кроме ХАМАС.",
  ])("what the claim excepts is negated: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("«кроме того» (moreover) excepts nothing", () => {
    expectConfirmed("Кроме того, у России есть давние связи с палестинцами, включая ХАМАС.");
  });

  it.each([
    "Putin mentions nothing about Russia's own role in the peace process.",
    "Putin was silent about Russia's own role in the peace process.",
    "Putin said nothing about Russia's own role in the peace process.",
  ])("saying nothing of what the article says he does not mention is in other words: %s", (claim) => {
    expectVerdict(claim, "paraphrase");
  });

  it("mentioning nothing of what the article says he stressed is altered", () => {
    expectVerdict("Putin mentioned nothing about a ceasefire.", "altered");
  });
});

describe("the same in Russian", () => {
  it.each([
    "Песков опроверг, что Кремль стремится помочь в поиске урегулирования.",
    "Путин преуменьшил обеспокоенность ростом числа жертв среди мирного населения.",
    "МИД России отмахнулся от важности координации региональных игроков.",
    "Кремль прекратил связь с обеими воюющими сторонами.",
    "Москва перестала представлять себя беспристрастным посредником.",
    "Путин защищал Вашингтон за монополизацию мирных усилий.",
    "Россия вышла из «квартета».",
    "Путин усомнился в необходимости палестинского государства.",
    "Путин сомневается, что последний всплеск насилия — признак провала политики США.",
    "Нынешний кризис обязательно выйдет за пределы зоны арабо-израильского конфликта.",
    "Путин выразил обеспокоенность только жертвами в Израиле.",
    "Путин и Эрдоган призвали к немедленному прекращению огня.",
    "И Путин, и Эрдоган призвали к немедленному прекращению огня.",
  ])("never confirmed: %s", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    "Путин раскритиковал Вашингтон за монополизацию мирных усилий.",
    "Песков подчеркнул, что Кремль намерен играть конструктивную роль в урегулировании конфликта.",
    "Кремль и Песков стремятся помочь в поиске урегулирования.",
  ])("still in other words: %s", (claim) => {
    expectVerdict(claim, "paraphrase");
  });
});
