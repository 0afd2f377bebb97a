// The kinds quality-ru24 fixed, in words of our own: a long Russian ramble whose chatter holds an everyday word the
// dictionary lacks (read as an unknown name, it vetoed the on-topic question), the Quartet asked beside a country it
// lacks with no verb ("… в квартете вместе с …?"), what a party has to do with the story (при чём, какое отношение),
// nouns spelt by ear (цы for ци, а for о), "конкретно" beside a want verb, a pupil by grade as a plain audience,
// "по этому поводу" and "во время" as glue. Guards: an off-topic question beside the same chatter, or a party the
// article does not know, stays refused.
import { describe, expect, it } from "vitest";
import { russianStretchAsks } from "../../src/answering/russian/chatter-stretch.js";
import { heardNounVariants } from "../../src/answering/russian/heard-spelling.js";
import { withoutPositionHeld } from "../../src/answering/russian/position-held.js";
import { rambleQuestionOf } from "../../src/answering/russian/ramble-question.js";
import { asRussianWhatToDoWith } from "../../src/answering/russian/what-to-do-with.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("a ramble's chatter does not veto its question (russian/chatter-stretch.ts, message-reading.ts)", () => {
  it("a story stretch with a reported 'что' asks nothing; a '?' or an opening question word asks", () => {
    expect(
      russianStretchAsks("у меня тёща весь вечер смотрела телек и теперь доказывает что путин за войну"),
    ).toBe(false);
    expect(russianStretchAsks("сосед по общаге уверяет что кремль ни с кем не разговаривает")).toBe(false);
    expect(russianStretchAsks("а что он предлагал эрдогану")).toBe(true);
    expect(russianStretchAsks("путин говорил про китай?")).toBe(true);
  });

  it.each([
    [
      "народ, у меня тёща весь вечер смотрела телек и теперь доказывает что путин за войну. что он на самом деле предлагал турецкому президенту?",
      /огня|переговор/,
    ],
    [
      "ребята, сосед по общаге уверяет что кремль ни с кем там не разговаривает. это так? с кем москва поддерживает связь?",
      /обеими|обеих/,
    ],
    [
      "короче я на даче без нормального инета, пересказали кусками. путин во время звонка о чём говорил с турецким лидером?",
      /огня|переговор/,
    ],
  ])("answers '%s'", (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(expected);
  });

  it.each([
    "ребят, батя смотрит телек целыми днями. какой сейчас курс доллара?",
    "слушайте, у меня соседка по комнате спрашивает, кто выиграл чемпионат мира по футболу?",
    "батя говорит что макрон звонил путину, о чем они говорили?",
  ])("still refuses '%s'", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});

describe("a ramble's plea and closing reason are the asker's (russian/ramble-question.ts)", () => {
  it("drops 'можете нормально объяснить' and a closing 'а то …'", () => {
    const q = rambleQuestionOf(
      "всем привет, я в политике ноль, вчера в новостях мельком видел что путин кому-то звонил и опять ругал вашингтон. можете нормально объяснить что он хочет? а то у меня брат говорит что россия тут ни при чем",
    );
    expect(q).toBe("что Путин хочет?");
  });
});

describe("the Quartet beside a country it lacks (russian/membership.ts)", () => {
  it.each(["Россия в квартете вместе с Индией?", "в ближневосточном квартете есть япония?"])(
    "'%s' gets the members",
    (q) => {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.answer).toMatch(/ООН/);
    },
  );

  it("'путин говорит о роли россии в квартете?' is not read as membership", () => {
    expect(ask("путин говорит о роли россии в квартете?").entry?.id).toBe("putin-silent-on-russia-role");
  });
});

describe("what a party has to do with the story (russian/what-to-do-with.ts)", () => {
  it.each([
    ["ООН тут вообще при чём в тексте", "какова роль оон"],
    ["какое отношение турция имеет к этой истории", "при чем тут турция"],
    ["какое отношение к этому имеет ООН", "какова роль оон"],
    ["при чём в этой статье палестинцы", "при чем тут палестинцы"],
  ])("'%s' -> '%s'", (q, read) => {
    expect(asRussianWhatToDoWith(q)).toBe(read);
  });

  it("leaves a longer question as typed", () => {
    const q = "путин при чем тут палестинцы и израиль";
    expect(asRussianWhatToDoWith(q)).toBe(q);
  });

  it("answers the UN's part with the Quartet, and refuses a party the article lacks", () => {
    expect(ask("какое отношение оон имеет к этой истории").answer).toMatch(/квартет/);
    expect(ask("а китай тут при чём в статье").answered).toBe(false);
  });
});

describe("nouns spelt by ear (russian/heard-spelling.ts)", () => {
  it("offers ци for цы and о for а, only for words the dictionary lacks", () => {
    const isWord = (w: string) => w === "марафон";
    expect(heardNounVariants("пазицыю", isWord)).toContain("позицию");
    expect(heardNounVariants("эскалацыя", isWord)).toContain("эскалация");
    expect(heardNounVariants("марафон", isWord)).toEqual([]);
  });

  it("answers 'эскалацыя насилия что пишут'", () => {
    expect(ask("эскалацыя насилия что пишут").entry?.id).toBe("violence-escalating");
  });
});

describe("glue and audiences", () => {
  it.each([
    ["что конкретно путин хочет по статье", "what-putin-wants"],
    ["и что по этому поводу предлагает российский мид?", "foreign-ministry-position"],
    ["Путин рассказал о вкладе России в мирный процесс?", "putin-silent-on-russia-role"],
    ["что путину не нравится в том как штаты ведут мирный процесс", "us-monopolizing-peace"],
    ["какую пазицыю занимает мид", "foreign-ministry-position"],
    ["что мид говорит про обострение в регионе", "foreign-ministry-position"],
  ])("'%s' -> %s", (q, id) => {
    expect(ask(q).entry?.id).toBe(id);
  });

  it("drops 'занимает' beside 'позицию' only", () => {
    expect(withoutPositionHeld("какую позицию занимает россия")).toBe("какую позицию россия");
    expect(withoutPositionHeld("занимает ли россия чью-то сторону")).toBe(
      "занимает ли россия чью-то сторону",
    );
  });

  it("a pupil by grade asks for the summary; an off-topic subject for one stays refused", () => {
    expect(ask("перескажи как третьекласснику что в статье").kind).toBe("summary");
    expect(ask("объясни как пятикласснику теорию относительности").answered).toBe(false);
  });
});
