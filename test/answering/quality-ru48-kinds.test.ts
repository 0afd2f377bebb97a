// The kinds quality-ru48 fixed, in words of our own: Putin's view of the violence as another party's failure (No,
// with the US); a summary asked in a fuss idiom placed in the text; the Kremlin's own role asked (also at the end of
// a long message); how Russia and one side are tied, asked of the pair (no bare "Да."); a surname's -ов heard as
// "фф"; a wrong office guessed for a person; "за X или против". Guards: the US's failure stays Yes, a reason asked of
// another party's failure is not Putin's view, a fuss about something else stays refused, both sides named stay the
// contact with both, a pair with a stranger stays refused. Rows of (question → what it should become):
// test/helpers/kind-table.ts.
import { describe, it } from "vitest";
import { asRussianBlameCheck, viewsOtherFailure } from "../../src/answering/russian/blamed-party.js";
import { isRussianBriefRequest } from "../../src/answering/russian/brief-request.js";
import { withoutForOrAgainst } from "../../src/answering/russian/for-or-against.js";
import { heardSurnameVariants } from "../../src/answering/russian/heard-spelling.js";
import { asRussianKremlinRole } from "../../src/answering/russian/kremlin-role.js";
import { asRussianPairTies } from "../../src/answering/russian/pair-ties.js";
import { asRussianRoleAsked } from "../../src/answering/russian/role-asked.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";

const firstReply = (q: string) => answerOf(playChat([q], { lang: "ru" })[0]!.replies[0]!);
/** The first reply's verdict line ("yes", "no"…). */
const verdictOf = (q: string) => firstReply(q).verdict;
/** The first reply's verdict and whether its answer names the US. */
const verdictWithUs = (q: string) => {
  const reply = firstReply(q);
  return { verdict: reply.verdict, namesUs: /США/.test(reply.answer.answer) };
};
/** Whether the first reply's answer starts with a bare "Да.". */
const bareYes = (q: string) => /^Да\./.test(firstReply(q).answer.answer);
const isBrief = (q: string) => isRussianBriefRequest(q, []);

describe("Putin's view of the violence as another party's failure (russian/blamed-party.ts)", () => {
  it("is whom he blames, answered No with the US", () => {
    expectRows(viewsOtherFailure, [["путин полагает, что кровопролитие — ошибка израиля?", true]]);
    expectRows(asRussianBlameCheck, [["по мнению путина виноват катар?", "кого винит путин"]]);
    expectEntries([["путин уверен, что обострение — это просчёт иордании?", "putin-blames-us"]]);
    expectRows(verdictWithUs, [
      ["путин видит в эскалации крах политики турции?", { verdict: "no", namesUs: true }],
    ]);
  });

  it("leaves the US's failure, Russia's own and a failure with no view of Putin's alone", () => {
    expectRows(viewsOtherFailure, [
      ["путин считает, что это провал политики сша?", false],
      ["путин считает это ошибкой кремля?", false],
      ["почему провалилась политика турции?", false],
      ["путин считает что это провал?", false],
    ]);
  });
});

describe("a summary asked in a fuss idiom (russian/brief-request.ts)", () => {
  it("reads the fuss placed in the text, stirred up, or in two determiners", () => {
    expectRows(isBrief, [
      ["о чем сыр-бор в данной публикации", true],
      ["что за каша заварилась в тексте", true],
      ["из-за чего весь этот переполох", true],
    ]);
    expectEntries([["ну и о чём шумиха в этом материале", "summary"]]);
  });

  it("leaves a fuss about something else to the gate", () => {
    expectRows(isBrief, [["о чем шум вокруг выборов в сша", false]]);
    expectEntries([["что за каша заварилась на бирже криптовалют", null]]);
  });
});

describe("the Kremlin's own role (russian/kremlin-role.ts)", () => {
  it("is the constructive role, in a short question or at the end of a long message", () => {
    expectRows(asRussianKremlinRole, [
      ["что москва говорит о своей роли?", "какую роль хочет играть кремль"],
    ]);
    expectEntries([
      [
        "Добрый вечер. Я живу в Самаре, у нас тут спорят на кухне про Ближний Восток, брат говорит, что Россия туда лезет зря. А какую роль кремль себе там отводит?",
        "kremlin-settlement-role",
      ],
    ]);
  });

  it("leaves Putin's silence, the Quartet and a reason asked alone", () => {
    expectUnchanged(asRussianKremlinRole, [
      "что путин говорит о своей роли?",
      "какую роль москва играла в квартете?",
      "почему кремль говорит о своей роли?",
    ]);
  });
});

describe("how Russia and one side are tied, asked of the pair (russian/pair-ties.ts)", () => {
  it("is that side's ties, with no bare Да.", () => {
    expectRows(asRussianPairTies, [
      ["рф и израэль как связаны", "что связывает россию с израилем"],
      ["что общего у кремля с палестинцами", "какие связи у россии с палестинцами и хамас"],
    ]);
    expectEntries([["москва и израиль как связаны между собой", "russia-israel-ties"]]);
    expectRows(bareYes, [["кремль и израиль как связаны", false]]);
  });

  it("leaves both sides, a stranger and no tie asked as typed", () => {
    expectUnchanged(asRussianPairTies, [
      "кремль, израиль и хамас как связаны",
      "россия и бразилия как связаны",
      "кремль и израиль воюют?",
    ]);
  });
});

describe("a surname heard at its end (russian/heard-spelling.ts)", () => {
  it("turns -офф/-оф back into -ов and finds the person", () => {
    expectRows(heardSurnameVariants, [
      ["пескофф", ["песков"]],
      ["пескоффу", ["пескову"]],
      ["штраф", []],
    ]);
    expectEntries([["кем работает пескофф", "who-is-peskov"]]);
  });
});

describe("a wrong office guessed for a person (russian/role-asked.ts)", () => {
  it("is who the person is, answered No", () => {
    expectRows(asRussianRoleAsked, [
      ["песков это министр обороны?", "кто такой песков"],
      ["эрдоган — посол турции?", "кто такой эрдоган"],
    ]);
    expectRows(verdictOf, [["Песков — министр иностранных дел России?", "no"]]);
  });

  it("leaves a longer question as typed", () => {
    expectUnchanged(asRussianRoleAsked, ["песков министр и что он сказал про хамас?"]);
  });
});

describe("'за X или против' (russian/for-or-against.ts)", () => {
  it("drops the offered other answer", () => {
    expectRows(withoutForOrAgainst, [
      ["Кремль за прямой диалог или против?", "Кремль за прямой диалог?"],
      ["путин за или против перемирия", "путин за перемирия"],
    ]);
    expectEntries([["путин вообще за создание палестинского государства или против", "palestinian-state"]]);
  });

  it("leaves a question without the pair", () => {
    expectUnchanged(withoutForOrAgainst, ["кто против перемирия?"]);
  });
});
