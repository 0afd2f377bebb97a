// Russian questions typed without a question mark that the router sent to the claim checker (claims30): a topic
// named after «про» / «насчёт» with no proposition of its own, «а как же …», «очем» (о чём run together), «как» /
// «как-то» before a verb after the topic. Written for this test; claims holding the same words (a «что» clause,
// something denied, «как» comparing, a full stop) are still checked as claims.
import { describe, expect, it } from "vitest";
import { looksLikeClaim, looksLikeQuestion } from "../../src/routing/index.js";

describe("unmarked Russian questions of claims30", () => {
  it.each([
    "песков про контакты кремля с воюющими сторонами",
    "в тексте написано насчёт роли квартета в мирном процессе",
    "у кремля контакты с израилем, а как же палестинцы",
    "очем предупреждает российский мид в этой статье",
    "позиция москвы как менялась после начала войны",
    "турция как-то ответила на звонок путина по газе",
  ])("%s → a question", (q) => {
    expect(looksLikeQuestion(q)).toBe(true);
    expect(looksLikeClaim(q)).toBe(false);
  });

  it.each([
    "Путин говорил про немедленное прекращение огня и возобновление переговоров.",
    "Путин ничего не сказал про роль России в мирном процессе на Ближнем Востоке",
    "Песков сказал что про роль России в квартете Путин говорил много",
    "Москва позиционирует себя как беспристрастный посредник между израильтянами и палестинцами",
    "Путин сказал, как изменилась ситуация после провала политики США в регионе",
  ])("%s → still a claim", (c) => expect(looksLikeClaim(c)).toBe(true));
});
