// quality-en29: Russia's relationship with "both sides" (both-sides-relations.ts), the article's way forward
// (article-prescription.ts), a claim that Putin wants Russia to lead (lead-claim.ts), criticism of Russia's own
// role (role-criticism.ts), a question word at the end or after a preposition (why-reason.ts), filler words of a ramble (words.ts), and a person's merit or
// career asked yes/no (person-merit.ts, through off-topic-yes-no.ts and identity.ts). Our own phrasings.
import { describe, expect, it } from "vitest";
import { asArticlePrescription } from "../../src/answering/article-prescription.js";
import { asBothSidesRelations } from "../../src/answering/both-sides-relations.js";
import { asLeadClaim } from "../../src/answering/lead-claim.js";
import { asRoleCriticism } from "../../src/answering/role-criticism.js";
import { asksPersonMerit } from "../../src/dialogue/person-merit.js";
import { answerChecks } from "../helpers/answering.js";
import { askOnce } from "../helpers/dialogue.js";

const en = answerChecks("en");
const textOf = (a: { answer: string; quotes: { text: string }[] }) =>
  [a.answer, ...a.quotes.map((q) => q.text)].join(" ");

describe("Russia's relationship with both sides", () => {
  it("is the relationships Moscow highlights, with Israel and with the Palestinians", () => {
    expect(asBothSidesRelations("moscow's dealings with each side?")).toMatch(
      /both israelis and palestinians/,
    );
    expect(asBothSidesRelations("the US relationship with both sides")).toBe(
      "the US relationship with both sides",
    );
    for (const q of [
      "what are moscow's links w/ both sides, briefly",
      "how does the kremlin get along with the two sides",
    ]) {
      const a = en.expectAnswered(q, "russia-impartial-mediator");
      expect(textOf(a), q).toMatch(/Israel/);
      expect(textOf(a), q).toMatch(/Palestinian/);
    }
  });
});

describe("the article's way forward", () => {
  it("is its call for comprehensive, inclusive approaches, not Putin's wants", () => {
    expect(asArticlePrescription("what does the text say should happen next")).toBe(
      "what approach is needed for lasting peace",
    );
    expect(asArticlePrescription("what does the article say putin wants next")).toBe(
      "what does the article say putin wants next",
    );
    const a = en.expectAnswered("which approach does the author want from now on?");
    expect(textOf(a)).toMatch(/comprehensive|inclusive/);
  });
});

describe("a claim that Putin wants Russia to lead the peace effort", () => {
  it("is whether he mentioned Russia's own role: he made no mention of it", () => {
    expect(asLeadClaim("putin insisted moscow take charge of the talks?")).toBe(
      "did putin mention russia's own role",
    );
    expect(asLeadClaim("putin said the us should not run the talks")).toBe(
      "putin said the us should not run the talks",
    );
    const a = en.expectAnswered(
      "putin argued the kremlin should head the mediation, true?",
      "putin-silent-on-russia-role",
    );
    expect(a.answer).toMatch(/^No\./);
  });
});

describe("criticism of Russia's own role", () => {
  it("is the article's 'not without controversy'", () => {
    expect(asRoleCriticism("any critique of the kremlin's involvement?")).toMatch(/controversial/);
    expect(asRoleCriticism("what is putin's criticism of russia's role")).toBe(
      "what is putin's criticism of russia's role",
    );
    en.expectAnswered("does the text contain criticism of moscow's own role?", "russia-role-controversy");
    const reply = askOnce("any criticism of the kremlin's role?");
    expect(reply.answer.entry?.id).toBe("russia-role-controversy");
    expect(reply.verdict).not.toBe("not-said");
  });
});

describe("a question word at the end of the question", () => {
  it("asks a thing, and the card is shown without its Yes.", () => {
    const a = en.expectAnswered("moscow keeps its channels open to whom?", "kremlin-contact-both-sides");
    expect(a.answer).not.toMatch(/^Yes\./);
  });
});

describe("a ramble whose filler words the knowledge base lacks", () => {
  it("is read for its question", () => {
    en.expectAnswered(
      "my flatmate says the russians are neutral and i honestly dont trust anything anymore. from this article alone, how does moscow come across as a fair middleman? what's the actual case it makes",
      "russia-impartial-mediator",
    );
  });
});

describe("a person's merit or career asked yes/no", () => {
  it("is off the story and refused", () => {
    expect(asksPersonMerit("was putin a competent leader?")).toBe(true);
    expect(asksPersonMerit("did erdogan get re-elected?")).toBe(true);
    expect(asksPersonMerit("is russia on good terms with israel?")).toBe(false);
    expect(asksPersonMerit("is peskov the kremlin spokesman?")).toBe(false);
    for (const q of ["is putin a bad president?", "was peskov sacked?", "is erdogan an honest man?"]) {
      const reply = askOnce(q);
      expect(reply.answer.answered, q).toBe(false);
    }
  });
  it("keeps the role asked yes/no", () => {
    expect(askOnce("is peskov a kremlin spokesman?").verdict).toBe("yes");
    expect(askOnce("is erdogan the turkish leader?").verdict).toBe("yes");
  });
});
