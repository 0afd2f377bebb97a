import { describe, expect, it } from "vitest";
import { detectIntent } from "../../src/answering/intents.js";
import { Lexicon } from "../../src/answering/lexicon.js";
import { normaliseWords } from "../../src/answering/normalise.js";
import { realKb } from "../helpers/engine.js";

const lexicon = new Lexicon(realKb);
const quoted = new Set(realKb.speakers.filter((s) => s.quoted).map((s) => s.id));
const intent = (q: string) => detectIntent(lexicon.analyse(q), normaliseWords(q).join(" "), quoted);

describe("detectIntent", () => {
  it.each([
    "summary",
    "tl;dr",
    "Give me an overview",
    "summarise the article",
    "what happened?",
    "sum it up",
  ])("reads %j as a request for the summary", (q) => expect(intent(q)).toEqual({ kind: "summary" }));

  it.each(["who said what?", "quotes", "show me all the quotes"])(
    "reads %j as who said what, all speakers",
    (q) => expect(intent(q)).toEqual({ kind: "quotes", speakerIds: [] }),
  );

  it.each([
    ["Quote Peskov", "peskov"],
    ["what did the kremlin spokesman say", "peskov"],
    ["putin quotes", "putin"],
    ["what does the MFA say", "foreign-ministry"],
  ])("reads %j as the quotes of one speaker", (q, id) =>
    expect(intent(q)).toEqual({ kind: "quotes", speakerIds: [id] }),
  );

  it("leaves a question about what someone said on a topic to the entries", () => {
    expect(intent("What did Putin say about the US?")).toBeNull();
  });

  it("does not offer quotes of someone the article never quotes (Erdogan)", () => {
    expect(intent("what did erdogan say")).toBeNull();
  });

  it("does not read 'what happened to the Palestinians' as a summary request", () => {
    expect(intent("what happened to the Palestinians")).toBeNull();
  });

  it("does not treat a greeting as any request", () => {
    expect(intent("hello")).toBeNull();
  });
});

describe("detectIntent, more ways to ask", () => {
  it.each(["main point of the story in one line?", "key takeaways", "the short version please"])(
    "reads %j as a request for the summary",
    (q) => expect(intent(q)).toEqual({ kind: "summary" }),
  );

  it("reads a question naming two speakers as the quotes of both", () => {
    expect(intent("What did Peskov and the Foreign Ministry each say?")).toEqual({
      kind: "quotes",
      speakerIds: ["peskov", "foreign-ministry"],
    });
  });
});

describe("detectIntent, slang and chat asking for the story in brief", () => {
  it.each([
    "eli5",
    "explain it like i'm five",
    "tldr pls",
    "too long didn't read, what's the deal",
    "cliff notes please",
    "quick recap?",
    "dumb it down for me",
    "break it down for me in simple terms",
    "in plain english what happened here",
    "what's the big picture here",
    "can u give me the highlights",
    "sum up the article",
  ])("reads %j as a request for the summary", (q) => expect(intent(q)).toEqual({ kind: "summary" }));

  it.each([
    "what did putin highlight",
    "break down the quartet for me",
    "the big picture of russia's role in the peace process",
  ])("leaves %j to the entries (it names a topic)", (q) =>
    expect(intent(q)).not.toEqual({ kind: "summary" }),
  );
});
