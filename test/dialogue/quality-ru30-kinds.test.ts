// quality-ru30: a Russian yes/no asking for a judgement of someone ("путин прав?", "он молодец?") gets no
// verdict of the article's — it judges no one; "прав" used to fold into "право" and the Palestinian-state card
// answered "Да.". Rights as a noun ("имеют права") are not read. Our own phrasings.
import { describe, expect, it } from "vitest";
import { asksJudgementRu } from "../../src/dialogue/judgement-asked.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("a judgement asked in Russian", () => {
  it("is read in its forms", () => {
    for (const q of [
      "путин прав?",
      "а он прав?",
      "прав ли кремль?",
      "они правы или нет?",
      "путин молодец?",
      "мид прав в этом?",
    ])
      expect(asksJudgementRu(q), q).toBe(true);
  });

  it("leaves rights and other words alone", () => {
    for (const q of [
      "палестинцы имеют права на государство?",
      "путин говорил о правах палестинцев?",
      "их права нарушены?",
      "правительство сша провалилось?",
      "это правда?",
      "путин ничего не сказал про квартет, я прав?",
      "прав ли я, что кремль за перемирие?",
    ])
      expect(asksJudgementRu(q), q).toBe(false);
  });

  it("gets no Да after the Palestinian-state answer", () => {
    expect(lastVerdict(["что россия думает о палестинском государстве?", "путин прав?"], "ru")).toBe(
      "not-said",
    );
    expect(lastVerdict(["к чему призывает путин?", "он молодец?"], "ru")).not.toBe("yes");
  });

  it("keeps the verdicts of plain yes/no questions", () => {
    expect(
      lastVerdict(
        [
          "что россия думает о палестинском государстве?",
          "путин признаёт необходимость палестинского государства?",
        ],
        "ru",
      ),
    ).toBe("yes");
  });
});

describe("a since-when question gets no verdict line", () => {
  it("is a time question, answered without the card's own Да", () => {
    for (const q of [
      "с какого года россия поддерживает отношения с хамасом?",
      "с каких пор кремль общается с обеими сторонами?",
      "когда начались контакты москвы с хамасом?",
    ]) {
      const reply = lastAnswer([q], "ru");
      expect(reply.verdict ?? null, q).toBeNull();
      expect(reply.answer.answer, q).toMatch(/нет даты/);
      expect(reply.answer.answer, q).not.toMatch(/(?:^|[.:]\s)(?:Да|Нет)\./u);
    }
  });
});
