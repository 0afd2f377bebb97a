// quality30's kinds (wave AN), unit by unit and through the engine: a summary asked inside a request and at a size
// said loosely, how a party wants to be seen, the contact asked to have been in person, a Quartet body asked to be
// involved, a ministry asked by "which", No to a party that is none of the Quartet's members (both languages), a
// side urged to strike back, one side or the other asked of Russia, a speaker set aside late in a who-question, the
// size of a list dropped. Questions written for this test; the engine's figures are the probes' (probes-en61,
// probes-ru61 in test/eval/question-sets.test.ts).
import { describe, expect, it } from "vitest";
import { asBodyMentioned } from "../../src/answering/body-mentioned.js";
import { asCallOrOmission } from "../../src/answering/call-and-omission.js";
import { asEverydayParaphrase } from "../../src/answering/everyday-paraphrase.js";
import { asWhichMinistry } from "../../src/answering/ministry-keywords.js";
import { nonMemberAsked } from "../../src/answering/role-and-membership.js";
import { asRussianFightingOn } from "../../src/answering/russian/fighting-on.js";
import { asRussianFriendsWithAll } from "../../src/answering/russian/friends-with-all.js";
import { withoutListSize } from "../../src/answering/russian/list-size.js";
import { russianNonMemberAsked } from "../../src/answering/russian/membership.js";
import { asSelfImage } from "../../src/answering/self-image.js";
import {
  withoutRussianSpeakerSetAside,
  withoutSpeakerSetAside,
} from "../../src/answering/speaker-exclusion.js";
import { summarySizeAsked } from "../../src/answering/summary-size.js";
import { answerChecks } from "../helpers/answering.js";

const en = answerChecks("en");
const ru = answerChecks("ru");

describe("a summary asked inside a request, at a size said loosely", () => {
  it("reads the size after a chat word, and a number of words", () => {
    expect(summarySizeAsked("sum it up in like three sentences")?.size).toBe("short");
    expect(summarySizeAsked("the story in about 20 words")?.size).toBe("line");
    expect(summarySizeAsked("the story in roughly 60 words")?.size).toBe("short");
    expect(summarySizeAsked("who did putin call in 2023")).toBeNull();
  });
  it.each([
    "could u tell me what the article is about",
    "please explain what this text is about",
    "can you say what the piece is about in maybe 2 lines",
  ])("%s → the summary", (q) => expect(en.ask(q).kind).toBe("summary"));
});

describe("how a party wants to be seen", () => {
  it.each([
    "how does the kremlin want others to view it",
    "how would russia like to be seen",
    "how does moscow hope people will perceive it",
  ])("%s", (q) => expect(asSelfImage(q)).toMatch(/present itself/));
  it("leaves what a party sees as typed", () => {
    const q = "how does russia see the us";
    expect(asSelfImage(q)).toBe(q);
  });
});

describe("the contact asked to have been in person is the call", () => {
  it.each([
    "was the conversation with erdogan in person?",
    "were the two leaders together in the same room",
    "ok so was it a face-to-face meeting, or a phone call",
  ])("%s", (q) => expect(asCallOrOmission(q)).toBe("who did putin call"));
  it("leaves other questions of the call as typed", () => {
    for (const q of ["was it a long call", "was erdogan in ankara"]) expect(asCallOrOmission(q)).toBe(q);
  });
});

describe("the peace effort handled alone is its monopolising", () => {
  it("reads the everyday words, in the engine only", () => {
    expect(asEverydayParaphrase("did the americans want to run the peace process by themselves")).toBe(
      "did the americans want to monopolizing the peace efforts",
    );
    const q = "the sides should sort it out on their own";
    expect(asEverydayParaphrase(q)).toBe(q);
  });
  it.each([
    "putin said the us tried to lead the talks alone",
    "did washington handle the peace process solo",
  ])("%s → the monopolising", (q) => expect(en.ask(q).entry?.id).toBe("us-monopolizing-peace"));
});

describe("a Quartet body asked to be involved", () => {
  it.each(["is the european union involved at all", "does the UN play any role in this"])("%s", (q) =>
    expect(asBodyMentioned(q)).toMatch(/in the quartet$/),
  );
  it("leaves what a body said as typed", () => {
    const q = "what did the eu say about its role";
    expect(asBodyMentioned(q)).toBe(q);
  });
});

describe("a ministry asked by which", () => {
  it("asks what ministry says it", () => {
    expect(asWhichMinistry("which ministry stresses the regional players")).toBe(
      "what ministry stresses the regional players",
    );
    expect(asWhichMinistry("so which russian department wants direct dialogue")).toBe(
      "so what russian department wants direct dialogue",
    );
    expect(asWhichMinistry("which regional players are meant")).toBe("which regional players are meant");
  });
  it("answers with the Foreign Ministry", () => {
    expect(en.ask("what ministry in moscow wants regional players to coordinate").answer).toMatch(
      /Foreign Ministry/,
    );
  });
});

describe("No to a party that is none of the Quartet's members", () => {
  it("judges the party asked", () => {
    expect(nonMemberAsked("is japan part of the quartet")).toBe(true);
    expect(nonMemberAsked("does the quartet include saudi arabia?")).toBe(true);
    expect(nonMemberAsked("is the us in the quartet")).toBe(false);
    expect(nonMemberAsked("is it part of the quartet")).toBe(false);
    expect(nonMemberAsked("who is in the quartet")).toBe(false);
    expect(russianNonMemberAsked("япония входит в квартет?")).toBe(true);
    expect(russianNonMemberAsked("входит ли евросоюз в квартет")).toBe(false);
  });
  it("opens the members' answer with No, in the answer's language", () => {
    expect(en.ask("is japan part of the quartet?").answer).toMatch(/^No\. /);
    expect(en.ask("is russia part of the quartet?").answer).not.toMatch(/^No\. /);
    expect(ru.ask("япония входит в квартет?").answer).toMatch(/^Нет\. /);
  });
});

describe("Russian: a side urged to strike back, one side or the other, a late set-aside, a list's size", () => {
  it("a side urged to strike back is the ceasefire call, without its Да", () => {
    expect(asRussianFightingOn("путин призывает хамас к ответному удару?")).toBe(
      "призывает ли путин к прекращению огня",
    );
    expect(asRussianFightingOn("кремль хочет чтобы израиль ответил ударом")).toBe(
      "призывает ли путин к прекращению огня",
    );
    expect(ru.ask("путин призывает израиль к возмездию?").answer).not.toMatch(/^Да/);
  });
  it("one side or the other is both", () => {
    expect(asRussianFriendsWithAll("москва на стороне израиля или палестинцев?")).toBe(
      "россия дружит и с израилем, и с палестинцами?",
    );
    const q = "у россии связи с хамасом?";
    expect(asRussianFriendsWithAll(q)).toBe(q);
  });
  it("a speaker set aside late in a who-question", () => {
    expect(withoutRussianSpeakerSetAside("кто ещё высказывался помимо путина")).toBe("кто ещё высказывался");
    expect(withoutRussianSpeakerSetAside("кто кроме президента говорил")).toBe("кто ещё говорил");
    expect(withoutSpeakerSetAside("who commented apart from putin")).toBe("who else commented");
  });
  it("the size of a list expected is dropped, a figure asked is not", () => {
    expect(withoutListSize("какие 3 меры предлагает мид")).toBe("какие меры предлагает мид");
    expect(withoutListSize("назови две главные вещи")).toBe("назови главные вещи");
    const q = "сколько 2 плюс 2";
    expect(withoutListSize(q)).toBe(q);
  });
});
