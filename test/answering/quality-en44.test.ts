// English single questions of quality-en44's kinds, through the engine: the reported call asked as had with a party
// the article never names ("the call with X", "X's president or the Y one"), a meeting in person with Erdogan, an
// unnamed official as the speaker of a statement, one letter typed two places off, Russia's relations asked open,
// a dispute closed by "who's right going by the article?". Questions written for this test; off-story neighbours of
// each kind stay refused.
import { describe, expect, it } from "vitest";
import { asBothSidesRelations } from "../../src/answering/both-sides-relations.js";
import { closingQuestionOf } from "../../src/answering/closing-question.js";
import { everydaySlip } from "../../src/answering/everyday-slips.js";
import { withoutUnknownAlternative } from "../../src/answering/known-alternative.js";
import { withoutWrongParty } from "../../src/answering/wrong-party.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : null;
};

describe("the reported call asked as had with another party (wrong-party.ts)", () => {
  const offStory = (w: string) => (w === "macron" ? "name" : w === "egyptian" ? "place" : null);
  it("reads 'the call with X' as whom Putin phoned, the party in the fact's slot", () => {
    expect(withoutWrongParty("Did Putin have the call with Macron?", "en", offStory)).toEqual({
      rest: "who did putin talk to on the phone",
      slot: "fact",
      party: "macron",
      known: false,
    });
    expect(
      withoutWrongParty("was putin's conversation with the egyptian president?", "en", offStory)?.party,
    ).toBe("egyptian");
  });
  it("reads 'was it X putin phoned' and Putin's talk with X on the phone as the call, not another's", () => {
    const belgian = (w: string) => (["belgian", "scholz", "biden"].includes(w) ? "name" : null);
    expect(withoutWrongParty("was it the belgian king putin phoned?", "en", belgian)?.party).toBe("belgian");
    expect(withoutWrongParty("putin talked with scholz on the phone, didn't he?", "en", belgian)?.slot).toBe(
      "call",
    );
    expect(withoutWrongParty("Did Scholz talk with Biden on the phone?", "en", belgian)).toBeNull();
  });
  it("leaves a call with an indefinite article and a question with a question word alone", () => {
    expect(withoutWrongParty("what did macron say in the call with putin?", "en", offStory)).toBeNull();
    expect(withoutWrongParty("did putin have a call with macron?", "en", offStory)).toBeNull();
  });
  it("answers with the call the article reports, marked for the yes/no layer's No", () => {
    const a = engine.findAnswer("was the phone call with the king of jordan?");
    expect(a.answered && a.entry?.id).toBe("putin-erdogan-call");
    expect(a.wrongParty).toBe("fact");
  });
  it("still refuses what an off-story party said or did", () => {
    expect(entryOf("What did Macron tell reporters about the ceasefire?")).toBeNull();
    expect(entryOf("Is the Egyptian president planning a summit?")).toBeNull();
    expect(entryOf("what did the king of jordan say in his call with biden?")).toBeNull();
  });
});

describe("an either/or whose unknown side comes with its article and head (known-alternative.ts)", () => {
  const read = {
    unknownName: (w: string) => ["iranian", "qatari"].includes(w.toLowerCase()),
    known: (w: string) => ["leader", "erdogan"].includes(w.toLowerCase()),
  };
  it("takes out 'or the Y one' and 'or the Y emir'", () => {
    expect(withoutUnknownAlternative("was it the turkish leader or the iranian one?", read)).toBe(
      "was it the turkish leader?",
    );
    expect(withoutUnknownAlternative("did putin ring erdogan or the qatari emir?", read)).toBe(
      "did putin ring erdogan?",
    );
  });
  it("answers the known side through the engine", () => {
    expect(entryOf("was it the turkish president or the saudi one on the phone with putin?")).toBe(
      "putin-erdogan-call",
    );
  });
});

describe("a meeting in person with Erdogan (call-and-omission.ts)", () => {
  it("answers with the contact the article reports, the phone call", () => {
    expect(entryOf("has putin met the turkish leader in person?")).toBe("putin-erdogan-call");
    expect(entryOf("did putin and erdogan sit down together face to face?")).toBe("putin-erdogan-call");
  });
  it("leaves a meeting with someone the article never names refused", () => {
    expect(entryOf("did putin meet macron in person?")).toBeNull();
    expect(entryOf("did scholz meet the king of jordan?")).toBeNull();
  });
});

describe("one letter typed two places off (everyday-slips.ts)", () => {
  const known = new Set(["foreign", "ministry"]);
  it("puts the letter back into a word of the knowledge base", () => {
    expect(
      everydaySlip(
        "forgein",
        (w) => known.has(w),
        () => null,
      ),
    ).toBe("foreign");
    expect(
      everydaySlip(
        "forgone",
        (w) => known.has(w),
        () => null,
      ),
    ).toBeNull();
  });
  it("answers a keyword query with such a slip", () => {
    expect(entryOf("russian forgein ministry position?")).toBe("foreign-ministry-position");
  });
});

describe("Russia's relations asked open (both-sides-relations.ts)", () => {
  it("reads whom Russia has ties with as its relationships with both sides", () => {
    expect(asBothSidesRelations("who is moscow on good terms with?")).toMatch(
      /both israelis and palestinians/,
    );
    expect(asBothSidesRelations("does the piece tell us anything about who russia has ties with?")).toMatch(
      /both israelis and palestinians/,
    );
    expect(asBothSidesRelations("who does the US have ties with?")).toBe("who does the US have ties with?");
    expect(asBothSidesRelations("does russia have ties with hamas?")).toBe(
      "does russia have ties with hamas?",
    );
  });
  it("answers with the card that gives both relationships", () => {
    expect(entryOf("which sides does the kremlin have ties to?")).toBe("russia-impartial-mediator");
  });
});

describe("a dispute closed by 'who's right going by the article?' (closing-question.ts)", () => {
  const story =
    "My flatmate keeps telling me the article says Putin pins everything on Israel. I told him it was Washington he blamed, not Israel. We have been arguing all evening and neither of us will back down.";
  it("reads the closing question as bare, with the story before it", () => {
    expect(closingQuestionOf(`${story} Which of us is right, going by the article?`)?.bare).toBe(true);
    expect(closingQuestionOf(`${story} Who's right according to this article?`)?.bare).toBe(true);
  });
  it("answers the disputed claim: whom Putin blames", () => {
    expect(entryOf(`${story} Who's right according to this article?`)).toBe("putin-blames-us");
  });
});
