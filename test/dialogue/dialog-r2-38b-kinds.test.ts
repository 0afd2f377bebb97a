// dialog-r2-38b (session 38): follow-ups read in context — a role put back as a bare fragment after an answer that
// pinned a person ("turkey's president right?", "the president of turkey?", «это турецкий президент?»), "it" for
// the last question's thing keeping its country owner ("america's middle east policy"), and a fragment confirming
// a detail of the last answer in other words, by the engine's synonym tables ("a truce right away?").
import { beforeAll, describe, expect, it } from "vitest";
import { ownedTopic } from "../../src/dialogue/owned-topic.js";
import { roleFragmentQuestion } from "../../src/dialogue/role-fragment.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

beforeAll(() => {
  lastAnswer(["who did putin call"]);
}, 120_000);

describe("a bare role after an answer that pinned a person", () => {
  const isRole = (role: string) => /president|spokes|secretary|leader|head of state/.test(role);
  it("puts the role back as the question identity.ts reads", () => {
    expect(roleFragmentQuestion("turkey's president right", isRole)).toBe("is he turkey's president");
    expect(roleFragmentQuestion("the president of turkey", isRole)).toBe("is he the president of turkey");
    expect(roleFragmentQuestion("so he's the kremlin's press secretary basically", isRole)).toBe(
      "is he kremlin's press secretary",
    );
    expect(roleFragmentQuestion("erdogan is the turkish president right", isRole)).toBeNull();
    expect(roleFragmentQuestion("a truce right away", isRole)).toBeNull();
  });
  it("answers Yes where the role is the person's in the article's words", () => {
    expect(lastVerdict(["who did putin speak to by phone", "the president of turkey?"])).toBe("yes");
    expect(lastVerdict(["did putin call netanyahu", "who was it then", "the turkish head of state?"])).toBe(
      "yes",
    );
    expect(lastVerdict(["who is dmitry peskov", "so he's the kremlin's press secretary basically?"])).toBe(
      "yes",
    );
    expect(lastVerdict(["с кем путин говорил по телефону", "это турецкий президент?"], "ru")).toBe("yes");
    // Another country's office asked of the person: not a Yes.
    expect(lastVerdict(["who did putin speak to by phone", "the israeli prime minister?"])).not.toBe("yes");
  }, 60_000);
  it("stays fast on long input", () => {
    expectLinearOnLongInput(
      (t) => roleFragmentQuestion(t, isRole),
      ["so ", "the president ", "right ", "a".repeat(50), "he's the "],
    );
  });
});

describe("'it' for the last question's thing keeps its country owner", () => {
  it("puts the owner back", () => {
    expect(ownedTopic("what does putin think of america's middle east policy", "middle east policy")).toBe(
      "america's middle east policy",
    );
    expect(ownedTopic("what is putin's view of the quartet", "the quartet")).toBe("the quartet");
    expect(ownedTopic("what is putin's position", "position")).toBe("position");
  });
  it("reads the owner's policy, not any policy", () => {
    expect(
      lastVerdict([
        "what does putin think of america's middle east policy",
        "does he say it ignored what the palestinians want?",
      ]),
    ).toBe("yes");
  }, 60_000);
  it("stays fast on long input", () => {
    expectLinearOnLongInput((t) => ownedTopic(t, "policy"), ["america's ", "s' ", "a".repeat(50), " policy"]);
  });
});

describe("a fragment confirming a detail of the last answer in other words", () => {
  it("answers Yes where the last answer holds every concept", () => {
    expect(lastVerdict(["what did putin push for on the phone with erdogan", "a truce right away?"])).toBe(
      "yes",
    );
    expect(
      lastVerdict([
        "what is the russian foreign ministry calling for",
        "direct dialogue between who, israel and palestinians?",
      ]),
    ).toBe("yes");
  }, 60_000);
  it("reads a reason guessed for the last answer's point the same way", () => {
    expect(
      lastVerdict([
        "why does russia get along with israel",
        "is it because many ex-russians live in israel?",
      ]),
    ).toBe("yes");
    expect(
      lastVerdict(["why does russia get along with israel", "is it because russia sells them weapons?"]),
    ).not.toBe("yes");
  }, 60_000);
  it("leaves switches, a bare party and a detail the answer lacks to the usual path", () => {
    expect(lastVerdict(["does russia talk to both sides", "and hamas?"])).not.toBe("no");
    // A clause with its own subject and verb is no detail ("failed" is in the blame, the Palestinians are not).
    expect(
      lastVerdict(["what does putin blame the us for", "so he thinks the palestinians failed?"]),
    ).not.toBe("yes");
    expect(lastVerdict(["what did putin push for on the phone with erdogan", "a truce next year?"])).not.toBe(
      "yes",
    );
    expect(lastVerdict(["what did putin push for on the phone with erdogan", "not a truce?"])).not.toBe(
      "yes",
    );
  }, 60_000);
  it("stays fast on long input", () => {
    expectLinearOnLongInput(
      (t) => t.replace(/(?<!\p{L})(?:who|whom|what|which|кто|кого|кем|кому|что|какие|какой),(?= )/gu, " "),
      ["who, ", "whom,", "w".repeat(50), "кто, "],
    );
    expectLinearOnLongInput(
      (t) => /^(?:\p{L}{3,}ed|\p{L}{3,}(?:лся|лась|лось|лись|ла|ли|ло))$/u.test(t),
      ["a", "edx", "лисх", "e"],
    );
  });
});
