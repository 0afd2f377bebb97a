// dialog39 of session 39 (not the earlier dialog39-kinds.test.ts): a negated tag question answers the positive fact, with a verdict line that echoes it
// ("the UN isn't a member, is it?" — "Yes, it is."; «ООН ведь не входит туда?» — «Да, входит.»); a party asked as
// included in the last card's relation ("hamas as well?", «в том числе с израилем?»), Yes where its span names it
// and doesn't say where it does not; and the in-context kinds of wave BO's misses: a purpose asked as "to achieve
// what?", the pronoun stabilized, the last answer's own verb or omission asked ("what exactly failed?", «без учёта
// чего?»), whom the call's matter was discussed with, "hav … w". Our own phrasings, not the development sets'.
import { beforeAll, describe, expect, it } from "vitest";
import { withAuxiliarySpelledOut } from "../../src/dialogue/chat-shorthand.js";
import { asksDetailOfAnswer } from "../../src/dialogue/detail-of-answer.js";
import { loadedNegationOf } from "../../src/dialogue/loaded-negation.js";
import { situationObjectOf } from "../../src/dialogue/situation-object.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { type ChatRow, expectChatRows, expectRows } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

beforeAll(() => {
  lastAnswer(["who is in the quartet"]);
}, 120_000);

/** The verdict and the first words of the last reply's answer (the verdict line), English or Russian. */
const verdictLine = (messages: string[]) => {
  const ru = /[а-яё]/iu.test(messages.at(-1) ?? "");
  const reply = lastAnswer(messages, ru ? "ru" : "en");
  return [reply.verdict, reply.answer.answer.split(/(?<=\.) /u)[0]];
};
const verdictOf = (messages: string[]) => {
  const ru = /[а-яё]/iu.test(messages.at(-1) ?? "");
  return lastAnswer(messages, ru ? "ru" : "en").verdict;
};

describe("a negated question answers the positive fact (loaded-negation.ts, negation-echo.ts)", () => {
  it("keeps the subject and auxiliary, or the word negated, for the echo", () => {
    expectRows(
      (q) => {
        const l = loadedNegationOf(q, /[а-яё]/iu.test(q) ? "ru" : "en");
        return l && [l.positive, l.subject ?? l.negated ?? null];
      },
      [
        ["so the un isnt a member", ["is the un a member?", "the un"]],
        ["peskov doesnt talk about a settlement", ["does peskov talk about a settlement?", "peskov"]],
        ["оон ведь не входит туда", ["оон входит туда?", "входит"]],
        ["россия же не в квартете", ["россия в квартете?", "в квартете"]],
        // The asker's own negation is no part of the claim: what follows it is asked.
        ["я не понял, кремль говорит с обеими сторонами", ["кремль говорит с обеими сторонами?", null]],
      ],
    );
  });
  const rows: ChatRow<unknown>[] = [
    [
      ["who belongs to the quartet?", "the united nations isn't a member, is it?"],
      ["yes", "Yes, it is."],
    ],
    [
      ["what did putin urge in the call?", "he didn't ask for negotiations to resume, did he?"],
      ["yes", "Yes, he did."],
    ],
    [
      ["what does putin say about washington?", "he didn't mention russia's own role, did he?"],
      ["no", "No, he didn't."],
    ],
    [
      ["кто входит в квартет?", "ООН ведь не входит туда?"],
      ["yes", "Да, входит."],
    ],
    [
      ["что говорит мид россии?", "мид же не призывал к прямому диалогу, да?"],
      ["yes", "Да, призывал."],
    ],
    [
      ["что путин сказал о сша?", "а роль россии он ведь не упоминал?"],
      ["no", "Нет, не упоминал."],
    ],
    // The positive read by no reader alone («мид говорил о прямом диалоге?»): the negated question's own verdict,
    // turned (the merge of session 39; was «Нет, не говорил.»).
    [["мид же не говорил о прямом диалоге?"], ["yes", "Да, говорил."]],
    [
      ["the foreign ministry didn't say anything about direct dialogue, did it?"],
      ["yes", expect.stringMatching(/^Yes/u)],
    ],
  ];
  it("is Yes where the article backs the positive, No where it denies it, with the positive echoed", () => {
    expectChatRows(verdictLine, rows);
  }, 120_000);
  it("answers the truth asked of a negated statement in so many words, and a positive not said is not said", () => {
    expectChatRows(verdictOf, [
      [["что путин говорит про сша?", "он говорит, что сша не учли интересы палестинцев?"], "yes"],
      [["правда что роль россии в мирном процессе ни у кого не вызывает споров"], "no"],
      [["who did putin call?", "erdogan didn't back the ceasefire, did he?"], "not-said"],
    ]);
  }, 60_000);
});

describe("a party asked as included in the last card's relation (included-too.ts, switched-detail.ts)", () => {
  it("is Yes where the card's span names the party, doesn't say where no span does", () => {
    expectChatRows(verdictOf, [
      [["which ties does moscow keep with the palestinians?", "hamas as well?"], "yes"],
      [["which ties does moscow keep with the palestinians?", "turkey too?"], "not-said"],
      [["как москва хочет выглядеть в конфликте?", "в том числе с израилем?"], "yes"],
      [["как москва хочет выглядеть в конфликте?", "и с ираном тоже?"], "not-said"],
      // A switch to the other side: the related card's span.
      [
        ["what common ground does moscow share with israel?", "and with the palestinians — hamas as well?"],
        "yes",
      ],
      [["что связывает москву с израилем?", "а с палестинцами связи давние?"], "yes"],
    ]);
  }, 120_000);
  it("leaves a card of no relation and a list given in full to their readers", () => {
    expect(verdictOf(["who does putin hold responsible?", "israel too?"])).not.toBe("yes");
    expect(verdictOf(["who is in the quartet?", "japan too?"])).toBe("no");
  }, 60_000);
});

describe("in-context kinds of wave BO's misses", () => {
  it("reads the last answer's own verb or omission as a detail of it (detail-of-answer.ts)", () => {
    const blame = "Putin blames the United States for a failed Middle East policy.";
    const without =
      "Putin criticizes Washington for monopolizing peace efforts without considering compromises.";
    expectRows(
      (q) => asksDetailOfAnswer(q, q.includes("without") || q.includes("без") ? without : blame),
      [
        ["what failed exactly?", true],
        ["and what precisely failed", true],
        ["что именно провалилось?", false],
        ["without considering what?", true],
        ["а без чего?", true],
        ["what happened?", false],
      ],
    );
  });
  it("puts a pronoun stabilized as the situation (situation-object.ts)", () => {
    expectRows(situationObjectOf, [
      ["who wants to stabilise it?", "who wants to stabilize the situation?"],
      ["who wants to calm things down", "who wants to stabilize the situation"],
      // Settling is the article's own word for the settlement ("help settle it"): left as typed.
      ["does russia want to help settle it?", null],
      ["кто хочет её стабилизировать?", "кто хочет стабилизировать ситуацию?"],
      ["who wants a ceasefire?", null],
    ]);
  });
  it("spells out 'hav' after a subject (chat-shorthand.ts)", () => {
    expectRows(withAuxiliarySpelledOut, [
      ["does the kremlin hav contacts w israel", "does the kremlin have contacts with israel"],
      ["havana is a city", "havana is a city"],
    ]);
  });
  it("answers the follow-ups from the last answer's card", () => {
    const text = (messages: string[]) => JSON.stringify(lastAnswer(messages).answer).toLowerCase();
    expect(
      text(["how does the article end?", "which approaches does it urge?", "so as to reach what?"]),
    ).toMatch(/lasting|just/);
    expect(text(["does the violence risk spreading?", "who is trying to calm it down?"])).toMatch(
      /foreign ministry/,
    );
    expect(text(["who does putin hold responsible?", "what failed, exactly?"])).toMatch(/polic/);
    expect(text(["what is putin calling for?", "and with whom did he discuss that?"])).toMatch(/erdogan/);
    expect(text(["do the russians hav ties w hamas"])).toMatch(/long-standing/);
  }, 120_000);
  it("stays fast on long input", () => {
    expectLinearOnLongInput(situationObjectOf, ["stabilize ", "it ", "calm ", "a".repeat(40), "down "]);
    expectLinearOnLongInput(
      (t) => asksDetailOfAnswer(t, "without"),
      ["what ", "without ", "a".repeat(40), "failed "],
    );
    expectLinearOnLongInput((t) => loadedNegationOf(t, "ru"), ["я ", "не ", "а ", "х".repeat(40), ", "]);
  });
});
