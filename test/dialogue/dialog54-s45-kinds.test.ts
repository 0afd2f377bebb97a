// dialog54 of session 45: kinds wave CB's dialogues missed — an aim of the card's voice asked by a verb of
// advocacy (stated-aim.ts), "why not" after a No (why-of-no.ts), «про США» before the verb of saying
// (said-about-order-ru.ts), the Kremlin in the peace process (kremlin-in-process.ts). Our own phrasings.
import { describe, expect, it } from "vitest";
import { kremlinInProcessAsked } from "../../src/dialogue/kremlin-in-process.js";
import { saidAboutInOrder } from "../../src/dialogue/said-about-order-ru.js";
import { whyOfNo } from "../../src/dialogue/why-of-no.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

const verdictOf = (chat: string[]) => lastAnswer(chat).verdict ?? null;
const verdictRuOf = (chat: string[]) => lastAnswer(chat, "ru").verdict ?? null;
const textOf = (chat: string[]) => lastAnswer(chat).answer.answer;
const textRuOf = (chat: string[]) => lastAnswer(chat, "ru").answer.answer;
/** Chats of several turns through the real engine: slow on a shared machine. */
const SLOW = 120_000;

describe("an aim of the card's voice asked by a verb of advocacy", () => {
  it(
    "is Yes where the voice's quote states it as an aim",
    () => {
      expectChatRows(verdictOf, [
        [
          [
            "which ministry spoke of coordinating regional players?",
            "does it advocate direct talks between israel and the palestinians?",
          ],
          "yes",
        ],
        [
          [
            "what does the foreign ministry want?",
            "is it pushing for direct negotiations between the palestinians and israelis?",
          ],
          "yes",
        ],
        [["what is putin asking for?", "did he propose a ceasefire?"], "yes"],
        [["what does putin want?", "does he advocate an immediate truce?"], "yes"],
      ]);
    },
    SLOW,
  );
  it(
    "is not Yes for parties or things no aim of the quote names",
    () => {
      expectChatRows(verdictOf, [
        [["what does putin want?", "does he support hamas and israel?"], "not-said"],
        [
          ["what does the foreign ministry want?", "does it advocate direct talks between hamas and russia?"],
          "not-said",
        ],
      ]);
      // A thing no quote of the voice holds as an aim: never Yes.
      expectChatRows(
        (chat) => verdictOf(chat) === "yes",
        [
          [["what does the foreign ministry want?", "does it advocate sanctions against israel?"], false],
          [["what is putin asking for?", "did he propose a ceasefire between hamas and russia?"], false],
        ],
      );
    },
    SLOW,
  );
});

describe("'why not' after a No", () => {
  it("is the last question's why only after a No", () => {
    const context = (verdict: "yes" | "no" | "not-said") =>
      ({ verdict, question: "does putin think the us policy worked?" }) as never;
    expectRows(
      (q: string) => whyOfNo(q, context("no"))?.kind ?? null,
      [
        ["why not", "why"],
        ["but why not?", "why"],
        ["how come not", "why"],
        ["а почему нет?", "why"],
        ["почему же нет", "why"],
        ["why not ask putin", null],
      ],
    );
    expect(whyOfNo("why not", context("yes"))).toBeNull();
    expect(whyOfNo("why not", context("not-said"))).toBeNull();
  });
  it(
    "gives the reason of the failed policy",
    () => {
      expectChatRows(
        (chat) => /palestin|monopol|compromis|violence/iu.test(textOf(chat)),
        [
          [["does putin think the US policy worked?", "why not"], true],
          [["did putin say america's approach succeeded?", "why not?"], true],
        ],
      );
      expectChatRows(
        (chat) => /палестин|монопол|компромисс|насили/iu.test(textRuOf(chat)),
        [[["путин думает, что политика сша сработала?", "а почему нет?"], true]],
      );
    },
    SLOW,
  );
});

describe("whether a voice said anything about a party, «про X» before the verb", () => {
  it("is put in the mention readers' order", () => {
    expectRows(saidAboutInOrder, [
      ["и он что-то про сша сказал?", "и он что-то сказал про сша"],
      ["а про америку он что-то сказал?", "а он что-то сказал про америку"],
      ["песков о хамасе что-нибудь говорил?", "песков что-то говорил о хамасе"],
      ["он что-то сказал про сша?", "он что-то сказал про сша?"],
      ["что он сказал?", "что он сказал?"],
    ]);
  });
  it(
    "is не сказано for a party none of Peskov's words names, Да for a thing they hold",
    () => {
      expectChatRows(verdictRuOf, [
        [["кто такой песков", "и он что-то про США сказал?"], "not-said"],
        [["что заявил песков?", "а про америку он что-то сказал?"], "not-said"],
        [["кто такой песков", "а о хамасе он что-нибудь говорил?"], "not-said"],
        [["кто такой песков", "и он что-то про урегулирование сказал?"], "yes"],
      ]);
    },
    SLOW,
  );
});

describe("the Kremlin in the peace process", () => {
  it("is read as Russia's involvement; the Quartet's membership is not", () => {
    expectRows(kremlinInProcessAsked, [
      ["кремль участвует в мирном процессе?", "Россия участвует в ближневосточном мирном процессе?"],
      ["а кремль принимает участие в урегулировании?", "Россия участвует в ближневосточном мирном процессе?"],
      [
        "is the kremlin involved in the peace process?",
        "Is Russia involved in the Middle East peace process?",
      ],
      [
        "does the kremlin take part in the peace efforts?",
        "Is Russia involved in the Middle East peace process?",
      ],
      ["кремль входит в квартет?", null],
      ["кремль не участвует в мирном процессе?", null],
      ["is the kremlin part of the quartet?", null],
    ]);
  });
  it(
    "gives Yes / Да",
    () => {
      expectChatRows(verdictOf, [[["is the kremlin involved in the peace process?"], "yes"]]);
      expectChatRows(verdictRuOf, [[["кремль участвует в мирном процессе?"], "yes"]]);
    },
    SLOW,
  );
});
