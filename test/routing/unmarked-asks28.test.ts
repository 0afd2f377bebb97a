// Questions typed without a question mark that the router used to send to the claim checker (session 28, from
// waves AI and AJ): a leading "then", a fronted "with X", a hearsay followed by "does the article say that", a
// closing «как там». The claims that hold the same words are still checked.
import { describe, expect, it } from "vitest";
import { looksLikeClaim, looksLikeQuestion } from "../../src/routing/index.js";

describe("unmarked questions of session 28", () => {
  it.each([
    "then which leader did the russian president get on the phone with",
    "and with the palestinians are they close according to the piece",
    "with hamas do they keep a channel open too",
    "my neighbour says the kremlin armed hamas, does the article say that",
    "someone told me peskov called the us a partner, is that in here",
    "переговоры израиля и палестинцев как там",
  ])("%j is a question", (q) => {
    expect(looksLikeQuestion(q)).toBe(true);
    expect(looksLikeClaim(q)).toBe(false);
  });

  it.each([
    "Then Putin called Erdogan and urged an immediate ceasefire in the region",
    "With Israel Russia shares common ground because of former Russian citizens living there",
    "Peskov said the Kremlin is ready to help, the article says so",
    "Путин сказал, что ситуация там ухудшается и как там будет дальше неизвестно.",
  ])("%j is still a claim", (c) => expect(looksLikeClaim(c)).toBe(true));
});
