// quality32's kinds, in wordings of our own: a thing's relevance asked, a size without "of", a way out of the crisis
// in a Russian voice's view, several voices each in Russian, the shooting stopped in free word order, a trip the
// article never reports, off-topic lines with one story word refused plainly. Each reader stays linear on long input.
import { describe, expect, it } from "vitest";
import { asRelevanceAsked } from "../../src/answering/relevance-asked.js";
import { asksRussianForecast } from "../../src/answering/russian/forecast.js";
import { withoutRussianGist } from "../../src/answering/russian/gist-of-topic.js";
import { asRussianVoiceSolution, asVoiceSolution } from "../../src/answering/voice-solution.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `-${a.reason}`;
};

describe("the engine on quality32's kinds", () => {
  it.each([
    ["the former russian citizens in israel, does that even matter", /russia-israel-ties/],
    ["why is the quartet relevant here", /quartet/],
    ["moscow's position in a couple sentences please", /russia-position/],
    ["how does moscow think the conflict could be resolved", /russia-position/],
    ["как, по мнению кремля, урегулировать этот конфликт", /russia-position/],
    ["что говорят путин и мид, по отдельности", /quotes/],
    ["путин хочет, чтобы стрелять прекратили?", /ceasefire|what-putin-wants/],
    ["смысл позиции россии в двух словах", /russia-position/],
  ])("%s", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });
  it.each([
    ["who won the world cup final", /-out-of-scope/],
    ["путин полетит в газу?", /-out-of-scope/],
    ["is the weather in moscow relevant", /-out-of-scope/],
    ["how does russia think the war in ukraine can be ended", /-out-of-scope/],
  ])("refuses: %s", (q, reason) => {
    expect(entryOf(q)).toMatch(reason);
  });
});

describe("quality32's readers stay linear on long input", () => {
  const inputs = ["a ".repeat(2048), "is ".repeat(1365), "суть ".repeat(800), "путин поедет ".repeat(300)];
  it.each([
    ["relevance", asRelevanceAsked],
    ["voice solution", asVoiceSolution],
    ["russian voice solution", asRussianVoiceSolution],
    ["russian gist", withoutRussianGist],
    ["russian trip", (s: string) => String(asksRussianForecast(s))],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 500);
  });
});
