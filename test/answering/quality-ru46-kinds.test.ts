// The kinds quality-ru46 fixed, in words of our own: Putin's talk with a leader the article never names (No, with the
// call it reports); a contact of another kind than the call with Erdogan (a meeting, letters, a visit); "тема" as
// filler; a sound slip and a typo in one word; a contact with Hamas alone as the ties with the Palestinians; a group
// of mediators as the Quartet; the asker's own places in a ramble; a manner of treating a side as the ties; "тот, что
// из X" as a yes/no; a Russian claim with a slip. Guards: a meeting with another leader stays refused, one more call
// ("тоже") is not the reported one, both sides named stay the contact with both, a story place stays in a ramble.
import { describe, expect, it } from "vitest";
import { withoutAskerPlaces } from "../../src/answering/russian/asker-places.js";
import { withAttitudeAsTies } from "../../src/answering/russian/attitude-ties.js";
import { asRussianContactKind } from "../../src/answering/russian/contact-kind.js";
import { asRussianContactWithPalestinians } from "../../src/answering/russian/ties-with-group.js";
import { readRussianThroughTypos } from "../../src/claims/chat-typos-ru.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? (a.entry?.id ?? null) : a.kind) : null;
};
const firstReply = (q: string) => answerOf(playChat([q], { lang: "ru" })[0]!.replies[0]!);

describe("Putin's talk with a leader the article never names (russian/wrong-party-slots.ts)", () => {
  it("is the call the article reports, answered No", () => {
    expect(entryOf("путин беседовал о войне с премьер-министром японии?")).toBe("putin-erdogan-call");
    expect(entryOf("путин это обсуждал с трампом?")).toBe("putin-erdogan-call");
    expect(entryOf("с президентом франции путин разговаривал про газу?")).toBe("putin-erdogan-call");
    expect(firstReply("путин говорил о перемирии с канцлером австрии?").verdict).toBe("no");
  });

  it("leaves a meeting and one more talk alone", () => {
    expect(entryOf("путин встречался с байденом?")).toBeNull();
    expect(firstReply("путин тоже говорил с макроном?").verdict).not.toBe("no");
  });
});

describe("a contact of another kind with Erdogan (russian/contact-kind.ts)", () => {
  it("is the phone call, answered No", () => {
    expect(asRussianContactKind("путин и эрдоган встречались с глазу на глаз лично?")).toBe(
      "с кем путин говорил по телефону",
    );
    expect(entryOf("путин писал эрдогану письмо?")).toBe("putin-erdogan-call");
    expect(entryOf("путин прилетал к эрдогану?")).toBe("putin-erdogan-call");
    expect(firstReply("путин и эрдоган встречались очно?").verdict).toBe("no");
  });

  it("leaves another question and another pair as typed", () => {
    expect(asRussianContactKind("о чём путин и эрдоган говорили на встрече?")).toBe(
      "о чём путин и эрдоган говорили на встрече?",
    );
    expect(asRussianContactKind("путин встречался с макроном лично?")).toBe(
      "путин встречался с макроном лично?",
    );
  });
});

describe("a word slip and a filler", () => {
  it("reads 'тема' as filler, not a name", () => {
    expect(entryOf("что на эту тему заявил мид")).not.toBeNull();
  });

  it("reads a sound slip and a typo in one word", () => {
    expect(entryOf("кто в картете")).toBe("quartet-members");
  });
});

describe("a contact with the Palestinian side alone (russian/ties-with-group.ts)", () => {
  it("is the long-standing ties, Hamas included", () => {
    expect(entryOf("москва контактирует с хамасом?")).toBe("russia-palestinian-ties");
    expect(firstReply("кремль на связи с хамасом?").answer.answer).toMatch(/ХАМАС/u);
  });

  it("leaves both sides named as the contact with both", () => {
    expect(asRussianContactWithPalestinians("кремль общается и с хамасом, и с израилем?")).toBe(
      "кремль общается и с хамасом, и с израилем?",
    );
    expect(entryOf("кремль общается и с хамасом, и с израилем?")).toBe("kremlin-contact-both-sides");
  });
});

describe("rambles", () => {
  it("read a group of mediators as the Quartet", () => {
    expect(entryOf("Россия была в какой-нибудь группе посредников по палестинцам?")).toBe("quartet-members");
  });

  it("drop the asker's own places, keep the story's", () => {
    expect(
      withoutAskerPlaces(
        "Сестра уже пять лет живёт в Нетании, а родом из Самары, и она спрашивает одну вещь",
      ),
    ).toBe("сестра уже пять лет живет а родом и она спрашивает одну вещь");
    expect(
      withoutAskerPlaces(
        "Сестра уже пять лет живёт в Израиле, а родом из Самары, и она спрашивает одну вещь",
      ),
    ).toBe("сестра уже пять лет живет в израиле а родом и она спрашивает одну вещь");
  });

  it("read a manner of treating a side as the ties", () => {
    expect(withAttitudeAsTies("россия как-то иначе относится к израилю?")).toBe("россия связи с израилем");
    expect(
      entryOf(
        "Дядя переехал в Ашдод из Казани, говорит, Москва тепло относится к Израилю из-за таких, как он. Статья об этом что-нибудь пишет?",
      ),
    ).toBe("russia-israel-ties");
  });
});

describe("'тот, что из X' (wrong-party.ts)", () => {
  it("is a yes/no: the person's own entry, answered No", () => {
    expect(entryOf("Эрдоган — тот, что из Сирии?")).toBe("who-is-erdogan");
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
