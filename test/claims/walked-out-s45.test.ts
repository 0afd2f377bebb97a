// A walk-out or an abrupt end put on the article's call is never confirmed (walked-out.ts): "Putin walked out of the
// call with Erdogan" read as a paraphrase of ¶2 with one unbacked word before.
import { describe, it } from "vitest";
import { expectConfirmed, expectNotConfirmed, expectVerdicts } from "../helpers/claims.js";

describe("a walk-out put on the call", () => {
  it("is the call altered, in both languages", () => {
    expectVerdicts([
      ["Putin walked out of the call with Erdogan", "altered"],
      ["Путин прервал телефонный разговор с Эрдоганом", "altered"],
    ]);
  });
  it.each([
    "Putin hung up on Erdogan during their phone call",
    "Putin cut the call with Erdogan short",
    "Путин бросил трубку во время разговора с Эрдоганом",
    "Putin stormed out of the phone call with Erdogan",
  ])("%s is not confirmed", (claim) => {
    expectNotConfirmed(claim);
  });
  it("leaves the call itself confirmed", () => {
    expectConfirmed("Putin spoke with Erdogan by phone");
  });
});
