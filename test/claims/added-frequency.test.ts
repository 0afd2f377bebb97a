// claims-blind48's false confirmation (the thirty-first session's wave AQ): how often, how long or by when added to
// a deed of the article («дважды за неделю говорил по телефону с Эрдоганом»: one call, no time, in the article).
// Claims written for this test from the article, both languages; the call itself stays confirmed, and a duration
// that is all the claim says stays news.
import { describe, expect, it } from "vitest";
import { addedFrequencies } from "../../src/claims/added-frequency.js";
import { expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a frequency, a duration or a deadline the article never gives", () => {
  it.each([
    "Putin rang Erdogan twice in one week to discuss the fighting.",
    "Putin talked to Erdogan on the phone for three hours.",
    "Путин четырежды звонил Эрдогану за последние дни.",
    "Путин каждый день созванивается с Эрдоганом.",
    "Путин настаивает на прекращении огня в течение суток.",
  ])("%s → altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    "Putin calls for a ceasefire by the end of the week.",
    "Putin and Erdogan hold phone calls daily about the situation.",
    "Peskov regularly reaffirms that the Kremlin wants a constructive role.",
  ])("%s → never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    "In a call with Erdogan, Putin stressed the need for an immediate ceasefire.",
    "Peskov repeated that the Kremlin seeks to help find a settlement.",
  ])("%s → still confirmed", (claim) => {
    expectConfirmed(claim);
  });

  it("keeps a duration that is all the claim says as news", () => {
    expectVerdict("The call between Putin and Erdogan went on for about two hours.", "not-in-article");
  });

  it("names the phrases, takes them off, and leaves the article's own words", () => {
    expect(addedFrequencies("Putin called Erdogan three times this week.", "")).toEqual({
      found: ["three times", "this week"],
      without: "Putin called Erdogan.",
    });
    expect(addedFrequencies("Путин дважды за неделю звонил.", "")).toMatchObject({
      found: ["дважды", "за неделю"],
    });
    expect(addedFrequencies("Putin called Erdogan daily.", "he calls daily").found).toEqual([]);
    // "for many years" is the article's "long-standing"; "again" its resumption; the verb "repeated" its "reaffirms".
    for (const text of [
      "Moscow has had ties with the Palestinians for many years.",
      "Putin wants talks to get going again.",
      "Peskov repeated that the Kremlin wants a role.",
    ])
      expect(addedFrequencies(text, "").found, text).toEqual([]);
  });
});
