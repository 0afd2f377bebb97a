// The kinds quality-ru14 fixed, in words of our own: set phrases read word by word ("выступает за", "переводит
// стрелки", "перестали стрелять"), a hearsay opening whose teller is nobody in the story, a wish addressed to both
// sides, short adjectives (доволен) taken for names, "бл. восток", tl;dr and "пофиг" beside a question, and a
// party's membership of the Quartet asked in Russian. Guards: who said it, a speaker's own words, one addressee.
import { describe, expect, it } from "vitest";
import { isCommonRussian } from "../../src/answering/russian/dictionary.js";
import { withoutHearsay } from "../../src/answering/russian/hearsay.js";
import { plainIdioms } from "../../src/answering/russian/idioms.js";
import { asRussianMembership } from "../../src/answering/russian/membership.js";
import { withoutWishAddressees } from "../../src/answering/russian/wish-addressee.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);
const words = (s: string) => s.split(" ");

describe("set phrases (idioms.ts)", () => {
  it.each([
    ["за что выступает кремль", "за что призывает кремль"],
    ["мид выступает за диалог", "мид призывает за диалог"],
    ["на кого путин стрелки переводит", "на кого путин винит"],
    ["чтобы перестали стрелять", "чтобы прекратить огонь"],
  ])("reads '%s' as '%s'", (q, plain) => expect(plainIdioms(words(q)).join(" ")).toBe(plain));

  it("leaves speaking on its own alone", () => {
    expect(plainIdioms(words("когда выступил песков")).join(" ")).toBe("когда выступил песков");
  });

  it.each([
    ["за что выступает МИД России", "foreign-ministry-position"],
    ["путин на кого переводит стрелки", "putin-blames-us"],
    ["путин за то чтобы перестали стрелять?", "ceasefire-call"],
  ])("answers '%s'", (q, id) => {
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(a.entry?.id).toBe(id);
  });
});

describe("a hearsay opening (hearsay.ts)", () => {
  it("drops a teller who is nobody in the story", () => {
    expect(withoutHearsay(words("знакомый сказал что путин винит хамас")).join(" ")).toBe(
      "путин винит хамас",
    );
    expect(withoutHearsay(words("пишут что песков против")).join(" ")).toBe("песков против");
  });

  it.each([["кто сказал что сша виноваты"], ["песков сказал что кремль поможет"], ["что сказал путин"]])(
    "keeps '%s'",
    (q) => expect(withoutHearsay(words(q)).join(" ")).toBe(q),
  );

  it("answers a misattributed blame with whom Putin blames", () => {
    const a = ask("один знакомый говорил что путин обвинил во всём израиль, так?");
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe("putin-blames-us");
  });
});

describe("a wish addressed to both sides (wish-addressee.ts)", () => {
  it("drops two addressees, keeps one", () => {
    expect(withoutWishAddressees(words("что кремль хочет от израиля и палестинцев")).join(" ")).toBe(
      "что кремль хочет",
    );
    expect(withoutWishAddressees(words("чего путин ждет от сша")).join(" ")).toBe("чего путин ждет от сша");
  });

  it("answers what Putin wants from both warring sides", () => {
    const a = ask("чего путин хочет от израиля и хамаса");
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe("what-putin-wants");
  });
});

describe("short adjectives and clipped words", () => {
  it.each(["доволен", "недоволен", "согласен"])("'%s' is a common word, not a name", (w) =>
    expect(isCommonRussian(w)).toBe(true),
  );

  it("still refuses a stranger's name ending so", () => {
    expect(ask("что сказал Блинкен").answered).toBe(false);
  });

  it("answers whether Putin is pleased with the US, clipped 'бл. восток' and all", () => {
    const a = ask("доволен ли путин политикой штатов на бл. востоке");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/США|Соединённ/);
  });

  it.each([["tl;dr кого винит путин"], ["путин обеспокоен жертвами или ему пофиг"]])(
    "reads '%s' without a stranger's name",
    (q) => expect(ask(q).answered, q).toBe(true),
  );
});

describe("membership of the Quartet (membership.ts)", () => {
  it.each([
    ["Япония входит в квартет?"],
    ["входит ли турция в ближневосточный квартет"],
    ["квартет включает Индию?"],
  ])("reads '%s' as who is in the Quartet", (q) => {
    expect(asRussianMembership(q)).toBe("кто входит в квартет");
    expect(ask(q).entry?.id).toBe("quartet-members");
  });

  it("leaves other questions about the group as typed", () => {
    expect(asRussianMembership("зачем создали квартет")).toBe("зачем создали квартет");
    expect(asRussianMembership("какую роль играет россия в квартете")).toBe(
      "какую роль играет россия в квартете",
    );
  });
});
