// Wave X's single-question kinds (quality47), through the readers and the engine, in English and Russian: a story
// thing introduced any way before "who's in it?", the Quartet's name mistyped in a membership question, a request
// closing a sceptic's story, a remark on the answer's manner, Russian summaries in diminutives and page sizes,
// "правда, что" before a talk with an unnamed leader, "назвал … -ым", a Russian cleft, contact "только с" one
// side, "кто прав и <question>". Questions written for this test; off-story neighbours stay refused.
import { describe, expect, it } from "vitest";
import { withoutAnswerManner } from "../../src/answering/answer-manner.js";
import { asRussianCleftDoer } from "../../src/answering/cleft-doer.js";
import { asRoleOrMembership } from "../../src/answering/role-and-membership.js";
import { asRussianCalledAs } from "../../src/answering/russian/called-as.js";
import { withoutWhoIsRight } from "../../src/answering/russian/who-is-right.js";
import { withStoryReferent } from "../../src/answering/story-referent.js";
import { realEngine as engine } from "../helpers/engine.js";

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : null;
};
const quartet = (w: string) => (/quartet/i.test(w) ? "=quartet" : null);

describe("a story thing introduced any way, then 'it'", () => {
  it("reads 'something called', 'known as', 'so-called' and a capitalised name", () => {
    const tale = (intro: string) => `${intro} and I had no idea. The text brings it up. Who is in it?`;
    for (const intro of [
      "My cousin kept on about something called the Quartet",
      "Our lecturer talked about a body known as the Quartet",
      "A radio host mentioned the so-called Quartet",
      "The Quartet came up in a quiz",
    ])
      expect(withStoryReferent(tale(intro), "Who is in it?", quartet), intro).toBe("Who is in the Quartet?");
  });
  it("answers a long story closed by a three-word question with the members", () => {
    const q =
      "So at work today a colleague who follows foreign news went on and on about something called the Quartet, and I just smiled. The piece names it as well. Who's in it?";
    expect(read(q)).toBe("quartet-members");
  });
  it("leaves a story naming nothing of the article alone", () => {
    expect(
      withStoryReferent(
        "A friend keeps mentioning something called the Bundesliga. Who is in it?",
        "Who is in it?",
        quartet,
      ),
    ).toBeNull();
  });
});

describe("the Quartet's name mistyped in a membership question", () => {
  it("reads the group and asks its members", () => {
    for (const q of [
      "is spain in the qaurtet?",
      "is japan part of the quartett",
      "does the qartet include india?",
    ])
      expect(asRoleOrMembership(q), q).toBe("who is in the quartet");
    expect(asRoleOrMembership("is spain in the quarter?")).toBe("is spain in the quarter?");
  });
});

describe("a request closing a sceptic's story", () => {
  it("is the question, not the rhetorical one before it", () => {
    const q =
      "Frankly I think Moscow plays every side for its own gain. They talk to Hamas and then call themselves peacemakers? Explain how the text says Russia wants to be seen as impartial.";
    expect(read(q)).toBe("russia-impartial-mediator");
  });
});

describe("a remark on the answer's manner", () => {
  it("is taken off after a question", () => {
    expect(withoutAnswerManner("Does Russia take sides? No spin, only the facts.")).toBe(
      "Does Russia take sides?",
    );
    expect(withoutAnswerManner("Who is to blame? Don't feed me propaganda.")).toBe("Who is to blame?");
    expect(withoutAnswerManner("Is the article propaganda?")).toBe("Is the article propaganda?");
    expect(withoutAnswerManner("Who is to blame? Propaganda says Iran.")).toBe(
      "Who is to blame? Propaganda says Iran.",
    );
  });
});

describe("Russian summaries in new words", () => {
  it("answers with the summary", () => {
    for (const q of [
      "Накидай шпаргалку по этой статье",
      "Нужна выжимочка из текста на страничку",
      "Разжуй мне статью",
    ])
      expect(read(q), q).toBe("summary");
    expect(read("Разжуй мне правила шахмат")).toBeNull();
  });
});

describe("Russian yes/no and judgement shapes", () => {
  it("reads 'правда, что' before a talk with a leader the article never names as the call", () => {
    expect(read("Правда, что Путин созванивался с Трюдо?")).toBe("putin-erdogan-call");
    expect(read("правда что эрдоган критикует нато")).toBeNull();
  });
  it("reads 'назвал … -ым' as what the voice holds", () => {
    expect(asRussianCalledAs("Что Путин назвал очень важным?")).toBe("Что Путин считает важным?");
    expect(asRussianCalledAs("Кого назвал Путин?")).toBe("Кого назвал Путин?");
    expect(read("Что Путин назвал срочно необходимым?")).toBe("ceasefire-call");
  });
  it("reads a cleft naming a voice as who did it", () => {
    expect(asRussianCleftDoer("Это МИД сказал, что Кремль готов помочь?")).toBe(
      "кто сказал, что Кремль готов помочь?",
    );
    expect(asRussianCleftDoer("Это правда?")).toBe("Это правда?");
  });
  it("reads contact 'только с' one side as whom the Kremlin talks to", () => {
    expect(read("Москва контактирует только с Израилем?")).toBe("kremlin-contact-both-sides");
  });
  it("drops 'кто прав и' before the question that settles the dispute", () => {
    expect(withoutWhoIsRight("Кто прав и что сказал Песков?")).toBe("что сказал Песков?");
    expect(withoutWhoIsRight("Кто прав?")).toBe("Кто прав?");
  });
});
