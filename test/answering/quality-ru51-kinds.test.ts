// The kinds quality-ru51 fixed, in words of our own: a flare-up in slang ("всё рвануло", "заварушка") asked of
// Putin's view, an act of force Putin is said to have proposed, a side Peskov is said to have announced, a wrong
// list of the Quartet's members, the Foreign Ministry's direct dialogue with a wrong party, a paragraph asked by
// position, and a long message closed by "в статье есть объяснение?". Guards: a blast elsewhere, a proposal of
// another kind, another text's paragraph and Putin's own talks with a wrong party stay refused. Rows of
// (question → what the reader, engine or chat makes of it), test/helpers/kind-table.ts.
import { describe, expect, it } from "vitest";
import { asRussianEscalation } from "../../src/answering/russian/escalation-slang.js";
import { russianParagraphAsked } from "../../src/answering/russian/paragraph-position.js";
import { rambleReadingOf } from "../../src/answering/russian/ramble-question.js";
import { asRussianSideTaking } from "../../src/answering/russian/side-taking.js";
import { asRussianUnreportedAct } from "../../src/answering/russian/unreported-act.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine as engine } from "../helpers/engine.js";
import { entryOf, expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";

const firstReply = (q: string) => answerOf(playChat([q], { lang: "ru" })[0]!.replies[0]!);
/** The first reply's entry and verdict. */
const entryAndVerdict = (q: string) => {
  const reply = firstReply(q);
  return [reply.answer.entry?.id, reply.verdict];
};
/** The first reply's verdict and its answer text. */
const verdictAndText = (q: string) => {
  const reply = firstReply(q);
  return [reply.verdict, reply.answer.answer];
};

describe("a flare-up in slang (russian/escalation-slang.ts)", () => {
  it("is the violence's escalation, and Putin's view of it is his blame", () => {
    expectRows(asRussianEscalation, [
      ["а чего там так жахнуло?", "а чего там обострилось насилие"],
      ["кто виноват в этой мясорубке", "кто виноват в насилие"],
    ]);
    expectRows(entryOf, [
      [
        "путин как думает, с чего там заполыхало?",
        expect.stringMatching(/^(?:putin-blames-us|us-policy-failure)$/),
      ],
      ["по словам путина кто виноват в этом махаче", "putin-blames-us"],
    ]);
  });

  it("leaves other words and other blasts alone", () => {
    expectUnchanged(asRussianEscalation, ["что сказал путин о сша"]);
    expectEntries([["почему рвануло на нефтяном рынке в токио", null]]);
  });
});

describe("an act of force Putin is said to have proposed (russian/unreported-act.ts)", () => {
  it("is what he calls for", () => {
    expectRows(asRussianUnreportedAct, [
      ["а путин правда предлагал перебросить туда армию?", "к чему призывает путин"],
    ]);
    expectEntries([["президент потребовал ввести эмбарго против израиля?", "what-putin-wants"]]);
    expectRows(entryAndVerdict, [
      ["путин что ли предлагает отправить туда войска?", ["what-putin-wants", "no"]],
    ]);
    // A want is no proposal: read as what he wants, it got that entry's curated "Да".
    expectUnchanged(asRussianUnreportedAct, ["путин хочет ввести войска?"]);
    expect(firstReply("путин хочет ввести войска?").verdict).not.toBe("yes");
  });

  it("leaves other proposals and other voices as typed", () => {
    expectUnchanged(asRussianUnreportedAct, [
      "путин предложил поднять пенсии?",
      "турция предложила ввести войска?",
    ]);
    expectEntries([["путин предложил отменить налог на роскошь?", null]]);
  });
});

describe("a side Peskov is said to have announced (russian/side-taking.ts)", () => {
  it("is what he said of the Kremlin's role", () => {
    expectRows(asRussianSideTaking, [
      ["пресс-секретарь объявил, что Москва выступит на стороне Израиля?", "что заявил песков о роли кремля"],
    ]);
    expectEntries([["Песков намекнул что Россия займет сторону ХАМАС?", "kremlin-settlement-role"]]);
  });

  it("leaves what he is asked otherwise as typed", () => {
    expectUnchanged(asRussianSideTaking, ["что песков сказал о палестинцах?"]);
  });
});

describe("the Quartet and the ministry's dialogue with a wrong party", () => {
  it("answers No with the real members or the real pair", () => {
    expectEntries([["Квартет это Россия, США, Япония и Бразилия, так?", "quartet-members"]]);
    expectRows(verdictAndText, [
      ["Квартет это Россия, США, Япония и Бразилия?", ["no", expect.stringMatching(/ООН/u)]],
      [
        "российский МИД требует прямых переговоров между Израилем и Египтом?",
        ["no", expect.stringMatching(/палестин/u)],
      ],
    ]);
    expectRows((q) => firstReply(q).verdict, [["МИД за прямой диалог палестинцев и израильтян?", "yes"]]);
  });

  it("leaves Putin's talks with a wrong party to its own reading", () => {
    expect(entryOf("путин призвал к переговорам с египтом?")).not.toBe("foreign-ministry-position");
  });
});

describe("a paragraph asked by position (russian/paragraph-position.ts)", () => {
  it("finds the paragraph", () => {
    expectRows(
      (q) => russianParagraphAsked(q, 7),
      [
        ["про что последний абзац статьи?", 7],
        ["в чём суть предпоследнего абзаца", 6],
        ["что сказано во втором абзаце", 2],
        ["абзац 4 о чем", 4],
        ["о чем девятый абзац", null],
        ["о чем последний абзац мастера и маргариты", null],
      ],
    );
  });

  it("answers it in Russian", () => {
    expectRows(
      (q) => {
        const a = engine.findAnswer(q);
        return [a.lang, a.entry?.id];
      },
      [["каков главный посыл заключительного абзаца?", ["ru", "article-conclusion"]]],
    );
    expectRows(
      (q) => firstReply(q).answer.answer,
      [["какая основная мысль первого абзаца", expect.stringMatching(/мирн/u)]],
    );
  });
});

describe("a long message closed by 'is it explained in the article?' (russian/ramble-question.ts)", () => {
  it("is read whole", () => {
    const q =
      "дедушка у меня в ашдоде уже лет тридцать, уехал ещё из союза, и он никак не поймёт, с чего россия считает, что у неё есть что-то общее с израилем. статья это как-то поясняет?";
    expectRows(rambleReadingOf, [[q, null]]);
    expectEntries([[q, "russia-israel-ties"]]);
  });
});
