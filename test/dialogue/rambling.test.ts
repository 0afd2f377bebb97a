// A long message that tells a story before (or after) its question: the question is found where one starts,
// and answered; off-topic questions inside a long on-topic story are still refused. Our own messages.
import { describe, expect, it } from "vitest";
import { questionPieces } from "../../src/answering/question-pieces.js";
import { askOnce as ask } from "../helpers/dialogue.js";

describe("questionPieces", () => {
  it("finds where questions start, after a clause break, a linking word or anywhere for a question word", () => {
    const pieces = questionPieces(
      "my dad thinks russia is neutral, I don't, so does the article say who moscow has ties with",
    );
    expect(pieces).toContain("does the article say who moscow has ties with");
    expect(pieces).toContain("who moscow has ties with");
    // An auxiliary inside a clause ("russia *is* neutral") does not start a question.
    expect(pieces.some((p) => p.startsWith("is neutral"))).toBe(false);
  });
});

describe("the question inside a long message is answered", () => {
  it.each([
    [
      "hey, long story short my teacher wants an essay about the middle east and I picked this article, so could you tell me what the kremlin spokesman said? thanks a lot in advance",
      /Peskov/,
    ],
    [
      "my dad and I were arguing at dinner about it, he thinks russia is totally neutral, I don't think so, what does the article say about moscow's relationships with israelis and palestinians",
      /russia-impartial-mediator|kremlin-contact-both-sides|russia-.*-ties|is-russia-neutral/,
    ],
    [
      "ok so I was scrolling through this on the bus and honestly got lost halfway, my friend reckons russia just picks a side anyway, but what I actually want to know is who putin blamed for all of it",
      /putin-blames-us|us-policy-failure|putin-on-us/,
    ],
  ])("%s", (text, id) => {
    const reply = ask(text);
    expect(reply.answer.answered, reply.answer.reason ?? "").toBe(true);
    // A speaker's statements have no entry: their text says what was found.
    expect(reply.answer.entry?.id ?? reply.answer.answer).toMatch(id);
  });

  it.each([
    "my teacher gave us homework on climate change and I have no idea where to start, what are the main causes of global warming?",
    "ok this is random but my cousin says the kremlin is building a new bridge, so what does peskov say about the new bridge in crimea?",
    "we were talking about the war at lunch and someone mentioned erdogan, so is it true that turkey is joining the european union next year?",
  ])("an off-topic question inside a story is still refused: %s", (text) => {
    expect(ask(text).answer.answered).toBe(false);
  });
});
