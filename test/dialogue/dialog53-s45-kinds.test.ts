// dialog53 of session 45: kinds wave CA's English dialogues missed — the declarative cleft with a tag on who placed
// the call (call-initiator.ts), a stance of a party the article gives none (silent-party-stance.ts), Putin blaming
// Russia (self-blame-asked.ts), what a fact is for (purpose-of-that.ts), a detail the article lacks
// (proposal-detail.ts), "what about X, did he … them?" (about-object-asked.ts). Our own phrasings.
import { describe, expect, it } from "vitest";
import { aboutObjectAskedOf } from "../../src/dialogue/about-object-asked.js";
import { callInitiatorAsked } from "../../src/dialogue/call-initiator.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

const verdictOf = (chat: string[]) => lastAnswer(chat).verdict ?? null;
const textOf = (chat: string[]) => lastAnswer(chat).answer.answer;
const entryOf = (chat: string[]) => lastAnswer(chat).answer.entry?.id ?? null;
/** Chats of several turns through the real engine: slow on a shared machine. */
const SLOW = 120_000;

describe("who placed the call, asked as a cleft statement with a tag", () => {
  it("is read as who dialled in either party and either tag; a call for something is not", () => {
    expectRows(
      (q: string) => callInitiatorAsked(q, "en", true),
      [
        ["so it was erdogan who called?", true],
        ["it was putin who rang him, right?", true],
        ["that was the turkish leader who phoned, да?", true],
        ["putin was the one who made the call, верно?", true],
        ["erdogan was the caller?", true],
        ["it was putin who called for a ceasefire, right?", false],
        ["was putin the one who called for talks?", false],
      ],
    );
  });
  it(
    "gives doesn't say in a chat, never the call's Yes",
    () => {
      expectChatRows(verdictOf, [
        [
          ["what was the putin erdogan call about?", "it was the turkish president who called, да?"],
          "not-said",
        ],
        [["who did putin phone?", "so it was putin who rang, верно?"], "not-said"],
        [["who did putin phone?", "putin was the one who called, right?"], "not-said"],
        [
          ["what was the putin erdogan call about?", "it was putin who called for a ceasefire, right?"],
          "yes",
        ],
      ]);
    },
    SLOW,
  );
});

describe("a stance asked of a party the article gives none", () => {
  it(
    "is doesn't say after a voice's stand, never its opposite as a No",
    () => {
      expectChatRows(verdictOf, [
        [["does putin support a palestinian state?", "and is the us opposed to it?"], "not-said"],
        [["does putin support a palestinian state?", "does israel back it?"], "not-said"],
        [["is putin for a ceasefire?", "is hamas against it?"], "not-said"],
        [["is putin for a ceasefire?", "does the eu oppose it?"], "not-said"],
        [["does the us oppose a palestinian state?"], "not-said"],
      ]);
    },
    SLOW,
  );
  it(
    "leaves Russia's and the Palestinians' own stances to their cards",
    () => {
      expectChatRows(verdictOf, [
        [["does putin support a palestinian state?", "do the palestinians want a state?"], "yes"],
        [["does putin support a palestinian state?", "does russia oppose it?"], "no"],
      ]);
    },
    SLOW,
  );
});

describe("Putin blaming Russia itself", () => {
  it(
    "is No, on the card of his silence on Russia's role",
    () => {
      expectChatRows(
        (chat) => [verdictOf(chat), entryOf(chat)],
        [
          [
            ["who is putin blaming?", "does he blame russia too?"],
            ["no", "putin-silent-on-russia-role"],
          ],
          [
            ["why does putin say us policy failed?", "did putin say moscow was partly to blame?"],
            ["no", "putin-silent-on-russia-role"],
          ],
          [
            ["who is putin blaming?", "does he acknowledge russia's own role was part of the problem?"],
            ["no", "putin-silent-on-russia-role"],
          ],
        ],
      );
    },
    SLOW,
  );
});

describe("what a fact is for, after Russia's ties", () => {
  it(
    "answers with a related card of the aim (the impartial mediator)",
    () => {
      expectChatRows(textOf, [
        [
          ["what links russia to israel?", "why does that matter to russia?"],
          expect.stringMatching(/mediator/),
        ],
        [
          ["does russia have ties with hamas?", "what's in it for moscow?"],
          expect.stringMatching(/mediator/),
        ],
        [["what links russia to israel?", "why does moscow care?"], expect.stringMatching(/mediator/)],
      ]);
    },
    SLOW,
  );
});

describe("a detail of a plan that the article never names", () => {
  it(
    "is doesn't say; a thing the article names is left to the engine",
    () => {
      expectChatRows(verdictOf, [
        [["does putin support a palestinian state?", "did he propose specific borders?"], "not-said"],
        [["what does putin want?", "did he lay out a detailed roadmap?"], "not-said"],
        [["what does the kremlin want?", "did the kremlin offer a concrete timetable?"], "not-said"],
        // A kind of proposal, not a detail: his call for a ceasefire is the remedy (d115-21#2).
        [["how does putin read the surge in violence?", "did he suggest a remedy?"], "yes"],
      ]);
    },
    SLOW,
  );
});

describe("'what about X, did he … them?'", () => {
  it("puts the topic in the object's place, not the subject's", () => {
    expectRows(aboutObjectAskedOf, [
      ["what about the US, did he criticise them?", "did he criticise the US?"],
      ["as for hamas, did putin condemn it?", "did putin condemn hamas?"],
      ["and what about talks, does he want them too?", "does he want talks too?"],
      ["as for erdogan, did he agree with him?", null],
      ["what about the un, is it mentioned?", null],
      ["what about why, did he say it?", null],
    ]);
  });
  it(
    "gives Putin's criticism of the US its Yes",
    () => {
      expectChatRows(verdictOf, [
        [["is putin worried about civilians?", "what about america, did he criticize it?"], "yes"],
      ]);
    },
    SLOW,
  );
});

describe("'and X?' after a card of a voice's wishes", () => {
  it(
    "asks whether he wants X too: Yes where the evidence names it, no verdict where it does not",
    () => {
      expectChatRows(verdictOf, [
        [["what is putin pushing for?", "and negotiations?"], "yes"],
        [["what does putin want?", "and the talks?"], "yes"],
        [["what does putin want?", "and sanctions?"], null],
      ]);
    },
    SLOW,
  );
});
