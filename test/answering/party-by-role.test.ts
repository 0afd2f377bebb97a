import { describe, expect, it } from "vitest";
import { withPartiesNamed } from "../../src/answering/party-by-role.js";
import { asTopicBrief } from "../../src/answering/topic-brief.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? a.entry?.id : `refused:${a.reason}`;
};

describe("a party named by its part is read as that party (party-by-role.ts)", () => {
  it("reads whoever speaks for the Kremlin as its spokesman", () => {
    expect(withPartiesNamed("the woman talking on behalf of moscow said what")).toBe(
      "the kremlin spokesman said what",
    );
    expect(withPartiesNamed("who talks for russia")).toBe("who is the kremlin spokesman");
    expect(withPartiesNamed("what did putin's press guy say")).toBe("what did the kremlin spokesman say");
    expect(entryOf("the dude that speaks for the kremlin, who is he")).toBe("who-is-peskov");
    expect(entryOf("the person representing moscow, name?")).toBe("who-is-peskov");
  });
  it("reads the russian or turkish guy as the leader the article names", () => {
    expect(withPartiesNamed("what did that turkish bloke hear from the russian dude")).toBe(
      "what did erdogan hear from putin",
    );
    expect(entryOf("who did the russian guy ring")).toBe("putin-erdogan-call");
  });
  it("reads a person's name asked as who they are", () => {
    expect(withPartiesNamed("what's the russian president's name")).toBe("who is the russian president");
    expect(withPartiesNamed("the turkish leader - what's his name again?")).toBe("who is the turkish leader");
    expect(entryOf("what is the name of the russian head of state")).toBe("who-is-putin");
    expect(entryOf("the kremlin spokesman, what is he called?")).toBe("who-is-peskov");
  });
  it("leaves other parties, other nouns and other questions as typed", () => {
    expect(withPartiesNamed("what did the russian government say")).toBe(
      "what did the russian government say",
    );
    expect(withPartiesNamed("what is the name of the quartet")).toBe("what is the name of the quartet");
    expect(withPartiesNamed("the guy speaking for the white house said what")).toBe(
      "the guy speaking for the white house said what",
    );
    expect(engine.findAnswer("what's the name of the hamas leader").answered).toBe(false);
  });
});

describe("what the article says of a topic is what about it (topic-brief.ts)", () => {
  it("reads the article's account of a topic as the topic", () => {
    expect(asTopicBrief("what does the article say about the United States?")).toBe(
      "what about the United States",
    );
    expect(asTopicBrief("what is said about erdogan in the piece")).toBe("what about erdogan");
    expect(asTopicBrief("how does the story portray washington")).toBe("what about washington");
    expect(asTopicBrief("tell me about the quartet")).toBe("what about the quartet");
    expect(asTopicBrief("what does the text say about why russia is criticised")).toBe(
      "why russia is criticised",
    );
    expect(asTopicBrief("what does the article say about the whole thing")).toBe(
      "what does the article say about the whole thing",
    );
  });
  it("answers a party the article reports no words of, and refuses one it never names", () => {
    expect(entryOf("what does the article say about washington")).toBe("putin-on-us");
    expect(entryOf("how does the article describe erdogan")).toBe("who-is-erdogan");
    expect(entryOf("tell me about the quartet")).toBe("quartet-purpose");
    expect(engine.findAnswer("what does the article say about ukraine").answered).toBe(false);
    expect(engine.findAnswer("tell me about china").answered).toBe(false);
  });
});

describe("chat wording around the topic", () => {
  it("reads 'this whole X thing' as X", () => {
    expect(entryOf("what is russia asking for in this whole gaza thing")).toBe("what-putin-wants");
    expect(entryOf("will it spread to the whole region")).toBe("crisis-spread-fears");
  });
  it("reads 'dos' as does", () => {
    expect(entryOf("wat dos the artcle say abt the quartet")).toBe("quartet-purpose");
  });
});
