// dialog18: a claim put as a quiz or doubted back in slang (true-or-false.ts); a membership check on a list the
// article gives in full (list-member.ts). Our own phrasings (not the probe set's), written from the article.
import { describe, expect, it } from "vitest";
import { withQuizRead } from "../../src/dialogue/true-or-false.js";
import { lastAnswer, lastReply, lastVerdict } from "../helpers/dialogue.js";

describe("a claim put as a quiz (true-or-false.ts)", () => {
  it("reads the quiz lead as 'is that true?' and leaves other messages alone", () => {
    expect(withQuizRead("True or false: Peskov spoke for the Kremlin")).toBe(
      "Peskov spoke for the Kremlin. Is that true?",
    );
    expect(withQuizRead("quiz - true or false: Russia sits in the Quartet")).toBe(
      "Russia sits in the Quartet. Is that true?",
    );
    expect(withQuizRead("верно или нет: Песков говорил от имени Кремля")).toBe(
      "Песков говорил от имени Кремля. Это правда?",
    );
    expect(withQuizRead("is it true or false?")).toBe("is it true or false?");
    expect(withQuizRead("what did Putin say?")).toBe("what did Putin say?");
  });

  it("takes the verdict from the article, not from the quiz wording", () => {
    expect(lastVerdict(["true or false: the European Union is one of the Quartet's members"])).toBe("yes");
    expect(lastVerdict(["true or false: Putin visited Erdogan in Turkey for talks"])).not.toBe("yes");
    expect(lastVerdict(["for real? he actually said Washington monopolized the peace efforts?"])).toBe("yes");
  });
});

describe("a membership check on a full list (list-member.ts)", () => {
  it("is No for a party the list does not name, never the entry's curated Yes", () => {
    expect(lastVerdict(["who makes up the Quartet?", "was Japan a member too?"])).toBe("no");
    expect(lastVerdict(["из кого состоит квартет?", "а Франция в нём состояла?"], "ru")).toBe("no");
  });

  it("reads 'X там есть?' without a leading 'а' as the list pointed at", () => {
    expect(lastVerdict(["кто входит в квартет?", "Турция там была?"], "ru")).toBe("no");
  });

  it("is No for 'only X' where the list names more", () => {
    expect(lastVerdict(["is the Quartet only Russia and the EU?"])).toBe("no");
  });

  it("keeps the Yes for a listed party", () => {
    expect(lastVerdict(["who makes up the Quartet?", "was the UN part of it?"])).not.toBe("no");
  });
});

describe("short follow-ups read against the last answer (words-en.ts, words-ru.ts)", () => {
  it("'y tho' asks why, 'meaning?' asks for more, 'за что конкретно?' asks why", () => {
    const why = lastAnswer(["whom does putin blame?", "y tho"]);
    expect(why.followUp).toBe("why");
    expect(why.answer.answered).toBe(true);
    // dialog23: more on a voice's words is the paragraph they stand in (more-next.ts), no longer the long summary.
    const more = lastReply(["what did peskov say?", "meaning?"]);
    expect(more.kind).toBe("more");
    const ru = lastAnswer(["кого винит Путин?", "за что конкретно?"], "ru");
    expect(ru.followUp).toBe("why");
    expect(ru.answer.answered).toBe(true);
  });
});
