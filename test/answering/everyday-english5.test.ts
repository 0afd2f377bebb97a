// Kinds of misses of quality-en5's own probe rounds, each with other questions of our own (none a line of a question
// set): whom someone talked with, what someone left out, chat spellings, English with "pro-" in it, news words the
// word list lacks, a duration answered by "long-standing", glue around a claim offered for checking.
import { describe, expect, it } from "vitest";
import { askEnglish as ask, expectAnswered, expectNotAnswered } from "../helpers/answering.js";
import { realEngine as engine } from "../helpers/engine.js";

describe("'who did X speak with / talk to' asks whom he talked with, not his words", () => {
  it.each([
    "whom has the russian president spoken with",
    "who was putin chatting with",
    "tell me who putin talked to",
  ])("%s", (q) => {
    const a = expectAnswered(q);
    expect(a.kind).not.toBe("quotes");
    expect(a.answer).toMatch(/Erdogan/);
  });

  it("what someone said is still a request for quotes", () => {
    expect(ask("what did peskov say").kind).toBe("quotes");
  });
});

describe("what someone did not say is what the article says he left out", () => {
  it.each(["what did putin not talk about", "what didn't putin say"])("%s", (q) => {
    expectAnswered(q, "putin-silent-on-russia-role");
  });
});

describe("chat spellings and sounds", () => {
  it.each([
    ["lemme get the gist", /summary/],
    ["gimme a short summary", /summary/],
    ["summary pls, quick", /summary/],
    ["how come moscow blames washington", /putin-blames-us|us-policy-failure|putin-on-us/],
    ["wats the forein ministry saying", /foreign-ministry-position|quotes/],
    ["what did putin sed about the truce", /ceasefire-call|what-putin-wants/],
  ])("%s", (q, id) => {
    const a = expectAnswered(q);
    expect(a.entry?.id ?? a.kind).toMatch(id);
  });
});

describe("English with a word that also marks transliterated Russian ('pro') is read as English", () => {
  it("is the kremlin pro-hamas", () => {
    const a = ask("is the kremlin pro-hamas");
    expect(a.lang ?? "en").toBe("en");
  });

  it("transliterated Russian with 'pro' is still Russian", () => {
    expect(engine.findAnswer("chto putin skazal pro ssha").lang).toBe("ru");
  });
});

describe("a news word the common-word list lacks is not corrected into a word of the article", () => {
  it.each([
    "what did the kremlin say about the rouble",
    "did putin mention cryptocurrency",
    "what do the oligarchs think",
  ])("%s", (q) => {
    expectNotAnswered(q);
  });
});

describe("'how long' is answered by the article's 'long-standing', and by nothing else", () => {
  it("how long has moscow been linked to hamas", () => {
    const a = expectAnswered("how long has moscow been linked to hamas");
    expect(a.answer).toMatch(/long-standing/);
  });

  it("how long did the phone call last: the article doesn't say", () => {
    expectNotAnswered("how long did the phone call last");
  });
});

describe("the frame around a claim offered for checking is glue", () => {
  it.each([
    ["someone told me russia has common ground with israel, is that true", /russia-israel-ties/],
    ["i read that putin wants a truce, am i right", /ceasefire-call|what-putin-wants/],
  ])("%s", (q, id) => {
    expectAnswered(q, id);
  });
});

describe("everyday words for the story's ideas", () => {
  it.each([
    ["who was on the line with putin", /Erdogan/],
    ["does russia get on with israel", /former Russian citizens|common ground/],
    ["what does the kremlin's press officer say", /constructive|settlement/],
    ["why is putin so bothered", /concern|casualt|fail/],
    ["how is the kremlin responding to the war between israel and hamas", /concern|ceasefire|constructive/],
    ["does putin think the us calls all the shots", /monopoli/],
  ])("%s", (q, pattern) => {
    const a = expectAnswered(q);
    expect([a.answer, ...a.quotes.map((x) => x.text)].join(" ")).toMatch(pattern);
  });
});
