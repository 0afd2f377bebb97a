// The kinds quality-ru51 fixed, in words of our own: a flare-up in slang ("всё рвануло", "заварушка") asked of
// Putin's view, an act of force Putin is said to have proposed, a side Peskov is said to have announced, a wrong
// list of the Quartet's members, the Foreign Ministry's direct dialogue with a wrong party, a paragraph asked by
// position, and a long message closed by "в статье есть объяснение?". Guards: a blast elsewhere, a proposal of
// another kind, another text's paragraph and Putin's own talks with a wrong party stay refused.
import { describe, expect, it } from "vitest";
import { asRussianEscalation } from "../../src/answering/russian/escalation-slang.js";
import { russianParagraphAsked } from "../../src/answering/russian/paragraph-position.js";
import { rambleReadingOf } from "../../src/answering/russian/ramble-question.js";
import { asRussianSideTaking } from "../../src/answering/russian/side-taking.js";
import { asRussianUnreportedAct } from "../../src/answering/russian/unreported-act.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? (a.entry?.id ?? null) : a.kind) : null;
};
const firstReply = (q: string) => answerOf(playChat([q], { lang: "ru" })[0]!.replies[0]!);

describe("a flare-up in slang (russian/escalation-slang.ts)", () => {
  it("is the violence's escalation, and Putin's view of it is his blame", () => {
    expect(asRussianEscalation("а чего там так жахнуло?")).toBe("а чего там обострилось насилие");
    expect(asRussianEscalation("кто виноват в этой мясорубке")).toBe("кто виноват в насилие");
    expect(entryOf("путин как думает, с чего там заполыхало?")).toMatch(
      /^(?:putin-blames-us|us-policy-failure)$/,
    );
    expect(entryOf("по словам путина кто виноват в этом махаче")).toBe("putin-blames-us");
  });

  it("leaves other words and other blasts alone", () => {
    expect(asRussianEscalation("что сказал путин о сша")).toBe("что сказал путин о сша");
    expect(entryOf("почему рвануло на нефтяном рынке в токио")).toBeNull();
  });
});

describe("an act of force Putin is said to have proposed (russian/unreported-act.ts)", () => {
  it("is what he calls for", () => {
    expect(asRussianUnreportedAct("а путин правда предлагал перебросить туда армию?")).toBe(
      "к чему призывает путин",
    );
    expect(entryOf("президент потребовал ввести эмбарго против израиля?")).toBe("what-putin-wants");
    const reply = firstReply("путин что ли предлагает отправить туда войска?");
    expect([reply.answer.entry?.id, reply.verdict]).toEqual(["what-putin-wants", "no"]);
    // A want is no proposal: read as what he wants, it got that entry's curated "Да".
    expect(asRussianUnreportedAct("путин хочет ввести войска?")).toBe("путин хочет ввести войска?");
    expect(firstReply("путин хочет ввести войска?").verdict).not.toBe("yes");
  });

  it("leaves other proposals and other voices as typed", () => {
    expect(asRussianUnreportedAct("путин предложил поднять пенсии?")).toBe("путин предложил поднять пенсии?");
    expect(asRussianUnreportedAct("турция предложила ввести войска?")).toBe(
      "турция предложила ввести войска?",
    );
    expect(entryOf("путин предложил отменить налог на роскошь?")).toBeNull();
  });
});

describe("a side Peskov is said to have announced (russian/side-taking.ts)", () => {
  it("is what he said of the Kremlin's role", () => {
    expect(asRussianSideTaking("пресс-секретарь объявил, что Москва выступит на стороне Израиля?")).toBe(
      "что заявил песков о роли кремля",
    );
    expect(entryOf("Песков намекнул что Россия займет сторону ХАМАС?")).toBe("kremlin-settlement-role");
  });

  it("leaves what he is asked otherwise as typed", () => {
    expect(asRussianSideTaking("что песков сказал о палестинцах?")).toBe("что песков сказал о палестинцах?");
  });
});

describe("the Quartet and the ministry's dialogue with a wrong party", () => {
  it("answers No with the real members or the real pair", () => {
    expect(entryOf("Квартет это Россия, США, Япония и Бразилия, так?")).toBe("quartet-members");
    const quartet = firstReply("Квартет это Россия, США, Япония и Бразилия?");
    expect([quartet.verdict, quartet.answer.answer]).toEqual(["no", expect.stringMatching(/ООН/u)]);
    const pair = firstReply("российский МИД требует прямых переговоров между Израилем и Египтом?");
    expect([pair.verdict, pair.answer.answer]).toEqual(["no", expect.stringMatching(/палестин/u)]);
    expect(firstReply("МИД за прямой диалог палестинцев и израильтян?").verdict).toBe("yes");
  });

  it("leaves Putin's talks with a wrong party to its own reading", () => {
    expect(entryOf("путин призвал к переговорам с египтом?")).not.toBe("foreign-ministry-position");
  });
});

describe("a paragraph asked by position (russian/paragraph-position.ts)", () => {
  it("finds the paragraph", () => {
    expect(russianParagraphAsked("про что последний абзац статьи?", 7)).toBe(7);
    expect(russianParagraphAsked("в чём суть предпоследнего абзаца", 7)).toBe(6);
    expect(russianParagraphAsked("что сказано во втором абзаце", 7)).toBe(2);
    expect(russianParagraphAsked("абзац 4 о чем", 7)).toBe(4);
    expect(russianParagraphAsked("о чем девятый абзац", 7)).toBeNull();
    expect(russianParagraphAsked("о чем последний абзац мастера и маргариты", 7)).toBeNull();
  });

  it("answers it in Russian", () => {
    const a = engine.findAnswer("каков главный посыл заключительного абзаца?");
    expect(a.lang).toBe("ru");
    expect(a.entry?.id).toBe("article-conclusion");
    expect(firstReply("какая основная мысль первого абзаца").answer.answer).toMatch(/мирн/u);
  });
});

describe("a long message closed by 'is it explained in the article?' (russian/ramble-question.ts)", () => {
  it("is read whole", () => {
    const q =
      "дедушка у меня в ашдоде уже лет тридцать, уехал ещё из союза, и он никак не поймёт, с чего россия считает, что у неё есть что-то общее с израилем. статья это как-то поясняет?";
    expect(rambleReadingOf(q)).toBeNull();
    expect(entryOf(q)).toBe("russia-israel-ties");
  });
});
