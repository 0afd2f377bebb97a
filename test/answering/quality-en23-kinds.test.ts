// quality-en23: whom a speaker blames asked with a guess (blame-target.ts), slang for the US and for a grievance
// (synonyms.json), a person's electoral future as a forecast (future-outcome.ts), an event the chatter named and
// the question points at by "that call" (pointed-event.ts), weekdays and months as everyday words
// (calendar-words.ts), and no yes/no verdict from entries only "did you mean…?" put near (dialogue/stand-alone.ts).
// Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { withBothSides } from "../../src/answering/bare-both.js";
import { isCalendarWord } from "../../src/answering/calendar-words.js";
import { capitalisedWords, isEnglishWord } from "../../src/answering/english.js";
import { asksForecast } from "../../src/answering/future-outcome.js";
import { pointsAtEvent } from "../../src/answering/pointed-event.js";
import { isLeadIn } from "../../src/dialogue/lead-in.js";
import { answerChecks } from "../helpers/answering.js";
import { lastAnswer, lastEntry } from "../helpers/dialogue.js";

const en = answerChecks("en");

describe("whom a speaker blames, asked with a guess (blame-target.ts)", () => {
  it("answers with the party the speaker does blame", () => {
    en.expectAnswered("so did putin blame erdogan then?", "putin-blames-us");
    en.expectAnswered("does putin blame the israelis?", "putin-blames-us");
    en.expectAnswered("who is putin pointing the finger at, honestly i'm lost", "putin-blames-us");
    expect(lastEntry(["does putin hold israel at fault?"])).toBe("putin-blames-us");
  });
  it("leaves why-questions to the reason", () => {
    en.expectAnswered("why does putin blame washington?", /us-policy-failure|putin-blames-us|us-ignores/);
  });
});

describe("slang for the US and for a grievance (synonyms.json)", () => {
  it("reads 'murica and dunking on as the US and criticism", () => {
    en.expectAnswered(
      "putin says 'murica messed up the mideast? what's his beef",
      /us-policy-failure|putin-on-us/,
    );
    en.expectAnswered(
      "why's putin dunking on the americans",
      /putin-on-us|us-policy-failure|putin-blames-us/,
    );
  });
});

describe("a person's electoral future is a forecast (future-outcome.ts)", () => {
  it("is read as one", () => {
    expect(asksForecast("is putin running for re-election in the spring?")).toBe(true);
    expect(asksForecast("will erdogan win another term?")).toBe(true);
    expect(asksForecast("is putin running the talks?")).toBe(false);
  });
  it("is refused, by the engine and by the dialogue's yes/no reading", () => {
    en.expectNotAnswered("is putin going to win the election next year?");
    expect(lastAnswer(["Is Putin running for reelection in two years?"]).answer.answered).toBe(false);
  });
});

describe("an event the chatter named, asked about by 'that call' (pointed-event.ts)", () => {
  const terms = (t: string) => t.toLowerCase().split(/\s+/);
  it("points back only by a demonstrative noun the earlier part holds", () => {
    expect(pointsAtEvent("what came of that call", "he said they had a call", terms)).toBe(true);
    expect(pointsAtEvent("is that true", "he said they had a call", terms)).toBe(false);
  });
  it("refuses a call the article never reports, told in chatter", () => {
    en.expectNotAnswered(
      "my neighbour insists Netanyahu called Putin on the weekend about the hostages and they settled it all, what came out of that call?",
    );
  });
});

describe("weekdays and months are everyday words (calendar-words.ts)", () => {
  it("are no names", () => {
    expect(isCalendarWord("sunday")).toBe(true);
    expect(isEnglishWord("thursday")).toBe(true);
    expect([...capitalisedWords("my aunt told me on Sunday that Biden rang")]).toEqual(["biden"]);
  });
  it("keep a ramble on the story answered", () => {
    en.expectAnswered(
      "My cousin brought this up over lunch on Sunday and we argued for ages, so who does Putin actually blame for the failed policy?",
      /putin-blames-us|us-policy-failure/,
    );
  });
});

describe("a bare 'both' is both sides (bare-both.ts)", () => {
  it("reads 'both' ending its clause as both sides, and leaves 'both X' alone", () => {
    expect(withBothSides("is moscow on good terms with both or not")).toBe(
      "is moscow on good terms with both sides or not",
    );
    expect(withBothSides("does it deal with both of them?")).toBe("does it deal with both sides?");
    expect(withBothSides("casualties in both israel and gaza")).toBe("casualties in both israel and gaza");
  });
  it("answers with the passage naming both sides", () => {
    en.expectAnswered(
      "my aunt thinks moscow only likes one side, does russia have ties to both or what",
      /russia-impartial-mediator|kremlin-contact-both-sides|is-russia-neutral/,
    );
  });
});

describe("a report sentence before two questions is no lead-in (dialogue/lead-in.ts)", () => {
  it("is one when the report runs straight into what it asks", () => {
    expect(isLeadIn("my brother read that Peskov said something")).toBe(true);
    expect(isLeadIn("my brother says the US wrecked it all. who is putin angry at")).toBe(false);
  });
});
