// Kinds of misses of the sixth session's first blind wave and of our own probe set, each with questions of our own
// (none a line of a question set): tags asking for a yes or no, hearsay and someone-says frames, sceptics' asides,
// why a side matters to Russia (its ties), another country's role, labels before a colon and polite frames.
import { describe, expect, it } from "vitest";
import { askEnglish as ask, expectAnswered, expectNotAnswered } from "../helpers/answering.js";

describe("a tag asking for a yes or no adds no topic", () => {
  it.each([
    ["does putin care about the dead civilians or nah", "putin-civilian-casualties"],
    ["kremlin ready to help find a settlement or what", /kremlin/],
    ["did putin talk to erdogan or not", "putin-erdogan-call"],
    ["russia is in the quartet yes or no", /quartet/],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("a tag on an off-topic question is still off the topic", () => {
    expectNotAnswered("is the eurovision final in london or nah");
  });
});

describe("hearsay frames ask the claim they carry", () => {
  it.each([
    ["is it true that moscow has ties to hamas", "russia-palestinian-ties"],
    ["is it true many ex-soviet people live in israel", "russia-israel-ties"],
    ["is it a fact that putin blamed washington", /putin-blames-us|putin-on-us/],
    [
      "my uncle says russia just pretends to be a neutral broker, does the article agree?",
      /neutral|mediator/,
    ],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("a hearsay frame around an off-topic claim is still refused", () => {
    expectNotAnswered("is it true that the olympics are moving to paris");
    expectNotAnswered("my teacher says the moon landing was fake");
  });
});

describe("a sceptic's aside judges the claim; the claim is the topic", () => {
  it.each([
    "is russia really impartial? seems like spin to me",
    "is moscow honestly neutral or is that just pr",
    "russia even-handed? sounds like propaganda",
  ])("%s", (q) => {
    const a = expectAnswered(q, "is-russia-neutral");
    expect(a.answer).toMatch(/impartial/);
  });

  it("asking whether the article itself is propaganda is still the author's own view", () => {
    expectAnswered("is this piece pro-kremlin propaganda", "author-view-on-blame");
  });
});

describe("why a side matters to Russia is Russia's ties with that side", () => {
  it.each([
    ["why does moscow care about israel at all", "russia-israel-ties"],
    ["why does israel matter to moscow", "russia-israel-ties"],
    ["why is israel so special for the russians", "russia-israel-ties"],
    ["does russia have interests in israel", "russia-israel-ties"],
    ["why would the kremlin care about the palestinians", "russia-palestinian-ties"],
    ["whats moscow's angle with hamas", "russia-palestinian-ties"],
    ["why would moscow care about israel, isn't it close to hamas", "russia-israel-ties"],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("whether Putin cares about civilians is still his concern", () => {
    expectAnswered("does putin care about civilians dying", "putin-civilian-casualties");
  });

  it("what matters to other countries is not in the article", () => {
    expectNotAnswered("why would japan care about brazil");
  });
});

describe("another country's role is that country, not Russia's own role", () => {
  it.each([
    "how does putin view the american part in the peace efforts",
    "what does russia think of america's role in the peace process",
  ])("%s", (q) => {
    const a = expectAnswered(q, /putin-on-us|us-monopolizing-peace|putin-blames-us/);
    expect(a.answer).toMatch(/United States|Washington/);
  });

  it("Russia's own role is still Russia's", () => {
    expectAnswered("what is russia's role in the peace process", "russia-role-controversy");
    expectAnswered("is the us part of the quartet", "quartet-members");
  });
});

describe("labels before a colon and polite frames say why or how one asks, not what", () => {
  it.each([
    ["quiz question: which country does erdogan lead", "who-is-erdogan"],
    ["for my essay: what does putin blame the us for", /putin-blames-us|putin-on-us|us-policy-failure/],
    ["Kindly inform me whom the Russian president telephoned.", "putin-erdogan-call"],
    ["what does the kremlin spokesman do for a living", "who-is-peskov"],
    ["what does the final paragraph say", "article-conclusion"],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("'clarify what X stated' is X's words", () => {
    const a = ask("could you clarify what peskov stated");
    expect(a.answered).toBe(true);
    expect(a.speaker?.id).toBe("peskov");
  });

  it("the main points are the story in brief; Putin's main points are still his", () => {
    expect(ask("main points please").kind).toBe("summary");
    expect(ask("just the key facts").kind).toBe("summary");
    expect(ask("what are putin's main points").kind).not.toBe("summary");
  });
});
