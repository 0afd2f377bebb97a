// The kinds quality-ru50 fixed, in words of our own: criticism in colloquial verbs (who criticises the US, whom
// Putin "гонит на"), Putin said to be silent on a story topic he does speak of, a dispute told and closed by a bare
// "кто прав?", the reported call asked of another voice (Peskov, the ministry), and why Russia is in the story.
// Guards: Russia's own role stays the article's silence, another voice's silence and a stranger's criticism stay as
// typed, a dispute off the story stays refused, and "молчит о …" never gets the mention entry's "Да". Rows of
// (question → what the reader or engine makes of it), test/helpers/kind-table.ts.
import { describe, it } from "vitest";
import { asRussianCriticism } from "../../src/answering/russian/criticism-slang.js";
import { disputedClaimOf } from "../../src/answering/russian/disputed-claim.js";
import { asRussianOtherCaller } from "../../src/answering/russian/other-caller.js";
import { asRussianSilentOn } from "../../src/answering/russian/silent-on.js";
import { asRussianWhyRussia } from "../../src/answering/russian/why-russia.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";

const firstReply = (q: string) => answerOf(playChat([q], { lang: "ru" })[0]!.replies[0]!);
const verdictOf = (q: string) => firstReply(q).verdict;
const saysYes = (q: string) => verdictOf(q) === "yes";

describe("criticism in colloquial verbs (russian/criticism-slang.ts)", () => {
  it("reads the idioms as criticism or blame", () => {
    expectRows(asRussianCriticism, [
      ["путин опять бочку катит на штаты", "путин опять критикует штаты"],
      ["на кого президент валит всю вину?", "кого президент винит"],
      ["кто там гонит на вашингтон", "кто винит вашингтон"],
    ]);
    expectEntries([
      ["путин жёстко прошёлся по американцам?", "putin-on-us"],
      ["кто в заметке наезжает на америку", "author-view-on-blame"],
      ["кого в тексте песочат", "putin-blames-us"],
    ]);
  });

  it("leaves plain questions and strangers as they were", () => {
    expectUnchanged(asRussianCriticism, ["что сказал путин о сша"]);
    expectEntries([["на кого бочку катит макрон", null]]);
    expectRows(asRussianCriticism, [["кто ругает палестинцев", "кто критикует палестинцев"]]);
  });
});

describe("Putin said to be silent on a topic he speaks of (russian/silent-on.ts)", () => {
  it("is what he said of it", () => {
    expectRows(asRussianSilentOn, [
      ["путин вообще ни слова не сказал о мирных жителях", "что путин сказал про мирных жителях"],
    ]);
    expectEntries([
      ["путин про палестинцев вообще молчит?", "us-ignores-palestinian-interests"],
      ["путин не упомянул палестинское государство?", "palestinian-state"],
    ]);
  });

  it("leaves Russia's own role, another voice and unknown matters", () => {
    expectUnchanged(asRussianSilentOn, [
      "путин ни слова не сказал о роли россии",
      "песков ни слова не сказал про палестинцев",
      "путин молчит про футбол",
    ]);
  });

  it("never answers a silence with the mention entry's Да", () => {
    expectRows(saysYes, [
      ["путин молчит о палестинцах?", false],
      ["путин молчит о роли россии?", true],
    ]);
  });
});

describe("a dispute closed by a bare 'кто прав?' (russian/disputed-claim.ts)", () => {
  const mother = "тёща уверяет, что путин звонил байдену, а я сомневаюсь. кто из нас прав?";
  it("asks the other side's claim", () => {
    expectRows(disputedClaimOf, [
      [mother, "путин звонил байдену?"],
      ["муж говорит путин против переговоров, я говорю нет. кто прав?", "путин против переговоров?"],
    ]);
    expectRows(
      (q) => {
        const reply = firstReply(q);
        return { verdict: reply.verdict, entry: reply.answer.entry?.id };
      },
      // dialog52's convention: a bare call with another party is "doesn't say", with the reported call.
      [[mother, { verdict: "not-said", entry: "putin-erdogan-call" }]],
    );
  });

  it("needs the closing dispute and a claim told", () => {
    expectRows(disputedClaimOf, [
      ["путин звонил байдену. кто прав?", null],
      ["тёща уверяет, что путин звонил байдену", null],
    ]);
    expectEntries([["сосед уверяет, что доллар упадёт, а я нет. кто прав?", null]]);
  });
});

describe("the reported call asked of another voice (russian/other-caller.ts)", () => {
  it("is the call, whose verdict is doesn't say as in English", () => {
    expectRows(asRussianOtherCaller, [
      ["песков тоже созванивался с эрдоганом?", "с кем путин говорил по телефону"],
    ]);
    expectEntries([["а мид по телефону разговаривал с турецким лидером?", "putin-erdogan-call"]]);
    expectRows(verdictOf, [["Песков беседовал с Эрдоганом по телефону?", "not-said"]]);
  });

  it("leaves what was said and a stranger as typed", () => {
    expectUnchanged(asRussianOtherCaller, ["что песков говорил эрдогану"]);
    expectEntries([["песков созванивался с макроном?", null]]);
  });
});

describe("why Russia is in the story (russian/why-russia.ts)", () => {
  it("is the part Russia plays", () => {
    expectRows(asRussianWhyRussia, [["ну а москва тут вообще при чём", "какую роль играет россия"]]);
    expectEntries([["кремль-то тут каким боком?", "kremlin-settlement-role"]]);
  });

  it("leaves a question of its own", () => {
    expectUnchanged(asRussianWhyRussia, ["россия зачем звонила эрдогану"]);
  });
});
