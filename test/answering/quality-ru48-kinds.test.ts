// The kinds quality-ru48 fixed, in words of our own: Putin's view of the violence as another party's failure (No,
// with the US); a summary asked in a fuss idiom placed in the text; the Kremlin's own role asked (also at the end of
// a long message); how Russia and one side are tied, asked of the pair (no bare "Да."); a surname's -ов heard as
// "фф"; a wrong office guessed for a person; "за X или против". Guards: the US's failure stays Yes, a reason asked of
// another party's failure is not Putin's view, a fuss about something else stays refused, both sides named stay the
// contact with both, a pair with a stranger stays refused.
import { describe, expect, it } from "vitest";
import { asRussianBlameCheck, viewsOtherFailure } from "../../src/answering/russian/blamed-party.js";
import { isRussianBriefRequest } from "../../src/answering/russian/brief-request.js";
import { withoutForOrAgainst } from "../../src/answering/russian/for-or-against.js";
import { heardSurnameVariants } from "../../src/answering/russian/heard-spelling.js";
import { asRussianKremlinRole } from "../../src/answering/russian/kremlin-role.js";
import { asRussianPairTies } from "../../src/answering/russian/pair-ties.js";
import { asRussianRoleAsked } from "../../src/answering/russian/role-asked.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? (a.entry?.id ?? null) : a.kind) : null;
};
const firstReply = (q: string) => answerOf(playChat([q], { lang: "ru" })[0]!.replies[0]!);

describe("Putin's view of the violence as another party's failure (russian/blamed-party.ts)", () => {
  it("is whom he blames, answered No with the US", () => {
    expect(viewsOtherFailure("путин полагает, что кровопролитие — ошибка израиля?")).toBe(true);
    expect(asRussianBlameCheck("по мнению путина виноват катар?")).toBe("кого винит путин");
    expect(entryOf("путин уверен, что обострение — это просчёт иордании?")).toBe("putin-blames-us");
    const reply = firstReply("путин видит в эскалации крах политики турции?");
    expect(reply.verdict).toBe("no");
    expect(reply.answer.answer).toMatch(/США/);
  });

  it("leaves the US's failure, Russia's own and a failure with no view of Putin's alone", () => {
    expect(viewsOtherFailure("путин считает, что это провал политики сша?")).toBe(false);
    expect(viewsOtherFailure("путин считает это ошибкой кремля?")).toBe(false);
    expect(viewsOtherFailure("почему провалилась политика турции?")).toBe(false);
    expect(viewsOtherFailure("путин считает что это провал?")).toBe(false);
  });
});

describe("a summary asked in a fuss idiom (russian/brief-request.ts)", () => {
  it("reads the fuss placed in the text, stirred up, or in two determiners", () => {
    expect(isRussianBriefRequest("о чем сыр-бор в данной публикации", [])).toBe(true);
    expect(isRussianBriefRequest("что за каша заварилась в тексте", [])).toBe(true);
    expect(isRussianBriefRequest("из-за чего весь этот переполох", [])).toBe(true);
    expect(entryOf("ну и о чём шумиха в этом материале")).toBe("summary");
  });

  it("leaves a fuss about something else to the gate", () => {
    expect(isRussianBriefRequest("о чем шум вокруг выборов в сша", [])).toBe(false);
    expect(entryOf("что за каша заварилась на бирже криптовалют")).toBeNull();
  });
});

describe("the Kremlin's own role (russian/kremlin-role.ts)", () => {
  it("is the constructive role, in a short question or at the end of a long message", () => {
    expect(asRussianKremlinRole("что москва говорит о своей роли?")).toBe("какую роль хочет играть кремль");
    expect(
      entryOf(
        "Добрый вечер. Я живу в Самаре, у нас тут спорят на кухне про Ближний Восток, брат говорит, что Россия туда лезет зря. А какую роль кремль себе там отводит?",
      ),
    ).toBe("kremlin-settlement-role");
  });

  it("leaves Putin's silence, the Quartet and a reason asked alone", () => {
    expect(asRussianKremlinRole("что путин говорит о своей роли?")).toBe("что путин говорит о своей роли?");
    expect(asRussianKremlinRole("какую роль москва играла в квартете?")).toBe(
      "какую роль москва играла в квартете?",
    );
    expect(asRussianKremlinRole("почему кремль говорит о своей роли?")).toBe(
      "почему кремль говорит о своей роли?",
    );
  });
});

describe("how Russia and one side are tied, asked of the pair (russian/pair-ties.ts)", () => {
  it("is that side's ties, with no bare Да.", () => {
    expect(asRussianPairTies("рф и израэль как связаны")).toBe("что связывает россию с израилем");
    expect(asRussianPairTies("что общего у кремля с палестинцами")).toBe(
      "какие связи у россии с палестинцами и хамас",
    );
    expect(entryOf("москва и израиль как связаны между собой")).toBe("russia-israel-ties");
    expect(firstReply("кремль и израиль как связаны").answer.answer).not.toMatch(/^Да\./);
  });

  it("leaves both sides, a stranger and no tie asked as typed", () => {
    expect(asRussianPairTies("кремль, израиль и хамас как связаны")).toBe(
      "кремль, израиль и хамас как связаны",
    );
    expect(asRussianPairTies("россия и бразилия как связаны")).toBe("россия и бразилия как связаны");
    expect(asRussianPairTies("кремль и израиль воюют?")).toBe("кремль и израиль воюют?");
  });
});

describe("a surname heard at its end (russian/heard-spelling.ts)", () => {
  it("turns -офф/-оф back into -ов and finds the person", () => {
    expect(heardSurnameVariants("пескофф")).toEqual(["песков"]);
    expect(heardSurnameVariants("пескоффу")).toEqual(["пескову"]);
    expect(heardSurnameVariants("штраф")).toEqual([]);
    expect(entryOf("кем работает пескофф")).toBe("who-is-peskov");
  });
});

describe("a wrong office guessed for a person (russian/role-asked.ts)", () => {
  it("is who the person is, answered No", () => {
    expect(asRussianRoleAsked("песков это министр обороны?")).toBe("кто такой песков");
    expect(asRussianRoleAsked("эрдоган — посол турции?")).toBe("кто такой эрдоган");
    expect(firstReply("Песков — министр иностранных дел России?").verdict).toBe("no");
  });

  it("leaves a longer question as typed", () => {
    expect(asRussianRoleAsked("песков министр и что он сказал про хамас?")).toBe(
      "песков министр и что он сказал про хамас?",
    );
  });
});

describe("'за X или против' (russian/for-or-against.ts)", () => {
  it("drops the offered other answer", () => {
    expect(withoutForOrAgainst("Кремль за прямой диалог или против?")).toBe("Кремль за прямой диалог?");
    expect(withoutForOrAgainst("путин за или против перемирия")).toBe("путин за перемирия");
    expect(entryOf("путин вообще за создание палестинского государства или против")).toBe(
      "palestinian-state",
    );
  });

  it("leaves a question without the pair", () => {
    expect(withoutForOrAgainst("кто против перемирия?")).toBe("кто против перемирия?");
  });
});
