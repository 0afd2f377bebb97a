// dialog-r2-35b (session 35): follow-ups read in context, issue 11 — a wrong-doing asked "about that" / «в этом»
// after the last topic, a Russian swap of the last question's object by its preposition, the Quartet "made up"
// («придумали», "dreamed up"), «а вместе с кем?» after a membership.
import { describe, expect, it } from "vitest";
import { groupMadeUpOf } from "../../src/dialogue/group-it.js";
import { groupItRuOf } from "../../src/dialogue/group-it-ru.js";
import { objectSwapRuOf } from "../../src/dialogue/object-swap-ru.js";
import { othersInGroupOf } from "../../src/dialogue/others-in-group.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { wrongThereOf } from "../../src/dialogue/wrong-there.js";
import { lastAnswer, lastEntry } from "../helpers/dialogue.js";
import { expectFast } from "../helpers/long-input.js";

const withTopic = (topic: string) => ({ topic }) as DialogueContext;
const withQuestion = (question: string) => ({ question, topic: "x" }) as DialogueContext;
const onEntry = (entryId: string) => ({ entryId, question: "x", topic: "x" }) as DialogueContext;

describe("a wrong-doing asked 'about that'", () => {
  it("reads the pointer as the last topic, in English and Russian", () => {
    expect(
      wrongThereOf("what is the us getting wrong about that in his opinion", withTopic("palestinian state")),
    ).toBe("what is the us getting wrong on the palestinian state in his opinion");
    expect(
      wrongThereOf("what mistake does he say america made about that", withTopic("palestinian state")),
    ).toBe("what mistake does he say america made on the palestinian state");
    expect(wrongThereOf("а что сша делают не так в этом?", withTopic("палестинское государство"), "ru")).toBe(
      "а что сша делают не так в вопросе палестинское государство",
    );
  });
  it("answers with the policy that overlooked the Palestinians", () => {
    expect(
      lastEntry([
        "does putin want a palestinian state",
        "so where does washington go wrong on that, according to him?",
      ]),
    ).toBe("us-ignores-palestinian-interests");
  });
  it("answers with it in Russian too", () => {
    expect(
      lastEntry(
        ["путин за палестинское государство?", "а в чём америка тут ошибается, по его словам?"],
        "ru",
      ),
    ).toBe("us-ignores-palestinian-interests");
  });
  it("leaves a place, and a message with no wrong-doing", () => {
    expect(wrongThereOf("what did israel do wrong about that", withTopic("gaza"))).toBeNull();
    expect(wrongThereOf("what did he say about that", withTopic("palestinian state"))).toBeNull();
    expect(wrongThereOf("а что он сказал об этом?", withTopic("палестинское государство"), "ru")).toBeNull();
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      wrongThereOf(`${"get ".repeat(40)}wrong about`, withTopic("x"));
      wrongThereOf(`${"mistake made ".repeat(12)}`, withTopic("x"));
      wrongThereOf(`${"не так ".repeat(22)}`, withTopic("x"), "ru");
    }, 200);
  });
});

describe("a Russian swap of the object by its preposition", () => {
  it("asks the last question again of the new object", () => {
    expect(
      objectSwapRuOf("а за жителей газы?", withQuestion("путин переживает за мирных жителей израиля")),
    ).toBe("путин переживает за жителей газы?");
    const a = lastAnswer(
      ["путин волнуется за мирное население израиля?", "а за население сектора газа?"],
      "ru",
    );
    expect(a.verdict).toBe("yes");
  });
  it("leaves a question word, a clause, and a last question without that preposition", () => {
    expect(objectSwapRuOf("а за что?", withQuestion("путин переживает за мирных жителей"))).toBeNull();
    expect(objectSwapRuOf("а о чём он говорил?", withQuestion("путин говорил о переговорах"))).toBeNull();
    expect(objectSwapRuOf("а за жителей газы?", withQuestion("что сказал путин"))).toBeNull();
    expect(
      objectSwapRuOf("а за жителей газы?", withQuestion("what did putin say about civilians")),
    ).toBeNull();
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      objectSwapRuOf(`а за ${"ж ".repeat(28)}`, withQuestion("путин переживает за мирных жителей"));
    }, 200);
  });
});

describe("the Quartet made up", () => {
  it("«придумали» and 'dreamed up' are its creation", () => {
    expect(groupItRuOf("а зачем его придумали", onEntry("quartet-members"))).toBe(
      "зачем ближневосточный квартет создали",
    );
    expect(groupMadeUpOf("why was it dreamed up in the first place?", "quartet-members")).toBe(
      "why was the middle east quartet created in the first place?",
    );
    expect(lastEntry(["is moscow a member of the quartet", "why was it dreamed up?"])).toBe(
      "quartet-purpose",
    );
    expect(
      lastEntry(["что такое квартет по ближнему востоку?", "а ради чего его вообще придумали?"], "ru"),
    ).toBe("quartet-purpose");
  });
  it("only after a card on the group", () => {
    expect(groupMadeUpOf("why was it dreamed up?", "palestinian-state")).toBeNull();
    expect(groupMadeUpOf("why was it created?", "quartet-members")).toBeNull();
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      groupMadeUpOf(`why ${"dreamed ".repeat(10)}it`, "quartet-members");
    }, 200);
  });
});

describe("«а вместе с кем?» after a membership", () => {
  it("asks the group's members", () => {
    expect(othersInGroupOf("а вместе с кем?", "россия состоит в квартете?")).toBe("кто состоит в квартете?");
    expect(othersInGroupOf("с кем вместе", "россия входит в квартет?")).toBe("кто входит в квартет?");
  });
});

describe("what is no pointer at the last topic", () => {
  it("'failed in that last paragraph' is the paragraph's", () => {
    expect(
      wrongThereOf(
        "does the author name whose policies failed in that last paragraph?",
        withTopic("conclusion"),
      ),
    ).toBeNull();
    expect(
      wrongThereOf("what did they get wrong about that part of the deal", withTopic("state")),
    ).toBeNull();
  });
  it("«с кем вместе» after «в нём» is left to the pronoun readers", () => {
    expect(othersInGroupOf("с кем вместе", "а вообще россия участвует в нём?")).toBeNull();
  });
  it("«а за X» after a question whose «за» is not its end is left", () => {
    expect(objectSwapRuOf("а за палестинцев?", withQuestion("за что путин критикует сша"))).toBeNull();
    expect(objectSwapRuOf("а про палестинцев?", withQuestion("а путин про америку что говорит"))).toBeNull();
  });
});
