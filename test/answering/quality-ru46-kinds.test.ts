// The kinds quality-ru46 fixed, in words of our own: Putin's talk with a leader the article never names (No, with the
// call it reports); a contact of another kind than the call with Erdogan (a meeting, letters, a visit); "тема" as
// filler; a sound slip and a typo in one word; a contact with Hamas alone as the ties with the Palestinians; a group
// of mediators as the Quartet; the asker's own places in a ramble; a manner of treating a side as the ties; "тот, что
// из X" as a yes/no; a Russian claim with a slip. Guards: a meeting with another leader stays refused, one more call
// ("тоже") is not the reported one, both sides named stay the contact with both, a story place stays in a ramble.
// Rows of (question → what it should become): test/helpers/kind-table.ts.
import { describe, expect, it } from "vitest";
import { withoutAskerPlaces } from "../../src/answering/russian/asker-places.js";
import { withAttitudeAsTies } from "../../src/answering/russian/attitude-ties.js";
import { asRussianContactKind } from "../../src/answering/russian/contact-kind.js";
import { asRussianContactWithPalestinians } from "../../src/answering/russian/ties-with-group.js";
import { readRussianThroughTypos } from "../../src/claims/chat-typos-ru.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { entryOf, expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";

const firstReply = (q: string) => answerOf(playChat([q], { lang: "ru" })[0]!.replies[0]!);
const verdictOf = (q: string) => firstReply(q).verdict;

describe("Putin's talk with a leader the article never names (russian/wrong-party-slots.ts)", () => {
  it("is the call the article reports, answered No", () => {
    expectEntries([
      ["путин беседовал о войне с премьер-министром японии?", "putin-erdogan-call"],
      ["путин это обсуждал с трампом?", "putin-erdogan-call"],
      ["с президентом франции путин разговаривал про газу?", "putin-erdogan-call"],
    ]);
    expectRows(verdictOf, [["путин говорил о перемирии с канцлером австрии?", "no"]]);
  });

  it("leaves a meeting and one more talk alone", () => {
    expectEntries([["путин встречался с байденом?", null]]);
    expect(firstReply("путин тоже говорил с макроном?").verdict).not.toBe("no");
  });
});

describe("a contact of another kind with Erdogan (russian/contact-kind.ts)", () => {
  it("is the phone call, answered No", () => {
    expectRows(asRussianContactKind, [
      ["путин и эрдоган встречались с глазу на глаз лично?", "с кем путин говорил по телефону"],
    ]);
    expectEntries([
      ["путин писал эрдогану письмо?", "putin-erdogan-call"],
      ["путин прилетал к эрдогану?", "putin-erdogan-call"],
    ]);
    expectRows(verdictOf, [["путин и эрдоган встречались очно?", "no"]]);
  });

  it("leaves another question and another pair as typed", () => {
    expectUnchanged(asRussianContactKind, [
      "о чём путин и эрдоган говорили на встрече?",
      "путин встречался с макроном лично?",
    ]);
  });
});

describe("a word slip and a filler", () => {
  it("reads 'тема' as filler, not a name", () => {
    expect(entryOf("что на эту тему заявил мид")).not.toBeNull();
  });

  it("reads a sound slip and a typo in one word", () => {
    expectEntries([["кто в картете", "quartet-members"]]);
  });
});

describe("a contact with the Palestinian side alone (russian/ties-with-group.ts)", () => {
  it("is the long-standing ties, Hamas included", () => {
    expectEntries([["москва контактирует с хамасом?", "russia-palestinian-ties"]]);
    expect(firstReply("кремль на связи с хамасом?").answer.answer).toMatch(/ХАМАС/u);
  });

  it("leaves both sides named as the contact with both", () => {
    expectUnchanged(asRussianContactWithPalestinians, ["кремль общается и с хамасом, и с израилем?"]);
    expectEntries([["кремль общается и с хамасом, и с израилем?", "kremlin-contact-both-sides"]]);
  });
});

describe("rambles", () => {
  it("read a group of mediators as the Quartet", () => {
    expectEntries([["Россия была в какой-нибудь группе посредников по палестинцам?", "quartet-members"]]);
  });

  it("drop the asker's own places, keep the story's", () => {
    expectRows(withoutAskerPlaces, [
      [
        "Сестра уже пять лет живёт в Нетании, а родом из Самары, и она спрашивает одну вещь",
        "сестра уже пять лет живет а родом и она спрашивает одну вещь",
      ],
      [
        "Сестра уже пять лет живёт в Израиле, а родом из Самары, и она спрашивает одну вещь",
        "сестра уже пять лет живет в израиле а родом и она спрашивает одну вещь",
      ],
    ]);
  });

  it("read a manner of treating a side as the ties", () => {
    expectRows(withAttitudeAsTies, [["россия как-то иначе относится к израилю?", "россия связи с израилем"]]);
    expectEntries([
      [
        "Дядя переехал в Ашдод из Казани, говорит, Москва тепло относится к Израилю из-за таких, как он. Статья об этом что-нибудь пишет?",
        "russia-israel-ties",
      ],
    ]);
  });
});

describe("'тот, что из X' (wrong-party.ts)", () => {
  it("is a yes/no: the person's own entry, answered No", () => {
    expectEntries([["Эрдоган — тот, что из Сирии?", "who-is-erdogan"]]);
  });
});

describe("a Russian claim with a slip (claims/chat-typos-ru.ts)", () => {
  it("is read as the lexicon reads it", () => {
    const fixes = (t: string) =>
      t.split(" ").map((w) => (w === "перимирию" ? { word: "перемирию", from: w } : { word: w }));
    expect(readRussianThroughTypos("Путин призвал к перимирию", fixes)).toBe("Путин призвал к перемирию");
  });

  it("never gives or takes a negation", () => {
    const fixes = (t: string) =>
      t.split(" ").map((w) => (w === "неприемлем" ? { word: "приемлем", from: w } : { word: w }));
    expect(readRussianThroughTypos("это неприемлем", fixes)).toBe("это неприемлем");
  });
});
