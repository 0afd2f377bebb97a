// quality49's kinds (waves BY and BZ, blind98 and blind99's English misses), in phrasings of our own: an event the
// article never mentions asked yes/no of parties it does (refused: dialogue's unmentioned-event.ts); the Quartet
// described, not named (answering/quartet-described.ts); a saying's topic after "involving"/"concerning"
// (said-involving.ts); the body Peskov speaks for (spokesman-for.ts); one side's interests as Putin's view
// (one-side-interests.ts, an owned No); the US's compromises "that both sides could accept" (an owned No); "hey bot"
// before a question (chat-lead-in.ts); the fighting as a want's setting (want-where.ts).
// Probe set probes-en96 (first run on 5329c575 before the change → after): 37.5% / 100% → 81.3% / 100% engine,
// 43.8% / 66.7% → 93.8% / 100% through ask.
import { describe, expect, it } from "vitest";
import { asOneSideInterests } from "../../src/answering/one-side-interests.js";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { asQuartetDescribed } from "../../src/answering/quartet-described.js";
import { asSaidInvolving } from "../../src/answering/said-involving.js";
import { asSpokesmanFor } from "../../src/answering/spokesman-for.js";
import { withoutWantPlace } from "../../src/answering/want-where.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";

describe("quality49's readers", () => {
  it("names the Quartet where it is described, and leaves other groups alone", () => {
    expectRows(asQuartetDescribed, [
      ["what is the group of four mediators?", "what is the Quartet?"],
      ["is russia in the international mediators' group?", "is russia in the Quartet?"],
      ["what does the four-party format do?", "what does the Quartet do?"],
      [
        "through which format has moscow been involved in the peace process?",
        "Which group has Russia been part of?",
      ],
      [
        "which body has russia been a member of in the peace process?",
        "Which group has Russia been part of?",
      ],
      ["officially, in what forum has the kremlin participated?", "Which group has Russia been part of?"],
    ]);
    expectUnchanged(asQuartetDescribed, [
      "which group has the kremlin been involved with?",
      "what group does russia have ties with?",
      "what is the group of four countries in the article?",
      "who is in the quartet?",
    ]);
  });
  it("reads a saying's topic after 'involving', 'concerning', 'regarding' as 'about'", () => {
    expectRows(asSaidInvolving, [
      ["did the russians say anything involving turkey?", "did the russians say anything about turkey?"],
      ["has the kremlin said anything concerning iran?", "has the kremlin said anything about iran?"],
      ["did putin say something to do with the un?", "did putin say something about the un?"],
    ]);
    expectUnchanged(asSaidInvolving, [
      "is there a conflict involving turkey?",
      "what did putin say regarding?",
    ]);
  });
  it("asks who Peskov is where the body he speaks for is asked", () => {
    expectRows(asSpokesmanFor, [
      ["peskov is the spokesman for which body?", "Who is Peskov?"],
      ["which office does peskov speak for?", "Who is Peskov?"],
      ["dmitry peskov is the press secretary of what body?", "Who is Peskov?"],
    ]);
    expectUnchanged(asSpokesmanFor, ["who is the kremlin's spokesman?", "what did peskov say?"]);
  });
  it("reads one side's interests as Putin's view of compromises, and drops the fighting a want is set in", () => {
    expectRows(asOneSideInterests, [
      [
        "does putin believe just one side's needs should matter?",
        "Does Putin think compromises should be acceptable to only one side?",
      ],
    ]);
    expectUnchanged(asOneSideInterests, [
      "does the kremlin talk to only one side?",
      "does putin care about both sides?",
    ]);
    expectRows(withoutWantPlace, [
      ["what does putin want in the israel hamas fighting", "what does putin want"],
      ["what does russia want now in the israel-gaza war?", "what does russia want?"],
    ]);
    expectEntries([
      ["what does putin want to happen right now in the israel-gaza conflict", "what-putin-wants"],
      ["hey bot did putin say anything regarding erdogan?", "putin-erdogan-call"],
    ]);
  });
  it("refuses an event the article never mentions, and keeps the verdicts the article settles", () => {
    expectChatRows(
      (chat) => {
        const a = lastAnswer(chat);
        return a.answer.answered ? (a.verdict ?? "answered") : "refused";
      },
      [
        [["did the kremlin host a palestinian delegation last month?"], "refused"],
        [["is russia evacuating its diplomats from israel?"], "refused"],
        [["did putin invite hamas leaders to moscow?"], "refused"],
        [["does the kremlin talk to hamas?"], "yes"],
        [["is russia in the international mediators' group?"], "yes"],
        [["Does Putin think the interests of only one party should prevail?"], "no"],
      ],
    );
    expect(lastAnswer(["does the article give the date of the call?"]).answer.entry?.id).toBe(
      "when-it-happened",
    );
    // The engine's own No on the US's compromises "that both sides could accept" (owned-points-call-us.ts); not on
    // compromises asked of Russia, nor without the US.
    expectRows(
      (q: string) => ownedVerdict(q, "en", "us-monopolizing-peace")?.verdict ?? null,
      [
        ["Did Putin say Washington sought compromises that both sides could live with?", "no"],
        ["did putin say the americans offered compromises acceptable to both sides?", "no"],
        ["did putin say russia offered compromises that both sides could accept?", null],
      ],
    );
  });
});
