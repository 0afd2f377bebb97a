// dialog5's kinds: a claim inside chatter or a tag question, the call's two parties as "they", how the call
// happened (a grounded No for "in person"), "and X too?" after a Yes, a group's membership asked first, and a
// restriction inside a first question. Our own phrasings, from the article; each also checks the opposite case.
import { describe, expect, it } from "vitest";
import { claimQuestionOf } from "../../src/dialogue/claim-frame.js";
import { ellipticalWords } from "../../src/dialogue/yes-again.js";
import { answerOf, lastAnswer, lastVerdict, playChat } from "../helpers/dialogue.js";

describe("a claim in a frame is asked as a yes/no question", () => {
  const speakers = {
    namedIn: (t: string) => (/peskov|песков/.test(t) ? [{ id: "peskov", start: 0, end: 6 }] : []),
  };
  const read = (text: string, lang: "en" | "ru" = "en") =>
    // biome-ignore lint/suspicious/noExplicitAny: a stand-in with the one method the frame reader calls
    claimQuestionOf(text, lang, speakers as any);

  it("reads tag questions and chatter, and leaves plain questions alone", () => {
    expect(read("Russia sits in the Quartet, doesn't it?")).toBe("so Russia sits in the Quartet?");
    expect(read("my aunt reckons Moscow sent troops. is that true?")).toBe("so Moscow sent troops?");
    expect(read("Peskov claimed Russia will stay out. is that right?")).toBe(
      "is it true that Peskov claimed Russia will stay out?",
    );
    expect(read("Кремль общается с ХАМАСом, верно?", "ru")).toBe("правда ли, что Кремль общается с ХАМАСом?");
    expect(read("брат говорит, что Путин винит Израиль. так в статье написано?", "ru")).toBe(
      "правда ли, что Путин винит Израиль?",
    );
    expect(read("who did Putin call, right?")).toBeNull();
    expect(read("What did Putin say about the US?")).toBeNull();
    expect(read("my uncle says hello")).toBeNull();
  });

  it("a claim inside chatter gets the article's verdict, both ways", () => {
    const yes = lastAnswer([
      "ugh, a colleague insists the Kremlin keeps in touch with both sides. is that right?",
    ]);
    expect(yes.verdict).toBe("yes");
    const no = lastAnswer(["someone on telegram said Putin praised the US. is that actually true?"]);
    expect(no.verdict).toBe("no");
    // A person's deed with another party in the article's party's place: the checker's No, not "doesn't say".
    expect(lastVerdict(["my dad reckons Putin blames Israel for the fighting. is that right?"])).toBe("no");
  });

  it("a tag question gets a verdict, in both languages", () => {
    expect(lastVerdict(["The UN is in the Quartet, isn't it?"])).toBe("yes");
    expect(lastVerdict(["Путин обвиняет Вашингтон, верно?"], "ru")).toBe("yes");
  });
});

describe("the call: its two parties, and how it happened", () => {
  it("'they' after the call are Putin and Erdogan: what they discussed is the call", () => {
    const reply = lastAnswer(["Who was Putin on the phone with?", "what did the two of them talk about?"]);
    expect(reply.answer.entry?.id).toBe("putin-erdogan-call");
  });

  it("in person is No, by phone is Yes, with the call as evidence", () => {
    const no = lastAnswer(["Who was Putin on the phone with?", "so did they actually meet?"]);
    expect(no.verdict).toBe("no");
    expect(no.answer.quotes.some((q) => /phone call/.test(q.text))).toBe(true);
    expect(lastVerdict(["Putin talked with whom?", "was it over the telephone?"])).toBe("yes");
    expect(lastVerdict(["С кем созванивался Путин?", "они виделись вживую?"], "ru")).toBe("no");
  });

  it("another party's meeting is not this call, and 'call for' is no phone", () => {
    expect(lastVerdict(["Did Putin meet Biden in person?"])).not.toBe("no");
    const callFor = lastAnswer(["Who was Putin on the phone with?", "did he call for negotiations?"]);
    expect(callFor.answer.entry?.id).not.toBe(undefined);
    expect(callFor.verdict).toBe("yes");
  });
});

describe("'and X too?' after a Yes, and membership asked first", () => {
  it("Yes again where the same quotes name X; otherwise not", () => {
    expect(lastVerdict(["Is Putin calling for a truce?", "an immediate one?"])).toBe("yes");
    expect(lastVerdict(["Is Putin calling for a truce?", "and peace negotiations?"])).toBe("yes");
    expect(lastVerdict(["Does Putin fault the US?", "and Israel?"])).not.toBe("yes");
    expect(lastVerdict(["Путин призывает к перемирию?", "а к возобновлению переговоров?"], "ru")).toBe("yes");
  });

  it("reads only short elliptical messages", () => {
    expect(ellipticalWords("and negotiations too?")).toEqual(["negotiations"]);
    expect(ellipticalWords("what did he say about negotiations?")).toBeNull();
  });

  it("'Is X in the Quartet?' first: No for a party the article never names, Yes after it for a member", () => {
    const turns = playChat(["Is Japan a member of the Quartet?", "and the UN?"]);
    expect(answerOf(turns[0]!.replies[0]!).verdict).toBe("no");
    expect(answerOf(turns[1]!.replies[0]!).verdict).toBe("yes");
    expect(lastVerdict(["Входит ли Бразилия в квартет?"], "ru")).toBe("no");
  });
});

describe("a restriction inside a first question", () => {
  it("No where the evidence names more; no No where it does not", () => {
    expect(lastVerdict(["Is Putin worried just about Israel?"])).toBe("no");
    expect(lastVerdict(["Путина беспокоят только жертвы в Израиле?"], "ru")).toBe("no");
    expect(lastVerdict(["Did Putin only blame the US?"])).not.toBe("no");
  });
});
