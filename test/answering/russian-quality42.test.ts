// The kinds quality-ru42 fixed, in words of our own: summaries asked "без воды", "чтобы бабушка поняла" or of
// "всей этой писанины"; chat spellings (чом) and a vowel slip the synonyms lacked (опосаются); "наших граждан" as
// Russia's; "предъявляет" as blaming; a call checked with the party before the verb and the subject after; a head
// of the wrong country guessed; Russia's ties asked with a group the article never names; a proposal of troops
// asked of the ministry; Russia's relations with both sides named as keywords; transliterated words beside Cyrillic
// ones; English keywords beside a Cyrillic name. Guards: countries and strangers stay refused.
import { describe, expect, it } from "vitest";
import { withEnglishNames } from "../../src/answering/cyrillic-names.js";
import { plainIdioms } from "../../src/answering/russian/idioms.js";
import { phonedPartyRu } from "../../src/answering/russian/phone-check.js";
import { asRussianRelationsBoth } from "../../src/answering/russian/relations-both.js";
import { asRussianRoleAsked } from "../../src/answering/russian/role-asked.js";
import { asRussianTiesWithGroup } from "../../src/answering/russian/ties-with-group.js";
import { withTranslitRuns } from "../../src/answering/russian/translit-runs.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("the readers (units)", () => {
  it("reads 'наших граждан' as Russia's and 'предъявляет' as blaming", () => {
    expect(plainIdioms(["бывших", "наших", "граждан"])).toEqual(["бывших", "российских", "граждан"]);
    expect(plainIdioms(["путин", "предъявляет", "сша"])).toEqual(["путин", "винит", "сша"]);
    expect(plainIdioms(["наших", "позиций"])).toEqual(["наших", "позиций"]);
  });

  it("finds the party of a call before the verb, with a subject after, but not a question word", () => {
    expect(phonedPartyRu("слушай а путин шольцу звонил насчет газы?")).toBe("шольцу");
    expect(phonedPartyRu("путин кому звонил")).toBeNull();
    expect(phonedPartyRu("путин не звонил")).toBeNull();
    expect(phonedPartyRu("путин звонил эрдогану о чем")).toBeNull();
  });

  it("reads a head of the wrong country as who the person is, and only that", () => {
    expect(asRussianRoleAsked("эрдоган это призидент сирии вроде?")).toBe("кто такой эрдоган");
    expect(asRussianRoleAsked("Erdogan это лидер Ирака или кто?")).toBe("кто такой эрдоган");
    const longer = "эрдоган президент турции и что он сказал";
    expect(asRussianRoleAsked(longer)).toBe(longer);
  });

  it("reads ties with an unnamed group as whom Russia has ties with; a country stays as typed", () => {
    expect(asRussianTiesWithGroup("у москвы связи с хуситами?")).toBe("с кем у россии связи");
    expect(asRussianTiesWithGroup("у россии связи с ираном?")).toBe("у россии связи с ираном?");
  });

  it("reads Russia, both sides and relations as the relationships Moscow stresses", () => {
    expect(asRussianRelationsBoth("москва палестинцы израиль связи")).not.toBe(
      "москва палестинцы израиль связи",
    );
    expect(asRussianRelationsBoth("отношения россии и хамаса")).toBe("отношения россии и хамаса");
  });

  it("puts transliterated runs back in Cyrillic and leaves English phrases alone", () => {
    expect(withTranslitRuns("zachem rossii eto, чего хочет кремль")).toBe(
      "зачем россии это, чего хочет кремль",
    );
    expect(withTranslitRuns("что значит failed policy")).toBe("что значит failed policy");
  });

  it("reads English keywords beside a Cyrillic name in English; transliteration stays Russian", () => {
    const names = [{ alias: "путин", english: "Putin" }];
    expect(withEnglishNames("casualties gaza путин", names)).toBe("casualties gaza Putin");
    expect(withEnglishNames("путин skazal chto", names)).toBeNull();
  });
});

describe("through the engine", () => {
  it.each([
    ["выжимку дай, только без лишней воды", "summary"],
    ["перескажи новость так, чтобы мой дед разобрался", "summary"],
    ["о чём вся эта писанина", "summary"],
  ])("answers '%s' with the story in brief", (q, kind) => {
    expect(ask(q).kind).toBe(kind);
  });

  it.each([
    ["эрдаган и путин о чом говорили", "putin-erdogan-call"],
    ["что там опосаются насчет расширения конфликта", "crisis-spread-fears"],
    ["правда ли что в израиле много наших эмигрантов", "russia-israel-ties"],
    ["какие претензии путин предъявляет америке", "putin-on-us"],
    ["а путин с байденом созванивался насчет газы?", "putin-erdogan-call"],
    ["эрдоган же премьер пакистана вроде", "who-is-erdogan"],
    ["статья пишет что россия дружит с хезболлой?", "russia-palestinian-ties"],
    ["мид рф призывает отправить миротворцев?", "foreign-ministry-position"],
    ["каковы отношения россии с израилем и хамасом", "russia-impartial-mediator"],
    ["zachem rossii eto, чего хочет кремль", "kremlin-settlement-role"],
    ["casualties gaza путин", "putin-civilian-casualties"],
  ])("answers '%s'", (q, id) => {
    expect(ask(q).entry?.id).toBe(id);
  });

  it.each([
    "у России связи с Ираном?",
    "отношения россии и ирана",
    "мид китая предлагает ввести войска?",
    "перескажи статью про биткоин так, чтоб бабушка поняла",
    "макрон звонил нетаньяху?",
  ])("still refuses '%s'", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
