// dialog29: bare follow-ups ("who said?", "what got discussed?", "с кем именно?"), a reader's introduction of
// themself, "can you explain … who…" as no yes/no, "does the article say whether…", figures asked of a voice,
// fears of the crisis spreading, a topic put first ("and the UN, is it mentioned?"), a who-question with its
// answer offered ("who's suffering, civilians?"), "а Россия сама в нём участвует?", a second voice confirming the
// first's point. Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { bareFollowUpOf } from "../../src/dialogue/bare-follow-up.js";
import { dislocatedTopicOf } from "../../src/dialogue/dislocated-topic.js";
import { offeredAnswerOf } from "../../src/dialogue/offered-answer.js";
import { withoutSelfIntro } from "../../src/dialogue/self-intro.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";

const verdictOf = lastVerdict;
const entryOf = lastEntry;

describe("bare follow-ups", () => {
  it("reads a passive 'what was discussed', a bare 'who said' and 'с кем именно' only after an answer", () => {
    const after = () => true;
    expect(bareFollowUpOf("so what got discussed", "en", after)).toBe("what did they discuss?");
    expect(bareFollowUpOf("who says", "en", after)).toBe("who said that?");
    expect(bareFollowUpOf("а кто так думает", "ru", after)).toBe("кто это сказал?");
    expect(bareFollowUpOf("с кем именно", "ru", after)).toBe("с кем?");
    expect(bareFollowUpOf("who says", "en", () => false)).toBeNull();
  });

  it("answers them on the last answer", () => {
    expect(lastAnswer(["when was the phone call?", "and what was talked about?"]).answer.answer).toMatch(
      /ceasefire/,
    );
    expect(lastAnswer(["truce?", "who says?", "with whom exactly?"]).answer.answer).toMatch(/Erdogan/);
  });
});

describe("a reader introducing themself", () => {
  it("drops the introduction, keeps the question", () => {
    expect(withoutSelfIntro("hey, i'm writing an essay for history class: who does putin blame?")).toBe(
      "who does putin blame?",
    );
    expect(withoutSelfIntro("I am a politics student. What is the Quartet?")).toBe("What is the Quartet?");
    expect(withoutSelfIntro("я готовлю реферат по истории, кого винит Путин?")).toBe("кого винит Путин?");
    expect(withoutSelfIntro("I am sure Putin called Erdogan")).toBe("I am sure Putin called Erdogan");
  });

  it("answers the question after it, with no yes/no line on a request", () => {
    const a = lastAnswer([
      "hi i'm making a report for school, could you tell me in plain words who putin faults",
    ]);
    expect(a.answer.entry?.id).toBe("putin-blames-us");
    expect(a.verdict).toBeNull();
  });

  it("reads a misspelt Russian retell verb as the summary", () => {
    expect(lastAnswer(["перескжи коротко"], "ru").answer.kind).toBe("summary");
  });
});

describe("verdicts", () => {
  it("'does the article say whether X' asks whether X: doesn't say for a plan it never gives", () => {
    expect(verdictOf(["Does the story say whether Moscow and Cairo have a common peace plan?"])).toBe(
      "not-said",
    );
  });

  it("figures asked of a voice are doesn't say where his words hold none", () => {
    expect(
      verdictOf(["what is putin's reaction to the civilian deaths?", "does putin cite any figures?"]),
    ).toBe("not-said");
    expect(verdictOf(["что Путин говорит о жертвах?", "а он какие-нибудь цифры приводит?"], "ru")).toBe(
      "not-said",
    );
  });

  it("a fear of the crisis spreading is Yes, unless its holder or a destination is named", () => {
    expect(verdictOf(["are folks scared the war might spread further than gaza and israel?"])).toBe("yes");
    expect(verdictOf(["есть ли страх, что кризис перекинется на весь регион?"], "ru")).toBe("yes");
    expect(verdictOf(["is erdogan afraid it will spread beyond gaza?"])).not.toBe("yes");
    expect(verdictOf(["are people worried it could spread to jordan?"])).not.toBe("yes");
  });

  it("a topic put first and taken up by a pronoun", () => {
    expect(dislocatedTopicOf("and the united nations, is it mentioned?")).toBe(
      "is the united nations mentioned?",
    );
    expect(dislocatedTopicOf("the us failed in the region, did it not?")).toBeNull();
    expect(
      verdictOf(["what is the quartet for?", "ok and the european union then, is it mentioned at all?"]),
    ).toBe("yes");
  });

  it("a who-question with its answer offered is that yes/no", () => {
    expect(offeredAnswerOf("who's suffering, civilians?")).toBe("are civilians suffering?");
    expect(offeredAnswerOf("who did putin phone, erdogan?")).toBe("did putin phone erdogan?");
    expect(offeredAnswerOf("who was in it — only the US?")).toBeNull();
    expect(verdictOf(["so who is being killed, civilians?"])).toBe("yes");
  });

  it("'а Россия сама в нём участвует?' after Putin's silence on Russia's role is Да", () => {
    expect(
      verdictOf(
        ["говорит ли Путин о роли России в мирном процессе?", "а Россия сама в нём участвует?"],
        "ru",
      ),
    ).toBe("yes");
  });

  it("'anything about the casualties' without 'in the article' is Yes: the article reports them", () => {
    expect(verdictOf(["про жертвы хоть что-то пишут?"], "ru")).toBe("yes");
  });

  it("a second voice confirming the first one's point is doesn't say", () => {
    expect(verdictOf(["who does putin blame?", "did peskov back that?"])).toBe("not-said");
    expect(verdictOf(["что заявил Песков?", "а Путин это подтвердил?"], "ru")).toBe("not-said");
  });

  it("'it' after a question on the members alone is not 'members'", () => {
    expect(
      entryOf([
        "who is in the quartet?",
        "is egypt one of the members?",
        "did putin talk about russia's part in it?",
      ]),
    ).toBe("putin-silent-on-russia-role");
  });
});
