// quality33's kinds, in wordings of our own: with whom the Kremlin talks (the sides named, no «Да.»), «каким боком»,
// «пчм», a conflict «описывается», the text named before «про что», a voice's several parties listed after its name,
// a single-statement voice's position beside Russia's whole one, war or peace wanted, why a side would trust or a
// Russian care about it after chat interjections, a lower-case country as the one acting. Readers stay linear.
import { describe, expect, it } from "vitest";
import { asRussianPeaceWanted } from "../../src/answering/russian/peace-wanted.js";
import { asRussianWhatToDoWith } from "../../src/answering/russian/what-to-do-with.js";
import { asTrustReason } from "../../src/answering/trust-reason.js";
import { asPeaceWanted } from "../../src/answering/wants-peace.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `-${a.reason}`;
};

describe("the engine on quality33's kinds", () => {
  it.each([
    ["с кем россия сохраняет контакты", /kremlin-contact-both-sides/],
    ["which parties does moscow talk to", /kremlin-contact-both-sides/],
    ["а евросоюз-то тут каким боком", /quartet/],
    ["пчм кремль хочет быть посредником", /mediator|ties|kremlin/],
    ["о какой войне вообще идёт речь, что описывается", /conflict-parties/],
    ["новость вообще о чём", /summary/],
    ["путин сша израиль что говорил", /putin-on-us|us-policy-failure|putin-blames-us/],
    ["путин газа израиль что сказал", /putin-civilian-casualties/],
    ["что думает мид о войне", /foreign-ministry-position/],
    ["what's the foreign ministry's position on this conflict", /foreign-ministry-position/],
    ["путин за мир или за войну?", /ceasefire-call|what-putin-wants/],
    ["кремль одобряет перемирие?", /russia-position|ceasefire/],
    ["is putin for peace or more war", /ceasefire-call|what-putin-wants/],
    ["lmao why would the israelis trust moscow", /russia-israel-ties/],
    ["why would russians care what happens to the palestinians", /russia-palestinian-ties/],
    ["как, по словам путина, сша распорядились мирными усилиями", /us-monopolizing-peace/],
    [
      "что путин говорит о подходе вашингтона к палестинскому государству",
      /us-ignores-palestinian-interests|palestinian-state/,
    ],
  ])("%s", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });
  it.each([
    ["did china propose to broker a truce", /-out-of-scope|-not-in-article/],
    ["is china acting as a go-between", /-out-of-scope|-not-in-article/],
    ["каким боком тут бразилия", /-out-of-scope|-not-in-article/],
    ["why does putin care about civilians in gaza", /putin-civilian-casualties/],
  ])("%s stays off the ties and mediator cards", (q, reason) => {
    expect(entryOf(q)).toMatch(reason);
  });
  it("answers 'with whom' without a verdict, naming both sides in Russian", () => {
    const ru = engine.findAnswer("с кем кремль на связи");
    expect(ru.answer).not.toMatch(/^Да\./);
    expect(ru.answer).toMatch(/Израил/);
    expect(ru.answer).toMatch(/ХАМАС/);
    expect(engine.findAnswer("who is the kremlin in contact with").answer).not.toMatch(/^Yes\./);
    expect(engine.findAnswer("кремль поддерживает связь с обеими сторонами?").answer).toMatch(/^Да\./);
  });
});

describe("quality33's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    "путин за ".repeat(300),
    "каким боком ".repeat(300),
    "lol ".repeat(1000),
    "war or peace or ".repeat(300),
  ];
  it.each([
    ["russian peace wanted", asRussianPeaceWanted],
    ["russian what to do with", asRussianWhatToDoWith],
    ["trust reason", asTrustReason],
    ["peace wanted", asPeaceWanted],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 500);
  });
});
