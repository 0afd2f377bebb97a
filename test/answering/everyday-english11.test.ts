// Kinds of misses of the eighth session's fresh set and of our own probes (probes-en11), each with questions of
// our own (none a line of a question set): several words in chat spelling at once, a story's name in Cyrillic
// inside an English question, a closing Russian tag, a voice and a terse ask for its gist, the voices side by side,
// and hearsay before a tagged claim.
import { describe, expect, it } from "vitest";
import { chatSpelling } from "../../src/answering/chat-spelling.js";
import { withEnglishNames } from "../../src/answering/cyrillic-names.js";
import { asVoiceGist } from "../../src/answering/voice-gist.js";
import { askEnglish as ask, expectAnswered, expectNotAnswered } from "../helpers/answering.js";
import { askOnce } from "../helpers/dialogue.js";

describe("chat spelling of everyday words", () => {
  it("reads words without vowels, swapped letters, one vowel for another and digits", () => {
    expect(chatSpelling("thnk")).toBe("think");
    expect(chatSpelling("wnt")).toBe("want");
    expect(chatSpelling("teh")).toBe("the");
    expect(chatSpelling("sey")).toBe("say");
    expect(chatSpelling("2")).toBe("to");
  });

  it("leaves words that are no everyday word's chat spelling alone", () => {
    expect(chatSpelling("xqz")).toBeNull();
    expect(chatSpelling("gaza")).toBeNull();
    expect(chatSpelling("42")).toBeNull();
  });

  it.each([
    ["wat does putin thnk abt teh us", /putin-on-us|putin-blames-us/],
    ["who did putin tlk 2 on teh fone", "putin-erdogan-call"],
    ["wat did peskov sey abt the kremlins role", /peskov/],
    ["how dose russia wnt 2 help", /.+/],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("still refuses a chat-spelled question about another story", () => {
    expectNotAnswered("wat did biden sey abt teh economy");
    expectNotAnswered("wht r teh best burgers in town");
  });
});

describe("a story's name in Cyrillic inside English", () => {
  const names = [
    { alias: "путин", english: "Putin" },
    { alias: "эрдоган", english: "Erdogan" },
  ];

  it("puts the English name in its place, in any case ending", () => {
    expect(withEnglishNames("what did Путин tell Эрдоган?", names)).toBe("what did Putin tell Erdogan?");
    expect(withEnglishNames("what do we know about Путина here", names)).toBe(
      "what do we know about Putin here",
    );
  });

  it("leaves Russian sentences and unknown Cyrillic words alone", () => {
    expect(withEnglishNames("что сказал Путин?", names)).toBeNull();
    expect(withEnglishNames("what did Зеленский say about it?", names)).toBeNull();
    expect(withEnglishNames("who did putin call?", names)).toBeNull();
  });

  it('reads a closing Russian tag as "right?"', () => {
    expect(withEnglishNames("Putin wants a ceasefire, так?", names)).toBe("Putin wants a ceasefire, right?");
    expect(withEnglishNames("Путин хочет мира, так?", names)).toBeNull();
  });

  it("answers in English through the engine and the dialogue", () => {
    expectAnswered("so what did Путин discuss with Эрдоган on the phone?", "putin-erdogan-call");
    const peskov = ask("what is Песков saying about the Kremlin?");
    expect(peskov.answered).toBe(true);
    expect(peskov.quotes.some((q) => q.speakerId === "peskov")).toBe(true);
    const reply = askOnce("and Путин blames whom exactly?");
    expect(reply.answer.lang).toBe("en");
    expect(reply.answer.entry?.id).toBe("putin-blames-us");
    expectNotAnswered("what did Байден tell Putin?");
  });
});

describe("a voice and a terse ask for its gist", () => {
  it("reads as what that voice said", () => {
    expect(asVoiceGist("peskov - bottom line?")).toBe("what did peskov say");
    expect(asVoiceGist("The Foreign Ministry: main message")).toBe("what did The Foreign Ministry say");
    expect(asVoiceGist("putin, what's his point?")).toBe("what did putin say");
    expect(asVoiceGist("main point?")).toBeNull();
    expect(asVoiceGist("so what's the takeaway")).toBeNull();
    expect(asVoiceGist("the article: key takeaway?")).toBeNull();
  });

  it.each([
    ["Peskov: the gist?", "peskov"],
    ["kremlin - key point", "kremlin"],
    ["putin, core message?", "putin"],
  ])("%s gives that voice's statements", (q, speaker) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.quotes.some((quote) => quote.speakerId === speaker)).toBe(true);
  });

  it("refuses a voice the article never quotes", () => {
    expectNotAnswered("Netanyahu: key point?");
  });
});

describe("the voices side by side", () => {
  it.each([
    "who said what - putin versus peskov",
    "putin vs the foreign ministry: who said what",
    "list every voice in the piece",
    "the speakers in this article?",
  ])("%s", (q) => {
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(a.kind, q).toBe("quotes");
  });

  it("still refuses voices of another story", () => {
    expectNotAnswered("who said what: macron vs scholz");
  });
});

describe("hearsay before a tagged claim", () => {
  it("is not part of the claim", () => {
    expect(askOnce("apparently the Kremlin talks with both sides, correct?").verdict).toBe("yes");
    expect(askOnce("supposedly putin wants a ceasefire, yeah?").verdict).toBe("yes");
  });
});
