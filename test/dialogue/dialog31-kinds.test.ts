// dialog31: a party asked of a voice whose quotes never name it, contentment with a party (approval words, the
// subject first), an omission asked ("did he leave out…?"), "а Япония там есть?" after a group, "the UN"/"the EU"
// as a topic for "it", who the answer is put for ("like I'm ten"), a Russian yes/no asked by a chat particle
// without "?", "what does it say about the casualties then" after the figures gap, "can u explain X".
// Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { withoutAudience } from "../../src/dialogue/audience.js";
import { contentmentAskedOf } from "../../src/dialogue/contentment-asked.js";
import { mentionVerdict } from "../../src/dialogue/omitted-mention.js";
import { askedByParticleRu } from "../../src/dialogue/particle-asked.js";
import { shortNamesOf } from "../../src/dialogue/short-names.js";
import { partyThingOf } from "../../src/dialogue/voice-unmentioned.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";
import { realParties } from "../helpers/engine.js";

const verdictOf = lastVerdict;
const entryOf = lastEntry;

describe("a party asked of a voice whose reported words never name it", () => {
  it("is doesn't say; a thing the quotes hold stays Yes", () => {
    expect(partyThingOf("the israelis", realParties)).toBe("israel");
    expect(partyThingOf("турцию", realParties)).toBe("turkey");
    expect(partyThingOf("a settlement", realParties)).toBeNull();
    expect(verdictOf(["who is peskov", "did he mention iran?"])).toBe("not-said");
    expect(verdictOf(["кто такой песков", "а он что-нибудь говорил про турцию?"], "ru")).toBe("not-said");
    expect(verdictOf(["что говорит мид россии", "он сказал что-то про египет?"], "ru")).toBe("not-said");
    expect(verdictOf(["who is peskov", "did he talk about a settlement?"])).toBe("yes");
  }, 60_000); // the file's first dialogues: the engine's first load and warm-up
});

describe("contentment with a party", () => {
  it("is No of the party he faults, whatever the word or order; doesn't say of another", () => {
    expect(contentmentAskedOf("путин доволен америкой?", realParties)).toBe("доволен ли путин америкой?");
    expect(contentmentAskedOf("is putin pleased with the us", realParties)).toBe(
      "is putin happy with the us?",
    );
    expect(contentmentAskedOf("путин доволен переговорами?", realParties)).toBeNull();
    expect(verdictOf(["is putin fine with washington"])).toBe("no");
    expect(verdictOf(["is putin ok with america?"])).toBe("no");
    expect(verdictOf(["does putin like the americans?"])).toBe("no");
    expect(verdictOf(["путин доволен штатами?"], "ru")).toBe("no");
    expect(verdictOf(["путин рад американской политике?"], "ru")).toBe("no");
    expect(verdictOf(["путин доволен турцией?"], "ru")).toBe("not-said");
  });
});

describe("an omission asked", () => {
  it("is Yes where the evidence says he made no mention of it, doesn't say elsewhere", () => {
    const silent =
      "The article points out that Putin makes no mention of Russia's own role in the peace process in his remarks.";
    expect(mentionVerdict("did putin skip russia's own role?", silent)).toBe("yes");
    expect(mentionVerdict("did putin talk about russia's own role, right?", silent)).toBe("no");
    expect(verdictOf(["did putin forget to bring up russia's role?"])).toBe("yes");
    expect(verdictOf(["did putin leave out russia's own part?"])).toBe("yes");
    expect(verdictOf(["путин промолчал о роли россии?"], "ru")).toBe("yes");
    expect(verdictOf(["did putin leave out the ceasefire?"])).toBe("not-said");
    expect(verdictOf(["did putin mention russia's role?"])).toBe("no");
  });
});

describe("short follow-ups against the last topic", () => {
  it("reads 'там есть' as a member of the group, and 'it' as the UN or the EU", () => {
    expect(verdictOf(["кто входит в квартет", "зачем его создали", "а япония там есть?"], "ru")).toBe("no");
    expect(
      shortNamesOf([
        ["united nations", "un", "u.n."],
        ["united states", "us"],
      ]).get("un"),
    ).toBe("united nations");
    expect(shortNamesOf([["united states", "us"]]).has("us")).toBe(false);
    expect(entryOf(["is the eu named in the article?", "what role does it play"])).toBe("quartet-members");
  });

  it("answers what the article says about the casualties after the figures gap", () => {
    expect(entryOf(["how many died?", "ok so what does the article say about the casualties then"])).toBe(
      "putin-civilian-casualties",
    );
    expect(entryOf(["what does the article say about the us response"])).toBe("us-response");
  });
});

describe("how the question is put", () => {
  it("reads who the answer is for as the engine's plain-words glue", () => {
    expect(withoutAudience("explain the ceasefire call like i'm ten")).toBe(
      "explain the ceasefire call like i am a kid",
    );
    expect(withoutAudience("explain the quartet for a 9 year old pls")).toBe(
      "explain the quartet like i am a kid pls",
    );
    expect(withoutAudience("объясни как пятилетнему, что такое квартет")).toBe(
      "объясни простыми словами, что такое квартет",
    );
    expect(entryOf(["explain putin's beef with washington as if i were a child"])).toBe("putin-on-us");
  });

  it("reads a Russian chat particle as the question, and 'can u explain X' as a request", () => {
    expect(askedByParticleRu("песков вообще говорил про израиль")).toBe(true);
    expect(askedByParticleRu("расскажи что-нибудь про кремль")).toBe(false);
    expect(askedByParticleRu("он вообще не упоминал роль россии")).toBe(false);
    expect(verdictOf(["путин хоть что-то говорил о роли россии"], "ru")).toBe("no");
    expect(verdictOf(["can u explain putin's criticism of the us"])).toBeNull();
  });
});

describe("greetings and trailing words around a short question (dialogues26, part b)", () => {
  it("spells 'whats' out after a greeting and drops a trailing 'anyway'", () => {
    expect(lastAnswer(["hello, whats the story about in short?"]).answer.kind).toBe("summary");
    expect(entryOf(["peskov?", "who is that man anyway"])).toBe("who-is-peskov");
  });
});
