// claims33's kinds: a phone call made a meeting in Russian (contrary-deeds.json), a failure said to be meant
// (intended-failure.ts), one party where another sentence has all (one-for-all-sentence.ts), talks for the
// article's dialogue said the other way round (talks-as-dialogue.ts), and a bare contact with a name the
// article never gives (contact-news.ts). None of them confirms. Claims written for this test, not taken from
// any set.
import { describe, expect, it } from "vitest";
import { check, expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a claim that alters a passage it falls short of", () => {
  it.each([
    // The call made a meeting, Russian past forms.
    ["Путин и Эрдоган увиделись не по телефону, а встретились в Анкаре", "altered"],
    ["Путин встретился с Эрдоганом и обсудил с ним прекращение огня", "altered"],
    ["Путин на встрече с Эрдоганом подчеркнул необходимость прекращения огня", "altered"],
    // A failure said to be meant.
    ["Putin says Washington started the violence on purpose", "altered"],
    ["Putin believes the United States deliberately provoked the conflict", "altered"],
    ["По словам Путина, США умышленно спровоцировали этот конфликт", "altered"],
    // One party where another sentence has all of them.
    // (the first reaches the US sentence's "interests of Palestinians" before one-for-all-sentence.ts reads it)
    ["The article says only the interests of Palestinians should be prioritized", "altered"],
    ["The author wants approaches prioritising solely the interests of Hamas", "altered"],
    // Talks for the dialogue, said the other way round.
    ["The Russian Foreign Ministry is opposed to direct talks between Israelis and Palestinians", "altered"],
    ["МИД России возражает против прямых переговоров между израильтянами и палестинцами", "altered"],
  ])("%s -> %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });

  it.each([
    // A meeting agreed for later, a failure with no intent, a party of the claim's own: news, as before.
    "Путин и Эрдоган договорились встретиться в Анкаре",
    "Hamas deliberately started the war",
    "Biden says the US deliberately started the war",
    "Hamas rejects talks with Israel",
  ])("%s: not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });

  it.each([
    // A bare contact with someone the article never names: news (claims39; claims42 had it the call altered).
    "Путин поговорил по телефону с Байденом",
    "Путин побеседовал по телефону с Нетаньяху",
  ])("%s: a bare contact, not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });

  it.each([
    "Путин поговорил по телефону с Эрдоганом",
    "Putin talked with Erdogan by phone",
    "Putin says the latest surge in violence shows that US policy has failed",
    "The article calls for approaches that prioritize the interests of all parties involved",
  ])("%s: confirmed", (claim) => {
    expectConfirmed(claim);
  });

  it("a contact with the call's message stays an alteration, not news", () => {
    expectVerdict("Путин поговорил по телефону с Нетаньяху и призвал к прекращению огня", "altered");
  });
});

/** Intent words, each with a claim of the US meaning what the article calls its failure. */
const INTENT = ["deliberately", "intentionally", "on purpose", "knowingly", "purposely", "by design"];
const STRIFE = ["the war", "the violence", "the conflict", "the crisis", "the bloodshed"];

describe("property: a failure of the US said to be meant is never confirmed", () => {
  it("every intent word with every strife word, in Putin's mouth or none", () => {
    for (const intent of INTENT)
      for (const strife of STRIFE)
        for (const frame of ["Putin said", "Putin believes", ""]) {
          const claim = `${frame} the US ${intent} started ${strife}`.trim();
          expectNotConfirmed(claim);
          expect(check(claim).verdict, claim).not.toBe("misattributed");
        }
  });
});
