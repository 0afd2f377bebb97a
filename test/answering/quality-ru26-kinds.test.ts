// The kinds quality-ru26 fixed, in words of our own: a ramble whose question only points back at the story told
// before it ("в статье об этом что-то пишут?", "кто из нас прав?") is read whole; a ramble's question after "мне
// нужно понять какую …" with a closing plea for the reply's shape ("буду признателен за короткий пересказ…"); a
// plea for the shape after a question is no second question ("…? коротко пожалуйста"); bare keywords for the
// feared regional spread and for the former citizens in Israel; an agreement asked first of someone the article
// never names ("меркель одобрила …?") refused, as the engine refuses it. Guards: a pointer inside a question of its
// own ("что об этом думает Путин") still cuts the story off; a stance of the US stays "doesn't say"; after an
// answer, a never-named person's agreement stays the stance reading.
import { describe, expect, it } from "vitest";
import { rambleQuestionOf } from "../../src/answering/russian/ramble-question.js";
import { asksOnlyShapeRu } from "../../src/answering/russian/shape-plea.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered && a.kind === "entry" ? (a.entry?.id ?? null) : null;
};
const firstReply = (q: string, lang: "en" | "ru" = "ru") => {
  const replies = playChat([q], { lang })[0]!.replies;
  return { count: replies.length, ...answerOf(replies[0]!) };
};

describe("a ramble whose question points back at the story (russian/ramble-question.ts)", () => {
  const ties =
    "значит так. коллега с работы ездил к родне в нетанию, там говорит все по-русски болтают, вот мол отсюда и тёплые отношения москвы с израилем. в статье об этом что-то пишут?";
  const talks =
    "добрый вечер. мы с сестрой поспорили. она уверена, что москва ни с хамасом, ни с израилем вообще не общается. кто из нас прав?";

  it("is read whole, so the story's words find the entry", () => {
    expect(rambleQuestionOf(ties)).toBeNull();
    expect(entryOf(ties)).toBe("russia-israel-ties");
    // A dispute closed by "кто из нас прав?" asks the sister's claim alone (quality-ru50, disputed-claim.ts): the
    // same entry (the dialogue's No for such a claim: test/bot/russian-quality50.test.ts).
    expect(rambleQuestionOf(talks)).toBe("москва ни с хамасом ни с израилем вообще не общается?");
    expect(entryOf(talks)).toBe("kremlin-contact-both-sides");
    expect(firstReply(ties).answer.entry?.id).toBe("russia-israel-ties");
  });

  it("still cuts the story off a question of its own that says 'об этом'", () => {
    const own =
      "здравствуйте. слышала по радио про обстрелы, но толком ничего не поняла. кто с кем воюет и что об этом говорит Путин?";
    expect(rambleQuestionOf(own)).toBe("кто с кем воюет и что об этом говорит Путин?");
  });
});

describe("a ramble's question after 'нужно понять какую …', its shape plea dropped", () => {
  const essay =
    "здравствуйте! извините за беспокойство, я готовлю доклад на семинар и мне надо понять какую роль москва играет в ближневосточном урегулировании по этой статье. буду признателен за короткий пересказ главных мыслей";

  it("asks the role, without the plea", () => {
    expect(rambleQuestionOf(essay)).toBe(
      "какую роль москва играет в ближневосточном урегулировании по этой статье.",
    );
    expect(engine.findAnswer(essay).answered).toBe(true);
  });

  it("reads pleas of shape, not questions", () => {
    for (const plea of [
      "коротко пожалуйста",
      "буду признателен за короткий пересказ главных мыслей".replace("короткий", "краткое"),
      "дайте основные тезисы сжато",
    ])
      expect(asksOnlyShapeRu(plea), plea).toBe(true);
    for (const question of ["главные мысли", "коротко: кто виноват", "суть конфликта"])
      expect(asksOnlyShapeRu(question), question).toBe(false);
  });
});

describe("a plea for the shape after a question is no second question (dialogue/two-questions.ts)", () => {
  it("leaves an off-topic question refused", () => {
    const reply = firstReply("а сколько стоит нефть марки брент? коротко пожалуйста");
    expect(reply.count).toBe(1);
    expect(reply.answer.answered).toBe(false);
  });

  it("and an on-topic one answered once", () => {
    const reply = firstReply("с кем созванивался путин? кратко пожалуйста");
    expect(reply.count).toBe(1);
    expect(reply.answer.entry?.id).toBe("putin-erdogan-call");
  });
});

describe("bare keywords of the story", () => {
  it.each([
    ["эскалация на весь регион", "crisis-spread-fears"],
    ["эскалация регион ближний восток", "crisis-spread-fears"],
    ["бывшие граждане израиль россия", "russia-israel-ties"],
  ])("'%s' → %s", (q, id) => {
    expect(entryOf(q)).toBe(id);
  });

  it("leaves the regional players asked as such to their gap", () => {
    expect(engine.findAnswer("какие региональные игроки").entry?.id).toBe("regional-players-named");
  });
});

describe("an agreement asked first of someone the article never names (dialogue/third-party-agreement.ts)", () => {
  it.each([
    ["меркель одобрила действия израиля?", "ru"],
    ["эрдоган и меркель согласны?", "ru"],
    ["did macron endorse the israeli response?", "en"],
  ] as const)("'%s' is refused", (q, lang) => {
    expect(firstReply(q, lang).answer.answered).toBe(false);
  });

  it("keeps 'doesn't say' for a party the article names, and after an answer", () => {
    const us = firstReply("штаты поддержали переговоры?");
    expect(us.verdict).toBe("not-said");
    const after = playChat(["кого винит путин", "а меркель с этим согласна?"], { lang: "ru" }).at(-1)!;
    expect(answerOf(after.replies[0]!).verdict).toBe("not-said");
  });
});
