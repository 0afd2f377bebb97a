// Wave AG's single-question kinds (quality27), through the readers and the engine: Putin typed beside the warring
// sides as bare keywords, where a party comes in or what it has to do with the story, «при чём тут» a party the
// article names only in the Quartet's list, the Russian state's bodies asked as mentioned, an impersonal «упоминают»,
// Russia in a group named by a wrong size. Questions written for this test; off-story neighbours stay as they were.
import { beforeAll, describe, expect, it } from "vitest";
import { asExamplePlayers, asRussianExamplePlayers } from "../../src/answering/example-players.js";
import { asPartyPart } from "../../src/answering/party-part.js";
import { asRussianFormatPart } from "../../src/answering/russian/format-part.js";
import { asRussianWhatToDoWith } from "../../src/answering/russian/what-to-do-with.js";
import { asRussianVoiceKeywords, asVoiceKeywords } from "../../src/answering/voice-keywords.js";
import { realEngine as engine } from "../helpers/engine.js";

beforeAll(() => engine.warmUp(), 60_000);

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `refused:${a.reason ?? ""}`;
};

describe("Putin beside the warring sides as bare keywords (voice-keywords.ts)", () => {
  it("reads them as what Putin says about the conflict, in both languages", () => {
    expect(asVoiceKeywords("putin vs hamas & israel")).toBe("what does putin say about the conflict");
    expect(asRussianVoiceKeywords("путин израиль газа")).toBe("что путин говорит о конфликте");
    expect(engine.findAnswer("Putin Israelis Gaza").answer).toMatch(/civilian casualties/);
    expect(engine.findAnswer("путин палестинцы израиль").answer).toMatch(/Путин обеспокоен/);
  });
  it("leaves a question, another name or Putin alone as typed", () => {
    for (const q of [
      "putin hamas israel?",
      "putin erdogan",
      "putin",
      "macron hamas israel",
      "putin blames hamas",
    ])
      expect(asVoiceKeywords(q)).toBe(q);
    expect(read("macron hamas israel")).toMatch(/^refused/);
    expect(asRussianVoiceKeywords("путин эрдоган газа")).toBe("путин эрдоган газа");
  });
});

describe("where a party comes in (party-part.ts)", () => {
  it("reads it as the party's role", () => {
    expect(asPartyPart("so where does the united nations fit in?")).toBe("what is the united nations's role");
    expect(asPartyPart("What has the EU got to do with all this?")).toBe("what is the EU's role");
    expect(read("where does the european union come in?")).toBe("quartet-members");
    expect(read("what does turkey have to do with the story")).toBe("who-is-erdogan");
  });
  it("leaves a pronoun, or more than the idiom, as typed", () => {
    for (const q of ["where does it come in", "where does the eu come in on the question of sanctions"])
      expect(asPartyPart(q)).toBe(q);
  });
});

describe("«при чём тут» a party named only in the Quartet's list (what-to-do-with.ts)", () => {
  it("reads the EU's and the UN's part as their role, which the Quartet answers", () => {
    expect(asRussianWhatToDoWith("а при чём здесь евросоюз")).toBe("какова роль евросоюз");
    expect(asRussianWhatToDoWith("ЕС тут вообще при чём?")).toBe("какова роль ес");
    expect(read("и при чем тут европейский союз")).toBe("quartet-members");
  });
  it("leaves another party to the stop phrase's reading", () => {
    expect(asRussianWhatToDoWith("при чём тут турция")).toBe("при чём тут турция");
    expect(asRussianWhatToDoWith("сша тут при чём")).toBe("при чем тут сша");
  });
});

describe("the Russian state's bodies asked as mentioned (intents.ts, roster-words.ts)", () => {
  it("asks the roster, whose voices include the Kremlin and the Foreign Ministry", () => {
    for (const q of [
      "what russian agencies does the article mention besides the kremlin?",
      "какие ведомства россии названы в статье",
      "помимо кремля какие российские органы власти упоминаются",
      // quality41: bodies beside "cited"/"cite", a naming word as "mention" is
      "which russian bodies are cited?",
      "apart from putin, which russian officials or bodies does the piece cite?",
    ])
      expect(read(q)).toBe("quotes");
  });
  it("leaves international bodies to the Quartet", () => {
    expect(read("which international bodies are named")).toBe("quartet-members");
    expect(read("какие международные структуры упоминаются в тексте")).toBe("quartet-members");
  });
});

describe("an impersonal «упоминают» (normalise.ts)", () => {
  it("reads who is mentioned, not anyone's words", () => {
    expect(read("какого турецкого руководителя упоминают")).toBe("who-is-erdogan");
    expect(read("какие компромиссы упоминает путин")).not.toBe("who-is-erdogan");
  });
});

describe("Russia in a group named by a wrong size (format-part.ts)", () => {
  it("reads it as Russia in the Quartet, whose four members answer", () => {
    expect(asRussianFormatPart("входила ли москва в тройку по урегулированию на ближнем востоке")).toBe(
      "входит ли россия в квартет",
    );
    expect(engine.findAnswer("россия была в пятерке по палестино-израильским переговорам?").answer).toMatch(
      /квартет/,
    );
  });
  it("leaves a group on another topic as typed", () => {
    const q = "россия входит в пятёрку крупнейших экономик?";
    expect(asRussianFormatPart(q)).toBe(q);
  });
});

describe("the regional players asked with an example of the asker's (example-players.ts)", () => {
  it("reads it as which players the ministry means: the article doesn't say", () => {
    expect(asExamplePlayers("which regional players, such as egypt?")).toBe(
      "which regional players does the foreign ministry mean",
    );
    expect(engine.findAnswer("is jordan among the regional players?").entry?.id).toBe(
      "regional-players-named",
    );
    expect(asRussianExamplePlayers("какие региональные игроки, типа саудовской аравии?")).toBe(
      "каких региональных игроков имеет в виду мид",
    );
    expect(engine.findAnswer("египет относится к региональным игрокам?").entry?.id).toBe(
      "regional-players-named",
    );
  });
  it("leaves the ministry's own words and other questions as typed", () => {
    for (const q of [
      "what does the foreign ministry say about regional players",
      "what does the ministry want from regional players, like turkey?",
    ])
      expect(asExamplePlayers(q)).toBe(q);
    expect(read("what does the foreign ministry say about regional players")).toBe(
      "foreign-ministry-position",
    );
  });
});
