// dialog46 (session 42): kinds wave BU's dialogues110 missed — a bare switch to a party before the question that
// names it by a pronoun ("and the EU? did he blame them too?": a false Yes, party-then-question.ts); an answer whose
// commas are clauses read as the list its quote holds ("and peskov?" → "not on the article's list", a false No,
// list-in-answer.ts); "he" after a group voice (he-of-group.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { partyThenQuestionOf } from "../../src/dialogue/party-then-question.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

const parties = realKb.parties ?? [];
const rewrite = (typed: string) =>
  partyThenQuestionOf(typed, parties, (t) => /kremlin|putin|peskov/u.test(t));

describe("a bare switch to a party, the question after it naming the party by a pronoun", () => {
  it("reads the question with the party for its object pronoun", () => {
    expectRows(rewrite, [
      ["and the EU? did he blame them too?", "did he blame the EU too?"],
      ["what about israel? does he blame it as well?", "does he blame israel as well?"],
      [
        "and the palestinians? what are their ties with russia?",
        "what are the palestinians' ties with russia?",
      ],
      ["а израиль? его он тоже винит?", "израиль он тоже винит?"],
      ["а США? их он винит?", "США он винит?"],
      // a voice is switch-then-question.ts's; no object pronoun; a Russian name whose accusative differs
      ["and the kremlin? do they talk to both sides?", null],
      ["and the EU? did he say anything?", null],
      ["а россия? её путин упоминал?", null],
      ["а газа? его там обстреливают?", null],
      ["what did putin say about the EU?", null],
    ]);
  });
  it("is doesn't say where the article has Putin blame only the US, never the Yes of the US's card", () => {
    expectChatRows(lastVerdict, [
      [["who does putin blame?", "and the EU? did he blame them too?"], "not-said"],
      [["does putin blame washington?", "what about israel? does he blame it as well?"], "not-said"],
      [["who is putin angry at", "and hamas? does he hold them responsible too?"], "not-said"],
      [["does russia talk to israel?", "and hamas? does moscow have ties with them?"], "yes"],
    ]);
    expectChatRows(
      (m) => lastVerdict(m, "ru"),
      [
        [["кого путин винит?", "а израиль? его он тоже винит?"], "not-said"],
        [["путин обвиняет сша?", "а хамас? его путин тоже обвиняет?"], "not-said"],
      ],
    );
  }, 60_000);
});

describe("an answer whose commas are clauses is no list", () => {
  it("reads a bare voice after it as that voice's words, not 'not on the list'", () => {
    const after = (m: string[], lang: "en" | "ru" = "en") => {
      const a = lastAnswer(m, lang);
      return { verdict: a.verdict, peskov: /Peskov|Песков/u.test(JSON.stringify(a.answer)) };
    };
    expectChatRows(after, [
      [
        ["what does the foreign ministry say", "direct talks between whom?", "and peskov?"],
        { verdict: null, peskov: true },
      ],
      // Peskov is never said to want talks: doesn't say, with his words beside (no "not on the list")
      [["does putin want negotiations resumed?", "and peskov?"], { verdict: "not-said", peskov: true }],
    ]);
  }, 60_000);
  it("keeps the Quartet's own list: a party it lacks is No", () => {
    expectChatRows(lastVerdict, [
      [["who is in the quartet?", "and turkey?"], "no"],
      [["what is the quartet for?", "is turkey?"], "no"],
    ]);
    expect(lastVerdict(["кто входит в квартет?", "а турция?"], "ru")).toBe("no");
  });
});

describe("'he' after a group voice", () => {
  it("is the person the last answer named", () => {
    expectChatRows(
      (m) => lastAnswer(m).asked,
      [
        [["whats the kremlin spokesmans name", "what did he say?"], "what did Peskov say"],
        [["what does the kremlin want", "what exactly did he say?"], "what exactly did Peskov say"],
      ],
    );
  });
});
