// quality41's engine kinds, in phrasings of our own (wave BR's misses): a chat lead-in before a question
// (chat-lead-in.ts), Putin's reading of the violence asked with a verb of judging (russian/reading-of-violence.ts),
// a Russian learner's preamble (russian/learner-preamble.ts). The roster asked with the Russian state's bodies is
// quality27.test.ts's; the comitative call pair is dialog34-verdicts.test.ts's. Probes pinned at their figures after.
import { describe, it } from "vitest";
import { withoutChatLeadIn } from "../../src/answering/chat-lead-in.js";
import { withoutRussianLearnerPreamble } from "../../src/answering/russian/learner-preamble.js";
import { asRussianReadingOfViolence } from "../../src/answering/russian/reading-of-violence.js";
import { expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

describe("a chat lead-in", () => {
  it("is taken off before a question", () => {
    expectRows(withoutChatLeadIn, [
      ["hey bot quick one, does moscow want a ceasefire?", "does moscow want a ceasefire?"],
      ["Come on, is the kremlin impartial?", "is the kremlin impartial?"],
      ["ok real talk: who blames the us?", "who blames the us?"],
      ["seriously, what did peskov say?", "what did peskov say?"],
      ["one quick thing: why is russia close to hamas?", "why is russia close to hamas?"],
    ]);
  });
  it("stays where no question follows or it is inside one", () => {
    expectUnchanged(withoutChatLeadIn, [
      "come on",
      "quick one about the quartet",
      "does putin say come on to the us?",
      "seriously though",
    ]);
  });
});

describe("Putin's reading of the violence", () => {
  it("is what he explains it by", () => {
    expectRows(asRussianReadingOfViolence, [
      ["Как Путин оценивает эскалацию насилия?", "Как Путин объясняет эскалацию насилия?"],
      ["как он расценивает нынешнее обострение насилия", "как он объясняет нынешнее обострение насилия"],
      ["Как Путин видит текущий всплеск насилия?", "Как Путин объясняет текущий всплеск насилия?"],
    ]);
  });
  it("stays for another matter or another voice", () => {
    expectUnchanged(asRussianReadingOfViolence, [
      "Как Путин оценивает ситуацию?",
      "Как Песков оценивает всплеск насилия?",
      "Как Путин оценивает роль США?",
    ]);
  });
});

describe("a Russian learner's preamble", () => {
  it("is taken off", () => {
    expectRows(withoutRussianLearnerPreamble, [
      ["Я учу русский. Кто входит в квартет?", "Кто входит в квартет?"],
      ["я изучаю русский язык, что сказал песков", "что сказал песков"],
      ["Я иностранец и учу русский: кого винит Путин?", "кого винит Путин?"],
    ]);
  });
  it("stays when it is the question", () => {
    expectUnchanged(withoutRussianLearnerPreamble, [
      "Я учу русский.",
      "Чему учит статья?",
      "Что учит Путин?",
    ]);
  });
});

describe("the readers stay linear on long input", () => {
  it("all three", () => {
    expectLinearOnLongInput(
      (s) => {
        withoutChatLeadIn(s);
        asRussianReadingOfViolence(s);
        withoutRussianLearnerPreamble(s);
      },
      ["hey ", "ok quick one ", "как путин видит ", "рост ", "я учу ", "иностранец и "],
    );
  });
});

describe("the probes of the kind (first run on base 80f20a3a: en82 78.6% engine / 78.6% via ask, ru82 85.7% / 78.6%; after 92.9% each)", () => {
  itHoldsProbeFloors([
    ["probes-en82.jsonl", 0.92, 0.92, 1],
    ["probes-ru82.jsonl", 0.92, 0.92, 1],
  ]);
});
