// quality-ru48's kinds through the bot (bot.handleUpdate, real engine and dialogue): Putin's view of another
// party's failure (No, with the US), a summary in a fuss idiom, the Kremlin's own role after a long story, how
// Russia and Israel are tied (no bare "Да."), a surname heard with "фф", a wrong office for Peskov. A stranger
// in the same shapes stays refused. Rows of (question → what the reply shows / must not show).
import { describe, it } from "vitest";
import { expectReplies } from "../helpers/real-chat.js";

/** Neither "not in the article" nor the bare Yes on the Kremlin that these questions used to get. */
const MISREAD = /В статье об этом нет|(?:^|\n)Да\.\s*Статья сообщает, что Кремль/;

describe("quality-ru48 through the bot", () => {
  it.each([
    ["Путин полагает, что вспышка — неудача политики Евросоюза?", /(?:^|\n)Нет\.[\s\S]*США/],
    ["в чём весь сыр-бор в этом тексте?", /Путин/],
    [
      "Я сам из Перми, давно не следил за новостями, а тут сосед говорит, что Москва всех мирит. Что кремль заявляет о своей роли?",
      /конструктивн/,
    ],
    ["россия и израиль как связаны?", /бывших граждан/],
    ["пескофф кем работает?", /пресс-секретар/],
    ["Песков это министр обороны?", /(?:^|\n)Нет\.[\s\S]*пресс-секретар/],
  ])("answers '%s'", async (q, expected) => {
    await expectReplies([[q, [expected], [MISREAD]]]);
  });

  it("still refuses the same shapes off the story", async () => {
    await expectReplies([["россия и бразилия как связаны?", [/В статье об этом нет/]]]);
  });
});
