// dialog45 of session 41: wave BT's dialogue misses (dialogues109), as kinds. The call's way asked without an
// auxiliary (No: a phone call); a list follow-up with a confirming tag (Yes off the Quartet's four members, also
// after its purpose); a Russian hedge before a statement asked back (Yes: the US monopolises the peace efforts); the
// voice's other charges ("what else does he accuse…", the related card); the bare goal after a stated purpose (the
// conclusion's "lasting and just resolution"); «как думаешь, получится?» (doesn't say). Our own phrasings.
import { beforeAll, describe, expect, it } from "vitest";
import { withoutConfirmTag } from "../../src/dialogue/confirm-tag.js";
import { contactAskedBack } from "../../src/dialogue/contact-asked-back.js";
import { withoutHedgeRu } from "../../src/dialogue/hedge-ru.js";
import { asksStatedPurpose } from "../../src/dialogue/purpose-asked.js";
import { asksSuccess } from "../../src/dialogue/success-asked.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

beforeAll(() => {
  lastAnswer(["who is in the quartet"]);
}, 120_000);

const ru = (messages: string[]) => (/[а-яё]/iu.test(messages.at(-1) ?? "") ? "ru" : "en");
const verdictOf = (messages: string[]) => lastAnswer(messages, ru(messages)).verdict;
const entryOfLast = (messages: string[]) => lastAnswer(messages, ru(messages)).answer.entry?.id ?? null;

describe("the readers' patterns", () => {
  it("takes a confirming tag or its claim frame off, and leaves a message without one", () => {
    expectRows(withoutConfirmTag, [
      ["и ес тоже, да?", "и ес тоже?"],
      ["правда ли, что и ес тоже", "и ес тоже?"],
      ["а оон тоже, верно?", "а оон тоже?"],
      ["and the eu too, right?", "and the eu too?"],
      ["so the un too?", "the un too?"],
      ["и ес тоже?", "и ес тоже?"],
      ["а когда?", "а когда?"],
      ["right?", "right?"],
    ]);
  });
  it("takes a Russian hedge off a clause, not off an example offered", () => {
    expectRows(withoutHedgeRu, [
      ["типа они монополизировали процесс?", "они монополизировали процесс?"],
      ["в смысле они всё монополизировали?", "они всё монополизировали?"],
      ["они типа монополизировали процесс?", "они монополизировали процесс?"],
      ["типа в иран?", "типа в иран?"],
      ["типа чего?", "типа чего?"],
      ["типа сирия?", "типа сирия?"],
    ]);
  });
  it("reads a statement asked back as yes/no, in English only and without a question word", () => {
    expectRows(
      (q) => contactAskedBack(q, q, "en"),
      [
        ["putin n erdogan met face to face?", true],
        ["putin and erdogan had an in-person meeting?", true],
        ["where did putin and erdogan meet?", false],
        ["putin and erdogan met face to face", false],
        ["putin erdogan call?", false],
      ],
    );
    expect(contactAskedBack("они встречались лично?", "они встречались лично?", "ru")).toBe(false);
  });
  it("reads the bare goal and the asker's guess on the outcome", () => {
    const said = "it calls for inclusive approaches, to reach a lasting and just resolution.";
    expectRows(
      (q) => asksStatedPurpose(q, said),
      [
        ["and the goal?", true],
        ["the aim?", true],
        ["а цель?", true],
        ["и какая цель?", true],
        ["and the ceasefire?", false],
      ],
    );
    expect(asksStatedPurpose("and the goal?", "putin blames the united states.")).toBe(false);
    expectRows(
      (q) => asksSuccess(q, "ru"),
      [
        ["как думаешь, получится у них?", true],
        ["думаешь, у них выйдет?", true],
        ["как думаешь, кто виноват?", false],
      ],
    );
  });
});

describe("in context", () => {
  it("answers the call's way asked without an auxiliary: No, a phone call", () => {
    expectChatRows(verdictOf, [
      [["putin and erdogan met face to face?"], "no"],
      [["who did putin speak with?", "they had an in-person meeting?"], "no"],
      [["путин и эрдоган виделись вживую?"], "no"],
      [["putin and erdogan spoke by phone?"], "yes"],
    ]);
  });
  it("answers a tagged list follow-up from the Quartet's list, after the list or its purpose", () => {
    expectChatRows(verdictOf, [
      [["кто входит в квартет?", "и ес тоже, да?"], "yes"],
      [["кто входит в квартет?", "а зачем его создали", "а оон тоже, верно?"], "yes"],
      [["кто входит в квартет?", "а турция тоже, да?"], "no"],
      [["who's in the quartet?", "what was it set up for", "and the EU as well, right?"], "yes"],
      [["who's in the quartet?", "and china too, right?"], "no"],
    ]);
  });
  it("settles a hedged statement asked back, and the outcome asked with «как думаешь»", () => {
    expectChatRows(verdictOf, [
      [["что путин говорит про сша?", "типа они монополизировали процесс?"], "yes"],
      [["что путин говорит про сша?", "они типа монополизировали процесс?"], "yes"],
      [["какую роль хочет играть кремль", "как думаешь, получится у них?"], "not-said"],
    ]);
  });
  it("gives the voice's other charges and the conclusion's goal", () => {
    expectChatRows(entryOfLast, [
      [["why does putin blame the us?", "what else does he accuse them of?"], "putin-on-us"],
      [["в чём путин винит сша?", "а за что ещё он критикует штаты?"], "putin-on-us"],
      [["how does the article end?", "and the goal?"], "article-conclusion"],
      [["чем заканчивается статья?", "а цель?"], "article-conclusion"],
    ]);
  });
});
