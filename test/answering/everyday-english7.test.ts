// Kinds of misses of the fifth session's second blind wave and of our own probe set, each with questions of our own
// (none a line of a question set): why the violence grew (Putin's reading of it), what the US overlooked (the
// Palestinians' aspirations), talking to both sides, "explain it like I'm N", and the US named in full in answers.
import { describe, expect, it } from "vitest";
import { askEnglish as ask, expectAnswered, expectNotAnswered } from "../helpers/answering.js";
import { realKb } from "../helpers/engine.js";

describe("why the violence grew is Putin's reading of the surge: the failure of US policy", () => {
  it.each([
    "why has the war got so much worse, in putin's opinion",
    "how come the bloodshed keeps growing",
    "why is there more fighting than before?",
    "why so much violence lately",
    "whats behind the escalation according to putin",
  ])("%s", (q) => {
    expectAnswered(q, "us-policy-failure");
  });

  it("how the fighting started is still the article's gap, and whether it grows still the trend", () => {
    expectNotAnswered("how did the fighting begin");
    expectAnswered("is the fighting getting worse?", "violence-escalating");
  });
});

describe("what the US overlooked is the Palestinians' aspirations, not the compromises", () => {
  it.each([
    "according to putin what did the americans ignore",
    "what did the us fail to take into account",
    "what did washington overlook in the middle east",
  ])("%s", (q) => {
    expectAnswered(q, "us-ignores-palestinian-interests");
  });

  it("the compromises asked by name are still the monopolising half", () => {
    expectAnswered("what compromises did washington fail to consider", "us-monopolizing-peace");
  });
});

describe("talking to both Israel and the Palestinians is the Kremlin's contact with both sides", () => {
  it.each([
    "is russia in touch with both israel and hamas",
    "does moscow speak to both israel and the palestinians",
    "is the kremlin still talking to both hamas and israel?",
  ])("%s", (q) => {
    const a = expectAnswered(q, "kremlin-contact-both-sides");
    expect(a.answer).toMatch(/both/);
  });

  it("what Russia wants between the two peoples is still the dialogue it calls for", () => {
    expectAnswered(
      "what kind of talks should israel and the palestinians have",
      /negotiations|foreign-ministry/,
    );
  });

  it("friends with one or the other is how Moscow presents itself with both", () => {
    expectAnswered("is moscow friends with the palestinians or with israel", "russia-impartial-mediator");
    expectAnswered("is russia a friend of hamas", "russia-palestinian-ties");
  });
});

describe("'explain it like I'm N' asks for the story in brief", () => {
  it.each([
    "explain the article like I am 10 years old",
    "explain this story like i'm 12",
    "explain it like I'm a kid pls",
  ])("%s", (q) => {
    expect(ask(q).kind).toBe("summary");
  });

  it("a number alone is not a request for the story", () => {
    expect(ask("what is 12").answered).toBe(false);
  });
});

describe("who is quoted, asked with people words or 'besides X', is the roster", () => {
  it.each([
    "which politicians does the article quote",
    "who from the russian side is quoted",
    "who is speaking in this piece",
    "apart from putin, who else talks in the article",
  ])("%s", (q) => {
    const a = ask(q);
    expect(a.kind, `${q}: ${a.entry?.id}`).toBe("quotes");
  });

  it("one quoted speaker's words are still that speaker's, and whom someone talks about is no roster", () => {
    expect(ask("which quotes are from peskov").answer).toMatch(/Peskov/);
    expect(ask("which quotes are from peskov").answer).not.toMatch(/Putin/);
    expect(ask("what people does peskov talk about").kind).not.toBe("quotes");
    expect(ask("who did putin speak with").entry?.id).toBe("putin-erdogan-call");
  });
});

describe("sceptics' and chatty words", () => {
  it("'boil the whole thing down' asks for the story in brief", () => {
    expect(ask("could you boil this whole thing down").kind).toBe("summary");
  });

  it("a peace that includes everyone is the article's inclusive approach", () => {
    expectAnswered("should a settlement include all sides according to the writer", "how-to-resolve");
  });

  it("'totally', 'honestly' are intensifiers, not topics", () => {
    expectAnswered("is moscow completely neutral?", /neutral|mediator/);
    expectAnswered("honestly who does putin blame", "putin-blames-us");
  });
});

describe("an answer that names the US also names it in full", () => {
  // A reader, and a search, looks for "United States", "Washington" or "America"; "US" alone is easily missed.
  it.each(realKb.entries.filter((e) => /\bUS\b/.test(e.answer)).map((e) => [e.id, e] as const))(
    "%s",
    (_id, entry) => {
      const said = `${entry.answer} ${entry.quotes.map((q) => q.text).join(" ")}`;
      expect(said).toMatch(/United States|Washington|America/);
    },
  );
});
