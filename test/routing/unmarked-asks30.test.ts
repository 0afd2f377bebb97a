// Russian questions typed without a question mark that the router sent to the claim checker (quality30): a question
// word after the topic («кремль что предлагает сторонам», «кроме переговоров что ещё …»), «как его зовут», «что у
// них общего», an attribution lead without its comma before a question word, a question word before a closing
// attribution. Written for this test; the claims that hold the same words («… сказал, что хочет …», «… потому что
// хочет …») are still checked as claims.
import { describe, expect, it } from "vitest";
import { looksLikeClaim, looksLikeQuestion } from "../../src/routing/index.js";

describe("unmarked Russian questions of quality30", () => {
  it.each([
    "кремль что предлагает сторонам конфликта",
    "помимо переговоров что ещё путин считает важным",
    "лидер турции с которым созванивался путин как его зовут",
    "россия и израиль что у них общего",
    "по словам пескова что кремль хочет сделать",
    "всплеск насилия это симптом чего по мнению путина",
    "бывшие граждане россии где проживают по статье",
  ])("%s → a question", (q) => {
    expect(looksLikeQuestion(q)).toBe(true);
    expect(looksLikeClaim(q)).toBe(false);
  });

  it.each([
    "Путин сказал что хочет немедленного прекращения огня и возобновления переговоров",
    "Песков заявил что Кремль хочет сыграть конструктивную роль в урегулировании конфликта",
    "Кремль готов содействовать урегулированию потому что хочет выгоды для себя",
    "Путин считает что еще рано говорить о мирном процессе на Ближнем Востоке",
    "МИД России подчеркнул, что хочет прямого диалога между палестинцами и израильтянами",
  ])("%s → still a claim", (c) => expect(looksLikeClaim(c)).toBe(true));
});
