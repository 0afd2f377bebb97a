// dialog33b (session 33): follow-ups read in context — where the feared spread would go ("which countries
// exactly?"), a restriction after "where," or after an answer that gives no figure, "is X in the article at
// least?", a trailing "btw", "he" after a card with no speaker, "having both" after the ties with each side, "what
// does moscow want done about it" after the spread, and a refusal that names the country the article never mentions.
import { describe, expect, it } from "vitest";
import { bothTiesOf } from "../../src/dialogue/both-ties.js";
import { withoutTrailingGlue } from "../../src/dialogue/chat-glue.js";
import { restrictionOf } from "../../src/dialogue/elliptical.js";
import { mentionAsked } from "../../src/dialogue/mentions.js";
import { asksSpreadPlaces } from "../../src/dialogue/spread-places.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";
import { expectFast } from "../helpers/long-input.js";

describe("where the feared spread would go", () => {
  it("is the spread card: the article names no countries", () => {
    const en = lastAnswer(["could the fighting spread to other places?", "to which countries?"]);
    expect(en.answer.answer).toMatch(/does not name the countries/);
    expect(en.answer.answer).toMatch(/beyond the Arab-Israeli conflict zone/);
    const ru = lastAnswer(["есть опасения, что кризис расширится?", "на какие страны?"], "ru");
    expect(ru.answer.answer).toMatch(/в статье не сказано/);
    expect(ru.understood).toMatch(/распространиться/);
  });
  it("is the list of countries named when the last answer is not about the spread", () => {
    expect(lastAnswer(["what did putin say", "which countries?"]).answer.answer).toMatch(/names countries/);
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      asksSpreadPlaces(`${"so ".repeat(5000)}which`, false);
      asksSpreadPlaces(`${"а ".repeat(5000)}какие`, true);
    }, 200);
  });
});

describe("a restriction after the casualties", () => {
  it("is No after 'where,' and after an answer that gives no figure", () => {
    expect(restrictionOf("where, only gaza?", "en")).toBe("gaza");
    expect(lastVerdict(["is putin concerned about civilian deaths", "where, only gaza?"])).toBe("no");
    expect(lastVerdict(["путин переживает за мирных жителей?", "где, только в газе?"], "ru")).toBe("no");
    expect(lastVerdict(["how many people have been killed so far", "where? only in israel?"])).toBe("no");
  });
});

describe("a party asked to be in the article", () => {
  it("is a mention question, Yes for the story's people", () => {
    expect(mentionAsked("is erdogan in the article at least", "en")).toBe("erdogan");
    expect(lastVerdict(["what did biden say about it", "is peskov mentioned at least?"])).toBe("yes");
    expect(lastVerdict(["what's zelensky's take on the war", "is erdogan in the article at least?"])).toBe(
      "yes",
    );
    expect(lastVerdict(["что сказал байден", "а эрдоган хотя бы есть в статье?"], "ru")).toBe("yes");
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      mentionAsked(`is ${"x ".repeat(5000)}in`, "en");
      mentionAsked(`${"а ".repeat(5000)}есть`, "ru");
      withoutTrailingGlue(`${"who ".repeat(5000)}btw!`);
    }, 200);
  });
});

describe("a trailing 'btw'", () => {
  it("leaves the person in context", () => {
    expect(
      lastEntry(["peskov wat did he say", "so the kremlin wants to help sort it out?", "who is he btw"]),
    ).toBe("who-is-peskov");
  });
});

describe("a refusal on a country the article never names", () => {
  it("names the country, then what the article covers", () => {
    const en = lastAnswer(["whats chinas official position"]);
    expect(en.answer.answer).toMatch(/^The article does not mention China\. It is about this: /);
    expect(lastAnswer(["what does beijing say about all this"]).answer.answer).toMatch(/mention China/);
    expect(lastAnswer(["какова позиция китая?"], "ru").answer.answer).toMatch(
      /^В статье не упоминается Китай\./,
    );
  });
  it("never answers with Russia's position", () => {
    expect(lastEntry(["did china offer to mediate"])).not.toBe("russia-position");
  });
});

describe("'he' after a card with no speaker of its own", () => {
  it("is the one person the card named", () => {
    expect(lastEntry(["whats erdogans view on the ceasefire", "what country does he lead again"])).toBe(
      "who-is-erdogan",
    );
  });
});

describe("'both' after the ties with each side", () => {
  it("is the ties with both sides: Moscow's mediator image", () => {
    const en = ["does russia talk to hamas??", "and with israel?", "why does having both matter to moscow"];
    expect(lastEntry(en)).toBe("russia-impartial-mediator");
    const ru = ["у россии есть связи с палестинцами?", "а с израилем?", "а зачем москве и те и другие?"];
    expect(lastEntry(ru, "ru")).toBe("russia-impartial-mediator");
  });
  it("is left as typed without the ties asked, or with the sides named", () => {
    const context = { question: "does russia talk to hamas" } as Parameters<typeof bothTiesOf>[1];
    expect(bothTiesOf("why keep both sides close", context)).toBeNull();
    expect(
      bothTiesOf("why does having both matter", { question: "what does putin want" } as typeof context),
    ).toBeNull();
  });
  it("stays fast on long input", () => {
    const context = { question: "ties" } as Parameters<typeof bothTiesOf>[1];
    expectFast(() => {
      bothTiesOf(`${"having ".repeat(5000)}both`, context);
      bothTiesOf(`${"и те ".repeat(5000)}и`, context);
    }, 200);
  });
});

describe("the remedy asked after the feared spread", () => {
  it("is the Foreign Ministry's call", () => {
    expect(
      lastEntry([
        "are ppl worried this could spread beyond israel and gaza",
        "which countries?",
        "what does moscow want done about it",
      ]),
    ).toBe("foreign-ministry-position");
  });
});
