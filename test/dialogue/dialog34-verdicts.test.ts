// Verdict kinds of dialog34 (session 34): the two warring sides named one by one, a fronted Russian object, what the
// call's two parties discussed, the asker's «хотя бы», "back to it", a count asked of the article ("it"), «на это».
import { describe, expect, it } from "vitest";
import { createCallTopic } from "../../src/dialogue/call-topic.js";
import { withObjectLast } from "../../src/dialogue/russian-verdict.js";
import { asksArticle } from "../../src/dialogue/verdict-read.js";
import { asBothWarringSides } from "../../src/dialogue/warring-pair.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realKb, realParties } from "../helpers/engine.js";
import { expectFast } from "../helpers/long-input.js";

describe("the two warring sides named one by one", () => {
  it("is the article's 'both warring sides'", () => {
    expect(lastVerdict(["kremlin open to talking to hamas and israel?"])).toBe("yes");
    expect(lastVerdict(["is moscow keeping lines open with both the israelis and hamas?"])).toBe("yes");
    expect(asBothWarringSides("the Kremlin talks to hamas and israel")).toBe(
      "the Kremlin talks to both warring sides",
    );
    expect(asBothWarringSides("Russia is in touch with israel and with the palestinians")).toBe(
      "Russia is in touch with both warring sides",
    );
  });
  it("leaves a pair after 'between' and a lone side alone", () => {
    expect(asBothWarringSides("Russia wants talks between israel and the palestinians")).toBeNull();
    expect(asBothWarringSides("the Kremlin talks to hamas")).toBeNull();
    expect(lastVerdict(["kremlin open to talking to china?"])).not.toBe("yes");
  });
  it("reads long input in linear time", () => {
    expectFast(() => {
      for (const unit of ["israel and ", "hamas and israel ", "with ", "between israel and "])
        asBothWarringSides(unit.repeat(Math.ceil(20_000 / unit.length)));
    }, 500);
  });
});

describe("a Russian object fronted by its preposition", () => {
  it("is read as the object, not the doer", () => {
    expect(
      lastVerdict(
        ["как россия показывает себя посредником", "а с хамасом у россии контакты вообще есть?"],
        "ru",
      ),
    ).toBe("yes");
    expect(withObjectLast("с хамасом у неё связи есть")).toBe("у неё связи есть с хамасом");
    expect(withObjectLast("у россии есть связи")).toBe("есть связи у россии");
    expect(withObjectLast("россия дружит с хамасом")).toBeNull();
  });
  it("reads long input in linear time", () => {
    expectFast(() => {
      for (const unit of ["с ", "с хамасом ", "у"])
        withObjectLast(unit.repeat(Math.ceil(20_000 / unit.length)));
    }, 500);
  });
});

describe("what the call's two parties discussed", () => {
  it("is Yes on the conflict's matter after the call, 'doesn't say' on another matter", () => {
    expect(lastVerdict(["who did putin call", "did they discuss a ceasefire?"])).toBe("yes");
    expect(lastVerdict(["putin called netanyahu right?", "did they discuss a ceasefire at least?"])).toBe(
      "yes",
    );
    expect(lastVerdict(["who did putin call", "did they discuss ukraine?"])).toBe("not-said");
    expect(lastVerdict(["с кем путин говорил по телефону?", "они обсуждали перемирие?"], "ru")).toBe("yes");
    expect(lastVerdict(["эрдоган и путин обсуждали газу?"], "ru")).toBe("yes");
    // The comitative pair («путин с эрдоганом») is the call's two parties as «путин и эрдоган» is (quality41).
    expect(lastVerdict(["путин с эрдоганом обсуждали возобновление переговоров?"], "ru")).toBe("yes");
    expect(lastVerdict(["эрдоган с путиным говорили о перемирии?"], "ru")).toBe("yes");
    expect(lastVerdict(["с кем путин говорил по телефону?", "путин с эрдоганом обсуждали США?"], "ru")).toBe(
      "not-said",
    );
  });
  it("reads long input in linear time", () => {
    const topic = createCallTopic(realKb, realParties);
    expectFast(() => {
      for (const unit of ["did they discuss ", "они обсуждали ", "they ", "и путин "]) {
        const run = unit.repeat(Math.ceil(20_000 / unit.length));
        topic(run, "en", "putin-erdogan-call");
        topic(run, "ru", "putin-erdogan-call");
      }
    }, 500);
  });
});

describe("the asker's words that are no part of the matter", () => {
  it("«хотя бы» leaves the entry's own question", () => {
    expect(lastVerdict(["сколько погибших в газе", "ну а путин хотя бы переживает за мирных?"], "ru")).toBe(
      "yes",
    );
  });
  it("'ok back to it,' is a return to the article", () => {
    expect(
      lastVerdict([
        "cool. who won the champions league last year?",
        "ok back to it, did putin talk to netanyahu?",
      ]),
    ).toBe("not-said");
  });
  it("«на это» points back as «с этим» does", () => {
    expect(lastVerdict(["путин за немедленное прекращение огня?", "а израиль на это согласен?"], "ru")).toBe(
      "not-said",
    );
  });
});

describe("a count asked of the article as 'it'", () => {
  it("is No where the article gives none; a name left out stays 'doesn't say'", () => {
    expect(
      lastVerdict([
        "What is Putin's position on the civilian deaths?",
        "does it say how many ppl died so far",
      ]),
    ).toBe("no");
    expect(lastVerdict(["does it say which regional players?"])).toBe("not-said");
    expect(asksArticle("does it give any casualty numbers?")).toBe(true);
    expect(asksArticle("does it say when the war will end?")).toBe(false);
  });
  it("reads long input in linear time", () => {
    expectFast(() => {
      for (const unit of ["does it say ", "how many ", "it "])
        asksArticle(unit.repeat(Math.ceil(20_000 / unit.length)));
    }, 500);
  });
});
