// dialog-r2-32b (session 32): follow-ups read in context, round 2 — the ministry's remedy asked with a bare plural
// («и что предлагают»), a stance on "the idea of X" as on X, "promise" as readiness, "they" as the party the last
// answer faults, good terms with both sides as the contact with both, and "they" after a refused turn.
import { describe, expect, it } from "vitest";
import { bothTermsOf } from "../../src/dialogue/both-terms.js";
import { ideaAsThingOf } from "../../src/dialogue/idea-of.js";
import { thereAsPlaceRu } from "../../src/dialogue/place-pronoun.js";
import { promisedAsReadyOf } from "../../src/dialogue/promised-to.js";
import { spreadRemedyOf } from "../../src/dialogue/spread-remedy.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";
import { expectFast } from "../helpers/long-input.js";

const ruAfter = (entryId: string) =>
  ({ entryId, lang: "ru", speakerId: null, question: "", topic: "", at: 0 }) as unknown as DialogueContext;

describe("the remedy asked with a bare plural after the feared spread", () => {
  it("is the Foreign Ministry's, not Putin's wishes", () => {
    expect(lastEntry(["конфликт может перекинуться на соседние страны?", "и что предлагают"], "ru")).toBe(
      "foreign-ministry-position",
    );
    expect(lastEntry(["чего боится мид россии", "а что они советуют?"], "ru")).toBe(
      "foreign-ministry-position",
    );
  });
  it("is not read after another entry", () => {
    expect(spreadRemedyOf("и что предлагают", ruAfter("what-putin-wants"))).toBeNull();
    expect(spreadRemedyOf("и что предлагают", ruAfter("crisis-spread-fears"))).toBe("чего хочет мид россии?");
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      spreadRemedyOf(`${"и ".repeat(5000)}что`, ruAfter("crisis-spread-fears"));
      spreadRemedyOf(`что ${"они ".repeat(5000)}`, ruAfter("crisis-spread-fears"));
    }, 200);
  });
});

describe("a stance on the idea of a thing", () => {
  it("is a stance on the thing", () => {
    expect(ideaAsThingOf("did erdogan back the idea of a ceasefire?")).toBe("did erdogan back a ceasefire?");
    expect(ideaAsThingOf("эрдоган поддержал идею прекращения огня?")).toBe(
      "эрдоган поддержал прекращения огня?",
    );
    expect(ideaAsThingOf("what is the idea of the quartet")).toBeNull();
    expect(lastVerdict(["путин поддерживает идею прекращения огня?"], "ru")).toBe("yes");
    expect(lastVerdict(["who did putin phone", "did erdogan support the idea of a truce?"])).toBe("not-said");
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      ideaAsThingOf(`${"support the ".repeat(25)}idea`);
      ideaAsThingOf(`${"за ".repeat(90)}идею`);
      ideaAsThingOf(`${"support ".repeat(5000)}`);
    }, 200);
  });
});

describe("a promise as the readiness it states", () => {
  it("is the Kremlin's readiness to help", () => {
    expect(lastAnswer(["what is moscow promising to do"]).kind).toBe("answer");
    expect(lastEntry(["what has the kremlin pledged to do"])).toBe("kremlin-settlement-role");
    expect(lastEntry(["что москва обещает сделать"], "ru")).toBe("kremlin-settlement-role");
  });
  it("is read in a question only, and fast on long input", () => {
    expect(promisedAsReadyOf("Peskov promised to send aid")).toBeNull();
    expectFast(() => {
      promisedAsReadyOf(`what ${"promise ".repeat(25)}`);
      promisedAsReadyOf(`${"so ".repeat(60)}`);
    }, 200);
  });
});

describe("'they' beside a failure after the charge against the US", () => {
  it("is the US", () => {
    expect(lastVerdict(["whose policy does putin criticise", "so he reckons they blew it?"])).toBe("yes");
    expect(lastVerdict(["who does putin hold responsible", "so in his view they messed it up?"])).toBe("yes");
  });
  it("is not read after an answer with no such failure", () => {
    expect(
      lastAnswer(["what does the foreign ministry want", "so they blew it?"]).understood ?? "",
    ).not.toMatch(/the us/);
  });
});

describe("good terms with both sides", () => {
  it("is the contact with both warring sides", () => {
    expect(bothTermsOf("so moscow is on good terms with both camps?")).toBe(
      "is the kremlin in contact with both sides?",
    );
    expect(lastVerdict(["does russia get along with both israel and the palestinians"])).toBe("yes");
    expect(bothTermsOf("is russia on good terms with hamas?")).toBeNull();
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      bothTermsOf(`${"so ".repeat(60)}russia`);
      bothTermsOf(`is russia ${"on good terms ".repeat(9)}`);
    }, 200);
  });
});

describe("'they' after a refused turn", () => {
  it("is the voice of the turn before it", () => {
    expect(
      lastVerdict([
        "what does the russian foreign ministry call for",
        "and what did lavrov say?",
        "do they want israelis and palestinians to talk directly?",
      ]),
    ).toBe("yes");
  });
});

describe("«там» where the story happens", () => {
  it("is the topic's place on the map, or the region", () => {
    expect(lastAnswer(["что говорит статья о секторе газа", "кто там воюет?"], "ru").understood).toMatch(
      /в секторе газа воюет/,
    );
    expect(lastAnswer(["о чём путин говорил с эрдоганом", "а кто там воюет?"], "ru").understood).toMatch(
      /в регионе воюет/,
    );
    expect(lastEntry(["о чём путин говорил с эрдоганом", "а кто там воюет?"], "ru")).toBe("conflict-parties");
  });
  it("leaves a body one joins and the filler «что там» to the readers before", () => {
    expect(thereAsPlaceRu("а китай там есть", "квартет")).toBeNull();
    expect(thereAsPlaceRu("а что там с хамасом", "сектор газа")).toBeNull();
    expect(thereAsPlaceRu("кто там воюет", "статья секторе газа")).toBe("кто в секторе газа воюет");
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      thereAsPlaceRu(`${"там ".repeat(5000)}`, `${"сектор ".repeat(5000)}газа`);
    }, 200);
  });
});
