// quality-r2-33's kinds, in wordings of our own: the conflict a text «обсуждает», the events it covers (the summary),
// how long Russia's ties go back ("long-standing" answers it), why a side is no stranger to Russia (the ties), how
// the Kremlin deals with the warring sides (its open contact), who it is in contact with (the sides named), a voice's
// words on a party it never names (told of the voice, not under the party's own title). Readers stay linear.
import { describe, expect, it } from "vitest";
import { asBothSidesRelations } from "../../src/answering/both-sides-relations.js";
import { isBriefRequest } from "../../src/answering/english-intents.js";
import { asRussianCloseSide, asRussianSidesDealt } from "../../src/answering/russian/close-side.js";
import { RUSSIAN_INTENT_WORDS } from "../../src/answering/russian/intents.js";
import { withSidesNamed } from "../../src/answering/sides-named.js";
import { asTrustReason } from "../../src/answering/trust-reason.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `-${a.reason}`;
};

describe("the engine on quality-r2-33's kinds", () => {
  it.each([
    ["какую войну тут рассматривают", /conflict-parties/],
    ["о каком конфликте рассказывается, что затрагивается", /conflict-parties/],
    ["что за события описываются в заметке", /summary/],
    ["what developments does this piece report on", /summary/],
    ["с каких пор у кремля контакты с хамасом", /russia-palestinian-ties/],
    ["since when does the kremlin have ties to the palestinians", /russia-palestinian-ties/],
    ["отчего израиль для кремля не посторонняя страна", /russia-israel-ties/],
    ["почему хамас россии не безразличен", /russia-palestinian-ties/],
    ["why is israel no stranger to moscow", /russia-israel-ties/],
    ["как кремль взаимодействует с обеими сторонами", /kremlin-contact-both-sides/],
    ["how is moscow dealing with both warring parties", /kremlin-contact-both-sides/],
    ["how is moscow juggling both sides?", /russia-impartial-mediator/],
    ["what is russia's stance towards israel and hamas", /russia-position/],
  ])("%s", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });

  it("names the sides when who the Kremlin is in contact with is asked, and only then", () => {
    expect(engine.findAnswer("whom does russia keep in contact with").answer).toMatch(/Israel and Hamas/);
    expect(engine.findAnswer("is the kremlin in touch with both warring sides").answer).not.toMatch(
      /Israel and Hamas/,
    );
  });

  it("tells a voice's silence on a party of the voice, not under the party's own title", () => {
    const en = engine.findAnswer("what did putin say about hamas");
    expect(en.answered).toBe(false);
    expect(en.title).toBe("What did Vladimir Putin say about Hamas?");
    expect(en.answer).toMatch(
      /^The article doesn't report Vladimir Putin saying anything about Hamas\. It mentions/,
    );
    const ru = engine.findAnswer("что путин думает про хамас");
    expect(ru.title).toMatch(/^Что Владимир Путин сказал о ХАМАС\?$/);
    expect(ru.answer).toMatch(/^Статья не сообщает, чтобы Владимир Путин что-либо говорил о ХАМАС\. /);
    expect(engine.findAnswer("what does hamas say").title).toBe("What does Hamas itself say?");
  });

  it("reads the question as typed where the kind is absent", () => {
    expect(asRussianCloseSide("почему россии не безразличны мирные жители израиля")).toBe(
      "почему россии не безразличны мирные жители израиля",
    );
    expect(asRussianCloseSide("почему израиль и хамас близки россии")).toBe(
      "почему израиль и хамас близки россии",
    );
    expect(asRussianSidesDealt("как москва обходится с сша")).toBe("как москва обходится с сша");
    expect(asTrustReason("why did the foreign ministry mention israel")).toBe(
      "why did the foreign ministry mention israel",
    );
    expect(
      withSidesNamed(
        "does the kremlin talk to both sides",
        "Yes. It keeps open communication with both warring sides.",
      ),
    ).toBe("Yes. It keeps open communication with both warring sides.");
  });
});

describe("quality-r2-33's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    `почему ${"не чужая ".repeat(400)}`,
    `как москва ${"обходится с ".repeat(300)}`,
    `какие события ${"статья ".repeat(400)}`,
    `what events does the ${"story ".repeat(600)}`,
    `how does the kremlin deal with ${"the two ".repeat(400)}`,
    `why is israel ${"not a stranger ".repeat(250)}`,
    `who ${"both warring sides ".repeat(200)}`,
  ];
  it.each([
    ["close side", asRussianCloseSide],
    ["sides dealt", asRussianSidesDealt],
    ["events covered (ru)", (s: string) => String(RUSSIAN_INTENT_WORDS.briefRequest?.(s, new Set()))],
    ["events covered (en)", (s: string) => String(isBriefRequest(s))],
    ["both sides dealt with", asBothSidesRelations],
    ["trust reason", asTrustReason],
    ["sides named", (s: string) => withSidesNamed(s, s)],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 400);
  });
});
