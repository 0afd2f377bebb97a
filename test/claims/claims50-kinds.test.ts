// claims50's kinds: a Russian attribution before the article's English words is read as that speaker's (or the
// article's) frame (russian-lead.ts); a named speaker not in the article, or a speaker's own country before the
// name ("Turkey's Erdogan"), gives right words to another voice: misattributed (words.ts, speaker-possessor.ts); a
// list of the Quartet's members is no swapped actor, one member put for another is (changes.ts, verdict.ts); a
// stance in place of the passage's own with a word of manner beside it is altered; "a constructive player/force"
// is "a constructive role"; the Kremlin's contact with a party the article never names is news (contact-news.ts).
// Claims written for this test. Rows of (claim → verdict), test/helpers/claims.ts and kind-table.ts.
import { describe, it } from "vitest";
import { check as checkClaim, expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";
import { expectRows } from "../helpers/kind-table.js";

/** The verdict and the speaker the claim is read as giving the words to. */
const verdictAndSpeaker = (claim: string) => {
  const v = checkClaim(claim);
  return { verdict: v.verdict, speaker: v.claimedSpeaker?.id };
};

describe("a Russian attribution before the article's English words", () => {
  it("is word for word, its speaker's", () => {
    expectRows(verdictAndSpeaker, [
      ['Песков: "seeks to assist in finding a settlement"', { verdict: "verbatim", speaker: "peskov" }],
      [
        'Пресс-секретарь Кремля: "the Kremlin aims to play a constructive role"',
        { verdict: "verbatim", speaker: "peskov" },
      ],
      [
        "МИД РФ: «establish direct Palestinian-Israeli dialogue»",
        { verdict: "verbatim", speaker: "foreign-ministry" },
      ],
      [
        'Путин заявил, что "the latest surge in violence is a clear indication of the failure of US policy"',
        { verdict: "verbatim", speaker: "putin" },
      ],
    ]);
  });

  it("the article's own words, word for word; another voice's or changed words, not", () => {
    expectVerdicts([
      [
        'В статье говорится: "Russia’s involvement in the Middle East peace process is not without controversy"',
        "verbatim",
      ],
      [
        'Как пишет статья: "the Kremlin, meanwhile, maintains open communication with both warring sides"',
        "verbatim",
      ],
      [
        'Путин: "The Russian Foreign Ministry stresses the importance of coordinating regional players"',
        "misattributed",
      ],
      ['Шойгу: "seeks to assist in finding a settlement"', "misattributed"],
      ['Песков: "the Kremlin refuses to play a constructive role in resolving the conflict"', "altered"],
    ]);
  });

  it("a denied Russian frame is never read as the speaker's words", () => {
    expectNoneConfirmed(['Песков не говорил: "seeks to assist in finding a settlement"']);
  });
});

describe("right words, another named speaker", () => {
  it("is misattributed; a speaker's own country before the name is no word for word", () => {
    expectVerdicts([
      [
        "Defence Minister Sergei Shoigu reiterated that the Kremlin seeks to assist in finding a settlement.",
        "misattributed",
      ],
      ["Turkey's Erdogan criticized Washington for monopolizing peace efforts.", "misattributed"],
      [
        "Turkey's Recep Tayyip Erdogan expressed deep concern over the rising number of civilian casualties.",
        "misattributed",
      ],
      ["Russia's Putin criticizes Washington for monopolizing peace efforts", "paraphrase"],
    ]);
  });

  it("another country's possessive keeps the claim from being confirmed", () => {
    expectNoneConfirmed(["Israel's Putin criticizes Washington for monopolizing peace efforts"]);
  });
});

describe("the Quartet's members", () => {
  it("a list naming the members in other words is a paraphrase; one member put for another, altered", () => {
    expectVerdicts([
      ["Russia sits in the Quartet together with the United States, the UN and the EU.", "paraphrase"],
      ["Along with the United States, the UN and Japan, Russia is part of the Quartet.", "altered"],
      ["Россия наряду с США, ООН и Японией состоит в «квартете» посредников по урегулированию.", "altered"],
    ]);
  });
});

describe("a stance, a player, a contact", () => {
  it("a stance with a word of manner is altered; a constructive player/force is the role; a new contact is news", () => {
    expectVerdicts([
      ["Moscow proudly presents itself as a pro-Israeli mediator.", "altered"],
      ["Peskov said the Kremlin wants to be a constructive force in resolving the conflict.", "paraphrase"],
      [
        "Peskov said the Kremlin hopes to be a constructive participant in resolving the conflict.",
        "paraphrase",
      ],
      ["The Kremlin said it stays in close contact with Riyadh on the crisis.", "not-in-article"],
      ["Песков заявил, что Кремль поддерживает контакт с Дохой.", "not-in-article"],
    ]);
  });

  it("forcing a settlement is still no help to reach one", () => {
    expectNoneConfirmed(["Peskov said the Kremlin wants to force a settlement of the conflict."]);
  });
});
