// dialog32: "who did then" after a voice's not-said, "who else is in it?" after a membership question, "whose
// claim is that", "is he the one who called erdogan?", the gist of the call, a thing another voice said asked of
// this one, "is america involved in that?" after a voice's statement, a forecast inside "does it say …", glue
// before a yes/no ("quick q -", "figured."), "n" for "and", "go way back". Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { framedClauseOf } from "../../src/dialogue/framed-forecast.js";
import { gistAskedOf } from "../../src/dialogue/gist-asked.js";
import { othersInGroupOf } from "../../src/dialogue/others-in-group.js";
import { lastEntry, lastReply, lastVerdict } from "../helpers/dialogue.js";

describe("who did then, after a voice's doesn't say", () => {
  it("asks the last question of anyone and finds the voice the article gives", () => {
    expect(lastEntry(["what did the kremlin spokesman say", "did he urge a truce?", "ok so who did?"])).toBe(
      "ceasefire-call",
    );
    expect(
      lastEntry(["что сказал песков", "он упоминал палестинское государство?", "а кто упоминал?"], "ru"),
    ).toBe("palestinian-state");
  });
  it("leaves a bare 'who did' alone where the last reply was no yes/no", () => {
    expect(lastVerdict(["who did putin phone", "who did?"])).toBeNull();
  });
});

describe("a thing another voice said, asked of this voice", () => {
  it("is doesn't say (never No), with the other voice's words", () => {
    expect(lastVerdict(["кто такой песков", "он что-то говорил о перемирии?"], "ru")).toBe("not-said");
    expect(lastVerdict(["what does the foreign ministry say", "did it mention a ceasefire?"])).toBe(
      "not-said",
    );
    expect(lastVerdict(["who is peskov", "did he mention a settlement?"])).toBe("yes");
  });
});

describe("the group's other members", () => {
  it("reads 'who else' after a membership question as the group's list", () => {
    expect(othersInGroupOf("and who else is part of it?", "is the un in the quartet")).toBe(
      "who is in the quartet?",
    );
    expect(othersInGroupOf("а кто остальные?", "сша входят в квартет")).toBe("кто входят в квартет?");
    expect(othersInGroupOf("who else?", "what did putin say")).toBeNull();
    expect(lastEntry(["is the european union in the quartet?", "ok who are the others?"])).toBe(
      "quartet-members",
    );
  });
});

describe("whose words", () => {
  it("'who is making that claim', 'это чьи слова', 'чьё это мнение' are who said that", () => {
    expect(lastReply(["what is the main complaint about the us", "who is making that criticism?"]).kind).toBe(
      "who-said-that",
    );
    expect(lastReply(["что хочет кремль", "а это чьи слова?"], "ru").kind).toBe("who-said-that");
    expect(lastReply(["что хочет кремль", "чьё это мнение?"], "ru").kind).toBe("who-said-that");
  });
});

describe("is he the one who did it", () => {
  it("compares the deed's voice with the person in context", () => {
    expect(lastVerdict(["who is peskov", "was he the person who phoned erdogan?"])).toBe("no");
    expect(lastVerdict(["who is putin", "is he the one who phoned erdogan?"])).toBe("yes");
    expect(lastVerdict(["что сказал песков", "это он звонил эрдогану?"], "ru")).toBe("no");
  });
});

describe("the gist of one thing", () => {
  it("asks what it was about, not the article's conclusion", () => {
    expect(gistAskedOf("so what was the key message of the phone call")).toBe(
      "what was the phone call about?",
    );
    expect(gistAskedOf("what is the main point of the article")).toBeNull();
    expect(lastEntry(["who did putin phone", "what was the central point of that call?"])).toBe(
      "putin-erdogan-call",
    );
  });
});

describe("a party asked 'involved in that' after a voice's statement", () => {
  it("is doesn't say where the statement never names the party; a member list keeps its No", () => {
    expect(lastVerdict(["what does the foreign ministry want", "is the eu involved in that?"])).toBe(
      "not-said",
    );
    expect(lastVerdict(["что предлагает мид россии", "а турция в этом участвует?"], "ru")).toBe("not-said");
    expect(lastVerdict(["is russia in the quartet", "is china involved in it?"])).toBe("no");
  });
});

describe("a forecast inside a frame about the article", () => {
  it("is doesn't say", () => {
    expect(framedClauseOf("does the text say who's winning?")).toBe("who is winning?");
    expect(framedClauseOf("does it say anything about gaza?")).toBeNull();
    expect(lastVerdict(["does the article say which side is ahead in the war?"])).toBe("not-said");
  });
});

describe("chat glue and shorthand before a yes/no", () => {
  it("keeps the verdict after 'quick q -', 'figured.', and reads 'n' as 'and'", () => {
    expect(lastVerdict(["quick question - does putin want negotiations to resume"])).toBe("yes");
    expect(lastVerdict(["thought so. does the kremlin talk to both sides?"])).toBe("yes");
    expect(lastVerdict(["do moscow n the palestinians go back a long way?"])).toBe("yes");
  });
});
