// dialog50 (session 43): a warring side after a casualty card keeps the count (side-of-count.ts), "new talks" after
// a call's Yes are the resumed negotiations (yes-again.ts, carried-asks.ts), a pronoun object of support after a
// topic turn is that topic (support-topic.ts). Our own phrasings.
import { describe, it } from "vitest";
import type { Lang } from "../../src/answering/types.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows } from "../helpers/kind-table.js";

const verdict = (messages: string[], lang: Lang = "en") => lastAnswer(messages, lang).verdict;
const verdictRu = (messages: string[]) => verdict(messages, "ru");

describe("a warring side after a casualty count", () => {
  it("keeps the casualties, so 'it' is still the deaths", { timeout: 120_000 }, () => {
    expectChatRows(verdict, [
      [
        [
          "how many people were killed in gaza?",
          "and on the israeli side?",
          "is putin concerned about that?",
        ],
        "yes",
      ],
      [["how many died in gaza", "what about in israel?", "does putin worry about it?"], "yes"],
    ]);
  });
});

describe("new talks after a call's Yes", () => {
  it("are the resumed negotiations: Yes, in English and Russian", { timeout: 120_000 }, () => {
    expectChatRows(verdict, [
      [["putin wants a ceasefire, right?", "and new negotiations too?"], "yes"],
      [["did putin urge a truce?", "and for new talks?"], "yes"],
    ]);
    expectChatRows(verdictRu, [[["путин призывал к перемирию?", "а к новым переговорам?"], "yes"]]);
  });
});

describe("a pronoun object of support after a topic turn", () => {
  it("is the topic, in every form", { timeout: 120_000 }, () => {
    expectChatRows(verdict, [
      [["what does putin say about the talks?", "does he back them?"], "yes"],
      [["what does putin say about the ceasefire?", "is he for it?"], "yes"],
    ]);
    expectChatRows(verdictRu, [
      [["что путин говорит о переговорах?", "поддерживает ли он их?"], "yes"],
      [["что путин говорит о прекращении огня?", "он это поддерживает?"], "yes"],
    ]);
  });
  it("another subject is asked of the topic: doesn't say for Hamas", { timeout: 120_000 }, () => {
    expectChatRows(verdict, [
      [["what does putin say about the negotiations?", "does hamas back them?"], "not-said"],
    ]);
  });
});
