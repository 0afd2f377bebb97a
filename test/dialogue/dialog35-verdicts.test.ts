// Verdict kinds of dialog35 (session 35): a link of the violence to a failure, a speaker's presence in the article,
// a thing the article says in near words, an involvement asked "before", a Russian voice's stance on its own wish,
// «разве» after the subject, a verb-less membership follow-up, «правда что» without a mark, «в происходящем», an
// object topic put first ("russia's role - does he talk about that"), "stay out" against the Kremlin's role.
import { describe, expect, it } from "vitest";
import { articlePhraseVerdict } from "../../src/dialogue/article-phrase.js";
import { dislocatedTopicOf } from "../../src/dialogue/dislocated-topic.js";
import { withoutInvolvedBefore } from "../../src/dialogue/involved-before.js";
import { memberAskedOf } from "../../src/dialogue/member-asked.js";
import { presenceVerdict } from "../../src/dialogue/presence-asked.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

describe("the violence linked to a failure", () => {
  it("is Yes where the evidence has the surge as the sign of the failure, never the No of another paragraph", () => {
    expect(
      lastVerdict([
        "does putin even support a palestinian state",
        "and what has the US done wrong there in his view",
        "so he links the new wave of violence to that?",
      ]),
    ).toBe("yes");
    expect(
      lastVerdict(["почему путин недоволен америкой", "и он с этим связывает новый всплеск насилия?"], "ru"),
    ).toBe("yes");
  });
  it("leaves another voice, another party and a narrowed link alone", () => {
    expect(lastVerdict(["does erdogan link the violence to us failure?"])).not.toBe("yes");
    expect(lastVerdict(["does putin link the violence to turkey?"])).not.toBe("yes");
    expect(lastVerdict(["does putin link the violence only to the us failure?"])).not.toBe("yes");
  });
});

describe("a speaker's presence in the article", () => {
  it("is Yes for the article's speakers, asked either way round", () => {
    expect(
      lastVerdict(
        ["кто выиграет чемпионат мира по футболу", "ок. а статья про израиль?", "а путин там есть?"],
        "ru",
      ),
    ).toBe("yes");
    expect(lastVerdict(["а песков там тоже есть?"], "ru")).toBe("yes");
    expect(lastVerdict(["в статье есть эрдоган?"], "ru")).toBe("yes");
    expect(lastVerdict(["is putin in it?"])).toBe("yes");
  });
  it("says nothing of a name the article never gives or of a negated question", () => {
    const speakers = new SpeakerNames(realKb);
    expect(presenceVerdict("а лавров там есть?", "ru", speakers)).toBeNull();
    expect(presenceVerdict("а путина там нет?", "ru", speakers)).toBeNull();
    expect(presenceVerdict("is putin in charge of it?", "en", speakers)).toBeNull();
  });
  it("reads long input in linear time", () => {
    const speakers = new SpeakerNames(realKb);
    expectLinearOnLongInput((t) => presenceVerdict(t, "ru", speakers), ["а путин ", "там тоже ", "есть "]);
    expectLinearOnLongInput((t) => presenceVerdict(t, "en", speakers), ["is putin ", "in it ", "too "]);
  });
});

describe("a thing the article says in near words", () => {
  const paragraphs = realKb.article.paragraphs;
  it("is Yes when its content words stand close in one sentence, with no negation among them", () => {
    expect(articlePhraseVerdict("does it say middle east policies failed?", paragraphs)).toBe("yes");
    expect(
      lastVerdict(["tl;dr what does the article conclude", "does it say middle east policies failed?"]),
    ).toBe("yes");
  });
  it("leaves a spread, a negated, a wh- or a one-word thing alone", () => {
    expect(articlePhraseVerdict("does it say hamas has ties with russia?", paragraphs)).toBeNull();
    expect(articlePhraseVerdict("does it say russia's role is controversial?", paragraphs)).toBeNull();
    expect(articlePhraseVerdict("does it say the policies didn't fail?", paragraphs)).toBeNull();
    expect(articlePhraseVerdict("does it say who failed?", paragraphs)).toBeNull();
    expect(articlePhraseVerdict("does it say failed?", paragraphs)).toBeNull();
  });
  it("reads long input in linear time", () => {
    expectLinearOnLongInput((t) => articlePhraseVerdict(t, paragraphs), ["does it say ", "failed ", "a"]);
  });
});

describe("an involvement asked 'before'", () => {
  it("is the standing fact, the asker's time dropped; another act keeps its 'before'", () => {
    expect(withoutInvolvedBefore("has russia been involved in middle east peace efforts before?")).toBe(
      "has russia been involved in middle east peace efforts?",
    );
    expect(withoutInvolvedBefore("has putin mentioned russia's role before?")).toBe(
      "has putin mentioned russia's role before?",
    );
    expect(lastVerdict(["has russia been involved in middle east peace efforts before?"])).toBe("yes");
  });
  it("reads long input in linear time", () => {
    expectLinearOnLongInput(withoutInvolvedBefore, ["has russia been involved in ", "a ", "before "]);
  });
});

describe("a Russian voice's stance on its own wish", () => {
  it("is No against it and Yes for it", () => {
    expect(lastVerdict(["is russia against restarting negotiations?"])).toBe("no");
    expect(lastVerdict(["does russia want talks restarted?"])).toBe("yes");
    expect(lastVerdict(["is the kremlin against a settlement?"])).toBe("no");
  });
  it("leaves a thing the wish does not hold alone", () => {
    expect(lastVerdict(["does putin support hamas?"])).not.toBe("yes");
    expect(lastVerdict(["does peskov want war?"])).not.toBe("yes");
    expect(lastVerdict(["what does the foreign ministry want", "did they want Israel punished?"])).not.toBe(
      "yes",
    );
  });
});

describe("Russian negative frames and leads", () => {
  it("«разве» after the subject asks for agreement with the fact", () => {
    expect(lastVerdict(["а россия разве не в квартете?"], "ru")).toBe("yes");
    expect(lastVerdict(["а китай разве не в квартете?"], "ru")).toBe("no");
    expect(
      lastVerdict(["Путин упоминает роль России в мирном процессе?", "а россия разве не в квартете?"], "ru"),
    ).toBe("yes");
  });
  it("a verb-less membership follow-up stands alone with its verb", () => {
    expect(memberAskedOf("а россия разве не в квартете?")).toBe("россия разве не входит в квартет?");
    expect(memberAskedOf("а ес тоже в квартете?")).toBe("ес тоже входит в квартет?");
    expect(memberAskedOf("а кто в квартете?")).toBeNull();
    expectLinearOnLongInput((t) => memberAskedOf(t), ["а россия ", "разве не ", "в квартете"]);
  });
  it("«правда что» without a mark, «в происходящем»", () => {
    expect(lastVerdict(["правда что путин винит в эскалации америку"], "ru")).toBe("yes");
    expect(lastVerdict(["Путин обвиняет США в происходящем?"], "ru")).toBe("yes");
    expect(lastVerdict(["путин винит израиль в происходящем?"], "ru")).toBe("not-said");
  });
});

describe("an object topic put first", () => {
  it("is read as the one question it is", () => {
    expect(dislocatedTopicOf("and russia's role - does he talk about that at all")).toBe(
      "does he talk about russia's role at all?",
    );
    expect(dislocatedTopicOf("russia's role does he talk about that")).toBeNull();
    expect(dislocatedTopicOf("direct israeli-palestinian dialogue, is that part of it as well?")).toBeNull();
    expect(
      lastVerdict([
        "Does Putin think the US peace policy in the Middle East worked?",
        "whats his main complaint",
        "and russia's role - does he talk about that at all",
      ]),
    ).toBe("no");
  });
  it("reads long input in linear time", () => {
    expectLinearOnLongInput(
      (t) => dislocatedTopicOf(t),
      ["and russia's role - ", "does he ", "talk about that "],
    );
  });
});

describe("staying out against the Kremlin's role", () => {
  it("is No", () => {
    expect(lastVerdict(["is the kremlin saying it will keep its distance from the conflict?"])).toBe("no");
    expect(lastVerdict(["is russia staying out of it?"])).toBe("no");
  });
});
