// claims13: a cause, reason or purpose the claim gives in words of its own (replaced-cause.ts), and a claim read
// as not in the article read again without its cause clause (cause-apart.ts). Claims written for this test, none
// from a labelled set: a reason the passage does not give is never confirmed; a reason reworded fairly still is.
import { describe, expect, it } from "vitest";
import { causeSpan, replacedCause } from "../../src/claims/replaced-cause.js";
import { check, expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a replaced cause or purpose is never confirmed", () => {
  it.each([
    "Russia has common ground with Israel because of their gas pipeline deals.",
    "The Russian government shares common ground with Israel thanks to its booming tech exports.",
    "Russia keeps long-standing ties with the Palestinians because of shared religious holidays.",
    "Russia's closeness to Israel stems from their joint space programme.",
    "Putin faults Washington for shipping tanks to Israel.",
    "The Foreign Ministry urges coordinating regional players so that Moscow can dominate the region.",
    "Россия находит общий язык с Израилем из-за газовых контрактов.",
    "Путин критикует Вашингтон за продажу танков Израилю.",
  ])("%s → not confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    ["Putin faults Washington for shipping tanks to Israel.", "altered"],
    ["The Foreign Ministry urges coordinating regional players in order to push out Washington.", "altered"],
    ["МИД России призывает координировать региональных игроков, чтобы вытеснить американцев.", "altered"],
  ])("%s → %s: the statement is the article's, its reason is not", (claim, verdict) => {
    const v = expectVerdict(claim, verdict);
    expect(v.changes.length).toBeGreaterThan(0);
    expect(v.span?.paragraph).toBeGreaterThan(0);
  });

  it("the replaced cause is named as the change", () => {
    const v = check("Putin faults Washington for shipping tanks to Israel.");
    expect(v.changes).toContainEqual({ kind: "replaced", claimed: "tanks", article: "" });
  });

  it("a statement the article does not make stays not in the article, whatever its reason", () => {
    expectVerdict("Putin will fly to Cairo because of the refugee crisis.", "not-in-article");
    expectVerdict("Путин поедет в Каир из-за кризиса с беженцами.", "not-in-article");
  });
});

describe("a fair reason stays confirmed", () => {
  it.each([
    "Russia shares common ground with Israel because many former Russian citizens live there.",
    "Putin blames the US for a failed Middle East policy that overlooked what Palestinians hoped for.",
    "The Foreign Ministry wants regional players coordinated in order to stabilize the situation.",
    "Putin criticizes Washington for keeping the peace efforts to itself.",
  ])("%s → confirmed", (claim) => {
    expectConfirmed(claim);
  });
});

describe("replacedCause reads only the things the cause names", () => {
  it("a verb, a name, an -ing form or a word after a modal is no replaced thing", () => {
    expect(replacedCause("They met so that Russia can lead the talks.", ["lead", "russia"])).toBeNull();
    expect(replacedCause("He blames them for running the talks alone.", ["running"])).toBeNull();
    expect(replacedCause("They agree because of oil deals.", ["oil", "deals"])?.claimed).toBe("oil deals");
  });
  it("the cause ends at its first clause; a verb of blame keeps its verb", () => {
    const text = "Putin criticizes Washington for its weapons, and Moscow agrees.";
    const span = causeSpan(text)!;
    expect(text.slice(span.link, span.start)).toBe("for");
    expect(text.slice(span.start, span.end).trim()).toBe("its weapons");
  });
});
