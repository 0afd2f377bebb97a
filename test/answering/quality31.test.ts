// Wave AQ's and AP's engine misses (quality31), in wordings of our own, through the readers and the engine: a
// scene-setting "when/while …ing," clause, being "lumped in with" others, trusting Russia with "any faith in",
// several named voices' statements each shown, the root cause asked of the article, a second either-or side that
// only leans back ("or have they…"), others mediating besides Russia, «бывших наших», «изза», fears of the
// escalation held by no one named, what a thing «говорит о», a bare «процесс» to resume, concern or only blame.
// Off-story neighbours of each kind stay refused.
import { describe, expect, it } from "vitest";
import { asConcernOrBlame, asRussianConcernOrBlame } from "../../src/answering/concern-or-blame.js";
import { asOtherMediators, asRussianOtherMediators } from "../../src/answering/other-mediators.js";
import { asRussianFearedEscalation } from "../../src/answering/russian/feared-escalation.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : null;
};

describe("readers of quality31", () => {
  it("reads others mediating besides Russia as the Quartet, and nothing else", () => {
    expect(asOtherMediators("besides moscow, which countries are brokering the peace talks")).toMatch(
      /quartet/,
    );
    expect(asOtherMediators("who is mediating")).toBe("who is mediating");
    expect(asRussianOtherMediators("кто помимо москвы посредничает между сторонами")).toMatch(/квартет/);
  });
  it("reads concern for the victims or only blame of the US as both, only with the victims and the US", () => {
    expect(asConcernOrBlame("does putin care about the dead or does he just blame washington")).toMatch(
      /position/,
    );
    expect(asConcernOrBlame("does putin care about ukrainians or just blame nato")).toMatch(/ukrainians/);
    expect(asRussianConcernOrBlame("путин беспокоится о жертвах или только винит америку")).toMatch(
      /позиция/,
    );
  });
  it("reads a fear of the escalation held by no one named as the spread feared", () => {
    expect(asRussianFearedEscalation("какие страхи вызывает обострение")).toMatch(/опасения растут/);
    expect(asRussianFearedEscalation("чего опасается путин из-за эскалации")).toMatch(/путин/);
  });
});

describe("the engine on quality31's kinds", () => {
  it.each([
    ["While running its diplomacy, what did America overlook, according to Putin?", /us-|palestinian/],
    ["which organisations is moscow grouped together with on the talks", /quartet-members/],
    ["wy wud the israelis trust moscow", /russia-israel-ties/],
    [
      "what does the article say is the root cause behind the fighting",
      /us-policy-failure|putin-blames-us|article-conclusion/,
    ],
    ["is russia's link to the palestinians fresh or has it existed for years", /russia-palestinian-ties/],
    ["other than russia, who mediates between israel and the palestinians", /quartet-members/],
    ["would moscow help stop the fighting", /kremlin-settlement-role/],
    ["почему россии близок израиль, там же полно бывших наших", /russia-israel-ties/],
    ["возобновить какой процесс призывает путин", /negotiations|what-putin-wants|ceasefire-call/],
    ["о чем в итоге говорит этот конфликт", /article-conclusion/],
    ["ну а на чьей стороне москва в итоге", /is-russia-neutral/],
  ])("%s", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });
  it("several named voices get each one's statement, within a reader's length", () => {
    const a = engine.findAnswer("what did putin, peskov and the foreign ministry each say");
    const texts = a.quotes.map((q) => q.text).join(" ");
    expect(texts).toMatch(/constructive/);
    expect(texts).toMatch(/regional players/);
    expect(texts.length).toBeLessThan(1000);
  });
  it.each([
    "which bodies is russia lumped together with on space exploration",
    "why would israel trust india",
    "what did washington fail to take into account on climate policy",
    "чего опасаются изза инфляции",
  ])("stays refused: %s", (q) => {
    expect(engine.findAnswer(q).answered).toBe(false);
  });
});
