// quality48's kinds (wave BY's blind98 English misses), in phrasings of our own: a bare "yes or no" tagged on an
// English yes/no question, which stayed in the statement the claim checker read (dialogue's yes-no-tag.ts); "left X
// out" for the article's overlooked aspirations, read as the lexicon's "ignored" (answering/left-out.ts, in the
// engine's first readers and the dialogue's message rewrites).
// Probe set probes-en95 (first run on 3dffda4d before the change → after): 52.9% / 100% → 52.9% / 100% engine (the
// yes/no rows are the dialogue's), 82.4% / 66.7% → 88.2% / 66.7% through ask.
import { describe, expect, it } from "vitest";
import { withLeftOutAsIgnored } from "../../src/answering/left-out.js";
import { withoutYesOrNoTag } from "../../src/dialogue/yes-no-tag.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectRows, expectUnchanged } from "../helpers/kind-table.js";

describe("quality48's readers", () => {
  it("drops a bare yes-or-no tag after a yes/no question its auxiliary opens", () => {
    expectRows(withoutYesOrNoTag, [
      ["Is Russia in the Quartet? Yes or no.", "Is Russia in the Quartet?"],
      ["does the kremlin want to help, yes/no?", "does the kremlin want to help?"],
      ["did putin phone macron? just yes or no please", "did putin phone macron?"],
      ["so is washington at fault y/n", "so is washington at fault?"],
      // A wh-question with the tag, or the tag alone, is no yes/no question to take it off.
      ["who did putin call? yes or no", null],
      ["yes or no?", null],
      ["is russia neutral?", null],
      ["is it yes or no in the article?", null],
    ]);
  });
  it("reads 'left X out' as 'ignored X', in the asker's tense, and leaves other 'left' alone", () => {
    expectRows(withLeftOutAsIgnored, [
      ["did the us leave the palestinians out?", "did the us ignore the palestinians?"],
      ["were the palestinians left out of the picture?", "were the palestinians ignored?"],
      ["is washington leaving out palestinian interests?", "is washington ignoring palestinian interests?"],
      ["does putin say america leaves them out entirely?", "does putin say america ignores them?"],
    ]);
    expectUnchanged(withLeftOutAsIgnored, [
      "was russia left out of the peace talks?",
      "did the us leave the region?",
      "what is left of gaza?",
      "did putin leave anything out of his remarks?",
      "why did he leave it out",
      "does it point out anything putin left out?",
      "what did putin leave out?",
      "what did putin leave out of his remarks",
      "did he leave out anything important?",
    ]);
  });
  it("gives the verdict the question owes with the tag or the phrasal verb, and no Yes where the article has none", () => {
    expectChatRows(
      (chat) => lastAnswer(chat).verdict,
      [
        [["Is Washington to blame, according to Putin? Yes or no."], "yes"],
        [["does putin think america left the palestinians out?"], "yes"],
        [["did putin say washington left the palestinians out?"], "yes"],
        [["Is the UN to blame according to Putin? yes/no"], "not-said"],
        [["does putin think the us left israel out?"], "not-said"],
      ],
    );
    expect(lastAnswer(["did putin call erdogan? yes or no"]).verdict).toBe("yes");
  });
});
