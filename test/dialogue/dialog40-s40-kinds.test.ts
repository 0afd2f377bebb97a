// dialog40 of session 40: "is that the kremlin's view too?" (the said-by check with "too"); Russia's stance on the
// conflict's present state ("… on the current escalation", «… по поводу нынешнего обострения»); a prospect the
// article never gives, after an answer ("peace possible anytime soon?", «а война скоро кончится?»), and the outcome
// after a voice's words («и удалось?»); a negated member after a list, answered by the positive fact ("china isn't,
// is it?" — "No, it isn't."); a voice asked of Russia's role somewhere its quote never places it (doesn't say); a
// bare thing with "too" after what Putin wants ("negotiations too?"). Our own phrasings, not the development sets'.
import { beforeAll, describe, expect, it } from "vitest";
import { negatedListedOf } from "../../src/dialogue/negated-listed.js";
import { asksProspect } from "../../src/dialogue/prospect-asked.js";
import { stanceOnEscalationOf } from "../../src/dialogue/stance-on-escalation.js";
import { twoSidesDialogueOf } from "../../src/dialogue/two-sides-dialogue.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { type ChatRow, expectChatRows, expectRows } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

beforeAll(() => {
  lastAnswer(["who is in the quartet"]);
}, 120_000);

const ru = (messages: string[]) => (/[а-яё]/iu.test(messages.at(-1) ?? "") ? "ru" : "en");
/** The verdict and the first sentence of the last reply's answer (the verdict line). */
const verdictLine = (messages: string[]) => {
  const reply = lastAnswer(messages, ru(messages));
  return [reply.verdict, reply.answer.answer.split(/(?<=\.) /u)[0]];
};
const verdictOf = (messages: string[]) => lastAnswer(messages, ru(messages)).verdict;
const entryOfLast = (messages: string[]) => lastAnswer(messages, ru(messages)).answer.entry?.id ?? null;

describe("the readers' patterns", () => {
  it("reads a prospect asked, not a wish or a bare fragment", () => {
    expectRows(
      (q) => asksProspect(q, /[а-яё]/iu.test(q)),
      [
        ["is a truce likely any time soon", true],
        ["any real chance of a settlement", true],
        ["will the fighting stop soon", true],
        ["is it gonna be over soon", true],
        ["скоро ли закончится война", true],
        ["есть ли надежда на урегулирование", true],
        ["перемирие вообще возможно", true],
        // A wish, a bare thing, a ceasefire asked without a prospect word: not this reader's.
        ["does putin want peace soon", false],
        ["a ceasefire soon", false],
        ["is there a ceasefire", false],
        ["путин хочет, чтобы война скоро закончилась", false],
      ],
    );
  });
  it("finds the party of a negated member question, and leaves the truth asked in so many words", () => {
    expectRows(
      (q) => negatedListedOf(q, /[а-яё]/iu.test(q) ? "ru" : "en"),
      [
        ["the eu isnt on that list, right", "eu"],
        ["is the united nations not one of them", "united nations"],
        ["iran's not a member of the quartet, is it", "iran"],
        ["а евросоюз ведь туда не входит, да", "евросоюз"],
        ["сша там же нет", "сша"],
        ["is it true that the eu isn't in it", null],
        ["he isn't, is it", null],
      ],
    );
  });
  it("puts Russia's stance on the escalation as its stance on the conflict", () => {
    expectRows(stanceOnEscalationOf, [
      [
        "how would you describe moscow's attitude towards the latest escalation?",
        "how would you describe moscow's attitude towards the conflict?",
      ],
      ["Каково отношение Кремля к текущему кризису?", "Каково отношение Кремля по конфликту?"],
      ["what does the escalation mean for russia?", null],
      ["what is putin's view of the escalation?", null],
    ]);
  });
  it("names the two sides of direct talks as the article's two peoples", () => {
    expectRows(twoSidesDialogueOf, [
      [
        "so moscow's diplomats are against direct negotiations between both parties?",
        "so moscow's diplomats are against direct negotiations between Israelis and Palestinians?",
      ],
      ["does russia talk to both sides?", null],
    ]);
  });
  it("stays linear on long input", () => {
    expectLinearOnLongInput((s) => asksProspect(s, false), ["peace ", "is a "]);
    expectLinearOnLongInput((s) => negatedListedOf(s, "en"), ["the un ", "а ес же "]);
    expectLinearOnLongInput(
      (s) => stanceOnEscalationOf(s),
      ["russia's position on the ", "позиция россии по "],
    );
    expectLinearOnLongInput((s) => twoSidesDialogueOf(s), ["direct talks between the two "]);
  });
});

describe("in context", () => {
  it("answers the prospect and the outcome 'doesn't say', on the last answer", () => {
    const rows: ChatRow<unknown>[] = [
      [["what is the article's conclusion?", "realistically, a just resolution anytime soon?"], "not-said"],
      [["what does putin call for?", "will it stop soon?"], "not-said"],
      [["чем заканчивается статья?", "а скоро ли всё это закончится?"], "not-said"],
      [["что предлагает мид россии?", "есть шанс на урегулирование?"], "not-said"],
      [["what did peskov say?", "has it worked?"], "not-said"],
      [["что сказал мид?", "и получается у них?"], "not-said"],
    ];
    expectChatRows(verdictOf, rows);
  }, 240_000);
  it("answers a negated member by the positive fact, echoed", () => {
    const rows: ChatRow<unknown>[] = [
      [
        ["which parties form the quartet?", "the eu isnt on that list, right?"],
        ["yes", "Yes, it is."],
      ],
      [
        ["which parties form the quartet?", "iran's not a member, is it?"],
        ["no", "No, it isn't."],
      ],
      [
        ["кто состоит в квартете?", "а евросоюз ведь туда не входит, да?"],
        ["yes", "Да, входит."],
      ],
      [
        ["кто состоит в квартете?", "турция же не входит?"],
        ["no", "Нет, не входит."],
      ],
    ];
    expectChatRows(verdictLine, rows);
  }, 240_000);
  it("reads 'too' in the said-by check; a thing with 'too' against the last answer", () => {
    const rows: ChatRow<unknown>[] = [
      [["what does peskov say?", "is that the kremlin's stance as well?"], "yes"],
      [["what does the foreign ministry want?", "is that also putin's opinion?"], "not-said"],
      [["what is putin calling for?", "resuming negotiations too?"], "yes"],
      [["what is putin calling for?", "an arms embargo too?"], "not-said"],
    ];
    expectChatRows(verdictOf, rows);
  }, 240_000);
  it("leaves Peskov's role in the Quartet unsaid, in both languages", () => {
    const rows: ChatRow<unknown>[] = [
      [["what did peskov say?", "did peskov mention russia's part in the quartet?"], "not-said"],
      [["что говорит песков?", "песков ведь не говорил о роли россии в квартете, да?"], "not-said"],
      // His role in resolving the conflict is his words: Yes.
      [["что говорит песков?", "песков говорил про роль россии в урегулировании?"], "yes"],
    ];
    expectChatRows(verdictOf, rows);
  }, 240_000);
  it("answers Russia's position on the escalation from its position card", () => {
    expect(entryOfLast(["can you give me moscow's stance on the present escalation?"])).toBe(
      "russia-position",
    );
    expect(entryOfLast(["Какова позиция Москвы в связи с текущей эскалацией?"])).toBe("russia-position");
  }, 120_000);
});
