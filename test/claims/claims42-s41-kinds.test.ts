// claims42 (session 41)'s kinds, in claims written for this test (not the sets' lines): doubt said in other words
// ("questions the …", "casts doubt on", "calls into question", "wonders whether", «ставит под сомнение», «задаётся
// вопросом»; phrasal-verbs.ts, russian-phrasal.ts), the Quartet's help swapped for another verb in Russian
// («созданный для содействия» → «чтобы контролировать»; russian-contact-opposites.ts), a purpose made a sure outcome ("… will
// stabilize the situation", «стабилизирует ситуацию»; hedge-removed.ts).
import { describe, expect, it } from "vitest";
import { joinPhrasalVerbs } from "../../src/claims/phrasal.js";
import { readRussianIdioms } from "../../src/claims/russian-phrasal.js";
import { expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";

describe("doubt said in other words", () => {
  it("is altered where the passage stresses, acknowledges or believes", () => {
    expectVerdicts([
      ["Russia's Foreign Ministry questions the need to coordinate regional players", "altered"],
      [
        "Peskov questions whether the Kremlin can play a constructive role in resolving the conflict",
        "altered",
      ],
      ["Putin questions the need for an immediate ceasefire", "altered"],
      [
        "The Foreign Ministry casts doubt on the importance of direct Palestinian-Israeli dialogue",
        "altered",
      ],
      ["Putin calls the need for a Palestinian state into question", "altered"],
      ["The ministry called into question the importance of coordinating regional players", "altered"],
      ["Putin wonders whether the latest surge in violence shows the failure of US policy", "altered"],
      ["МИД России ставит под вопрос важность координации региональных игроков", "altered"],
      ["Путин поставил под сомнение необходимость немедленного прекращения огня", "altered"],
      ["Путин задаётся вопросом, говорит ли всплеск насилия о провале политики США", "altered"],
    ]);
  });

  it("reads the verb, not the noun", () => {
    expect(joinPhrasalVerbs("Peskov questions whether the Kremlin can help")).toBe(
      "Peskov doubts whether the Kremlin can help",
    );
    expect(joinPhrasalVerbs("the ministry casts serious doubt on the talks")).toBe(
      "the ministry doubts the talks",
    );
    for (const noun of [
      "Putin answered questions about the ceasefire",
      "the questions the article raises",
      "Peskov took questions whether or not they were hostile",
      "Putin wonders about the talks",
    ])
      expect(joinPhrasalVerbs(noun)).toBe(noun);
    expect(readRussianIdioms("МИД ставит под сомнение важность")).toBe("МИД сомневается важность");
    expect(readRussianIdioms("МИД ставит вопрос о диалоге")).toBe("МИД ставит вопрос о диалоге");
  });
});

describe("the Quartet's help, another verb in Russian", () => {
  it("is altered, as English 'formed to monitor' is", () => {
    expectVerdicts([
      ["«Квартет» создали, чтобы надзирать за израильско-палестинскими переговорами", "altered"],
      ["Россия входит в квартет, созданный, чтобы мешать израильско-палестинским переговорам", "altered"],
      ["Russia has been part of the Quartet formed to police Israeli-Palestinian negotiations", "altered"],
    ]);
  });

  it("keeps help in other words a paraphrase", () => {
    expectVerdicts([
      ["Квартет был создан, чтобы способствовать израильско-палестинским переговорам", "paraphrase"],
      ["Кремль выражает готовность помочь в достижении урегулирования", "paraphrase"],
      // Taking part in the talks is no word put in the place of the help (dialogues-own20's «а Квартет в
      // переговорах участвует?» is a yes).
      ["«Квартет» участвует в израильско-палестинских переговорах", "paraphrase"],
    ]);
  });
});

describe("a purpose made a sure outcome", () => {
  it("is altered", () => {
    expectNoneConfirmed([
      "According to the Foreign Ministry, coordination of regional players will stabilize the situation",
      "The Russian Foreign Ministry says coordinating regional players is going to establish direct Palestinian-Israeli dialogue",
      "The article says inclusive approaches will achieve a just and lasting resolution",
      "МИД уверен, что координация региональных игроков стабилизирует обстановку",
      "По словам МИД, координация региональных игроков обеспечит стабилизацию ситуации",
    ]);
  });

  it("keeps the purpose a paraphrase", () => {
    expectVerdicts([
      [
        "The Foreign Ministry says regional players should be coordinated in order to stabilize the situation",
        "paraphrase",
      ],
      [
        "МИД считает важным координировать региональных игроков, чтобы стабилизировать ситуацию",
        "paraphrase",
      ],
    ]);
  });
});

describe("an impersonal «говорят, …» without «что»", () => {
  it("is hearsay taken off, as «говорят, что …» is: news stays news", () => {
    expectVerdicts([
      ["Пишут, Эрдоган пригласил делегацию ХАМАС в Анкару", "not-in-article"],
      ["Утверждают, Эрдоган предложил Женеву как место для переговоров", "not-in-article"],
      ["Говорят Эрдоган предложил провести переговоры в Анкаре", "not-in-article"],
    ]);
  });

  it("keeps the article's words under it", () => {
    expectVerdicts([
      ["Сообщают, Путин подчеркнул острую необходимость немедленного прекращения огня", "paraphrase"],
      ["Говорят, Путин похвалил Вашингтон за монополизацию мирных усилий", "altered"],
    ]);
  });
});
