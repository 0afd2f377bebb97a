// dialog23: follow-ups that ask about the last answer's voice (quote-voice.ts), a return to a speaker after a side
// topic (back-to-speaker.ts), "more" that never shows the same card twice (more-next.ts), whether a voice spoke of
// something (mentioned-by.ts) and whether it named a time (said-when.ts). Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { nextParagraphs } from "../../src/dialogue/more-next.js";
import { voiceAsked } from "../../src/dialogue/quote-voice.js";
import { lastText, lastVerdict, playChat } from "../helpers/dialogue.js";

describe("what is asked of the last answer's words (voiceAsked)", () => {
  it("tells how, whether and whose apart, and leaves whole questions alone", () => {
    expect(voiceAsked("was that word for word?", "en")).toBe("direct");
    expect(voiceAsked("is this a quotation or a paraphrase?", "en")).toBe("direct");
    expect(voiceAsked("hold on, did he actually say that?", "en")).toBe("really");
    expect(voiceAsked("is that the kremlin's own words or the reporter's?", "en")).toBe("whose");
    expect(voiceAsked("это прямая цитата?", "ru")).toBe("direct");
    expect(voiceAsked("он реально так заявил?", "ru")).toBe("really");
    expect(voiceAsked("это сам Путин сказал или статья?", "ru")).toBe("whose");
    expect(voiceAsked("what did putin say, word for word?", "en")).toBeNull();
    expect(voiceAsked("did putin really say the us failed?", "en")).toBeNull();
  });
});

describe("the last answer's voice, not a new search", () => {
  it("is No to a direct quote: the article reports every voice in its own words", () => {
    const messages = ["what is the kremlin's spokesman saying?", "are these his exact words?"];
    expect(lastVerdict(messages)).toBe("no");
    expect(lastText(messages)).toMatch(/reported speech.*Peskov|Peskov.*reported speech/);
  });

  it("is Yes to 'did he really say that?' after a voice's words, naming whose", () => {
    const messages = ["what does putin want from the talks?", "wait, did he really say that?"];
    expect(lastVerdict(messages)).toBe("yes");
    expect(lastText(messages)).toContain("Putin");
  });

  it("says the article's own account is nobody's quote", () => {
    const messages = ["does moscow have ties with the palestinians?", "did he actually say that?"];
    expect(lastVerdict(messages)).toBe("not-said");
  });

  it("reads the Russian wordings", () => {
    expect(lastVerdict(["что заявил МИД?", "это прямая цитата?"], "ru")).toBe("no");
    expect(lastText(["что заявил МИД?", "это МИД сказал или автор?"], "ru")).toMatch(/МИД/);
  });

  it("keeps the context through small talk", () => {
    expect(lastVerdict(["what did peskov say?", "thank you!", "was that verbatim?"])).toBe("no");
  });
});

describe("back to a speaker (back-to-speaker.ts)", () => {
  it("reads the pronoun after 'back to X' as X, not the side topic", () => {
    const text = lastText([
      "what does the foreign ministry want?",
      "who is in the quartet?",
      "anyway, back to putin: what does he want?",
    ]);
    expect(text).toMatch(/cease-?fire/);
    expect(
      lastVerdict(
        ["who is in the quartet?", "ладно, вернёмся к Пескову — он говорил об урегулировании?"],
        "ru",
      ),
    ).toBe("yes");
  });
});

describe("more, then more again (more-next.ts)", () => {
  it("picks paragraphs not shown yet, then the ones after", () => {
    const paragraphs = ["a", "b", "c", "d"];
    expect(nextParagraphs([2], [], paragraphs, 100).map((p) => p.number)).toEqual([2]);
    expect(nextParagraphs([2], [2], paragraphs, 100).map((p) => p.number)).toEqual([3, 4, 1]);
    expect(nextParagraphs([], [1, 2, 3, 4], paragraphs, 100)).toEqual([]);
  });

  it("never shows the same card twice in a row", () => {
    const turns = playChat(["how does putin see washington's role?", "more please", "and then?"]);
    const [second, third] = [turns[1]!.replies[0]!, turns[2]!.replies[0]!];
    expect(JSON.stringify(third)).not.toBe(JSON.stringify(second));
  });

  it("goes from the short summary to the long one, then to the article", () => {
    const turns = playChat(["summarize the article", "tell me more", "more"]);
    expect(JSON.stringify(turns[1]!.replies[0])).toMatch(/Quartet/);
    expect(turns[2]!.replies[0]!.kind).toBe("more");
  });
});

describe("whether a voice spoke of something (mentioned-by.ts, said-when.ts)", () => {
  it("is Yes where that voice's quotes hold it", () => {
    expect(lastVerdict(["did dmitry peskov speak about a settlement?"])).toBe("yes");
    expect(lastVerdict(["has the foreign ministry talked about dialogue?"])).toBe("yes");
  });

  it("is never Yes on a mention the article says was not made, or on a word inside another", () => {
    expect(lastVerdict(["did putin mention russia's part in the peace process?"])).not.toBe("yes");
  });

  it("is doesn't say when a time is asked", () => {
    expect(lastVerdict(["did putin mention when the ceasefire should start?"])).toBe("not-said");
  });
});
