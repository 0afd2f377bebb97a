// dialog53ru (session 45): a list's member asked negated with no verb («ЕС же не в нём, да?»: the positive fact,
// «Да, входит.»; negated-listed.ts) or verb first («а туда входят США?»; member-verb-first-ru.ts); «и/а это спорно?»
// after a wh-answer is a clause with «это» as its subject, not a topic switch (that-point-clause-ru.ts); a prospect
// asked with no subject («скоро закончится?», "ending soon?") is "doesn't say" (prospect-asked.ts). Rows are our own
// phrasings. Russia's involvement asked by a relation word («москва имеет отношение к урегулированию?», «причастна»)
// is the plain question whose card answers it: Да (involvement-asked-ru.ts).
import { describe, expect, it } from "vitest";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows } from "../helpers/kind-table.js";

const said = (lang: "en" | "ru") => (messages: string[]) => {
  const reply = lastAnswer(messages, lang);
  return `${reply.answer.entry?.id ?? "-"} ${reply.verdict ?? "-"}`;
};

describe("a member negated with no verb", () => {
  it("is the positive member question on the list, echoed («Да, входит.» / «Нет, не входит.»)", () => {
    expectChatRows(said("ru"), [
      [["кто входит в квартет?", "а оон ведь не в нём?"], "quartet-members yes"],
      [["кто входит в квартет?", "россия же не в квартете, да?"], "quartet-members yes"],
      [["кто входит в квартет?", "сша не среди них, верно?"], "quartet-members yes"],
      [["кто входит в квартет?", "китай ведь не член квартета?"], "quartet-members no"],
      [["для чего создан квартет?", "а евросоюз же не в нём?"], "quartet-purpose yes"],
    ]);
    const reply = lastAnswer(["кто входит в квартет?", "а евросоюз не в нём, да?"], "ru");
    expect(reply.answer.answer.startsWith("Да, входит.")).toBe(true);
  }, 180_000);
});

describe("a member asked verb first", () => {
  it("is read against the last answer's list as with the party first", () => {
    expectChatRows(said("ru"), [
      [["в квартет входит евросоюз?", "а туда входит оон?"], "quartet-members yes"],
      [["кто входит в квартет?", "а в него тоже входят сша?"], "quartet-members yes"],
      [["кто входит в квартет?", "а входит ли туда россия?"], "quartet-members yes"],
      [["кто входит в квартет?", "а туда входит турция?"], "quartet-members no"],
      [["кто входит в квартет?", "а среди них есть китай?"], "quartet-members no"],
    ]);
  }, 180_000);
});

describe("«это» and its predicate after a wh-answer", () => {
  it("is a yes/no of its own, not a topic beside the last voice", () => {
    expectChatRows(said("ru"), [
      [["как россия себя подаёт?", "и это спорно?"], "russia-role-controversy yes"],
      [["кем себя представляет москва?", "а это тоже вызывает споры?"], "russia-role-controversy yes"],
      [["какую роль хочет играть кремль?", "и это неоднозначно?"], "russia-role-controversy yes"],
    ]);
  }, 180_000);
});

describe("a prospect asked with no subject", () => {
  it("is doesn't say on the last answer, in both languages", () => {
    expectChatRows(said("ru"), [
      [["насилие нарастает?", "скоро прекратится?"], "violence-escalating not-said"],
      [["что происходит в газе?", "закончится ли вообще?"], "conflict-location not-said"],
    ]);
    expectChatRows(said("en"), [
      [["is the violence escalating?", "ending soon?"], "violence-escalating not-said"],
      [["is the violence getting worse?", "gonna stop anytime soon?"], "violence-escalating not-said"],
    ]);
  }, 180_000);
});

describe("Russia's involvement asked by a relation word", () => {
  it("is Да on the card of the settlement or the peace process, also after another voice's answer", () => {
    expectChatRows(said("ru"), [
      [["москва как-то причастна к урегулированию?"], "kremlin-settlement-role yes"],
      [
        ["что говорит мид?", "а кремль имеет хоть какое-то отношение к урегулированию?"],
        "kremlin-settlement-role yes",
      ],
      [
        ["кто входит в квартет?", "значит, россия вовлечена в мирный процесс?"],
        "russia-role-controversy yes",
      ],
    ]);
  }, 180_000);
});
