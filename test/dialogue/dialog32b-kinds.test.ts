// dialog32b (session 32): follow-ups read in context — failure in chat words ("blew it", "screwed up", "messed up")
// and a voice's frame ("in putin's eyes") read as the entry's own claim, an idiom's "it" left alone, the way of the
// reported call asked with one party named and the other a pronoun after who Erdogan is.
import { describe, expect, it } from "vitest";
import { viewAsAccording, withoutDegree } from "../../src/dialogue/asker-degree.js";
import { themTopicOf } from "../../src/dialogue/them-topic.js";
import { asksWhoFailedThat } from "../../src/dialogue/who-failed.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";
import { expectFast } from "../helpers/long-input.js";

describe("a voice's frame said in other words", () => {
  it("is read as 'according to' that voice", () => {
    expect(viewAsAccording("so in putin's eyes washington failed")).toBe(
      "so according to putin washington failed",
    );
    expect(viewAsAccording("as putin sees it the us failed")).toBe("according to putin the us failed");
    expect(withoutDegree("from putin's point of view the us basically failed")).toBe(
      "according to putin the us failed",
    );
    expect(viewAsAccording("what is in the eyes of the law")).toBe("what is in the eyes of the law");
  });
  it("stays fast on long input", () => {
    const long = `${"in putin's ".repeat(3000)}x`;
    expectFast(() => {
      viewAsAccording(long);
      viewAsAccording(`${"as a ".repeat(5000)}sees`);
    }, 200);
  });
});

describe("failure in chat words", () => {
  it("is Putin's charge against Washington", () => {
    expect(lastVerdict(["so in putin's eyes washington screwed up in the middle east?"])).toBe("yes");
    expect(lastVerdict(["so the u.s. blew it in the middle east according to putin?"])).toBe("yes");
    expect(lastVerdict(["did the americans mess up in the region, according to putin?"])).toBe("yes");
  });
  it("keeps the idiom's 'it' out of the last topic", () => {
    const reply = lastAnswer(["what does putin say about america", "so he thinks they blew it?"]);
    expect(reply.understood ?? "").not.toMatch(/blew america/);
  });
});

describe("the way of the reported call, one party named and the other a pronoun", () => {
  it("is No after who Erdogan is: the call was by phone", () => {
    expect(lastVerdict(["who's erdogan", "did putin see him face to face?"])).toBe("no");
    expect(lastVerdict(["кто такой эрдоган", "путин с ним встречался лично?"], "ru")).toBe("no");
    expect(lastVerdict(["эрдоган это кто", "они с путиным виделись лично?"], "ru")).toBe("no");
  });
  it("is not read without the call's context", () => {
    expect(lastVerdict(["what does the foreign ministry want", "did putin see him face to face?"])).not.toBe(
      "no",
    );
  });
});

describe("'them' after a person's words on a party", () => {
  it("is that party, asked of the person", () => {
    expect(lastEntry(["did putin mention the palestinians at all", "what about them exactly"])).toBe(
      "us-ignores-palestinian-interests",
    );
    expect(lastAnswer(["путин упоминает палестинцев?", "а что именно про них"], "ru").understood).toMatch(
      /палестинц/,
    );
  });
  it("needs a person's answer and a party in its topic", () => {
    expect(themTopicOf("what about them", null, [], { isPerson: () => true } as never, "en")).toBeNull();
  });
});

describe("who failed at what the last answer names", () => {
  it("is asked in chat words", () => {
    expect(asksWhoFailedThat("and who failed to deliver that", "en")).toBe(true);
    expect(asksWhoFailedThat("who let them down on that", "en")).toBe(true);
    expect(asksWhoFailedThat("и кто им этого не дал", "ru")).toBe(true);
    expect(asksWhoFailedThat("who failed to deliver the aid to gaza last week", "en")).toBe(false);
  });
  it("is the party the last answer's evidence faults", () => {
    const reply = lastAnswer([
      "did putin mention the palestinians at all",
      "what about them exactly",
      "and who failed to deliver that",
    ]);
    expect(reply.answer.answer).toMatch(/\bUS\b|United States/);
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      asksWhoFailedThat(`who failed to deliver${" on".repeat(5000)}!`, "en");
      asksWhoFailedThat(`кто ${"им ".repeat(5000)}!`, "ru");
    }, 200);
  });
});
