// claims-blind47's kind: a stance said the other way round under the frame of the call with Erdogan («В разговоре с
// Эрдоганом Путин поддержал …»): the frame pulled the claim to ¶2's call and it read as news; without it, it alters
// ¶1's blame. Claims written for this test from the article.
import { describe, expect, it } from "vitest";
import { withoutCallFrame } from "../../src/claims/call-frame.js";
import { expectVerdict } from "../helpers/claims.js";

describe("a stance reversed under the frame of the call", () => {
  it("reads it as altered (English and Russian)", () => {
    expectVerdict(
      "On the phone with Erdogan, Putin approved of American policy in the Middle East.",
      "altered",
    );
    expectVerdict(
      "Во время телефонного разговора с Эрдоганом Путин поддержал ближневосточную политику США.",
      "altered",
    );
  });

  it("keeps news under the frame news, and the call's own words confirmed", () => {
    expectVerdict(
      "In a call with Erdogan, Putin invited Turkey to host peace talks in Istanbul.",
      "not-in-article",
    );
    expectVerdict(
      "In their phone call, Putin told Erdogan an immediate ceasefire was urgently needed.",
      "paraphrase",
    );
  });

  it("takes off only the frame of the call with Erdogan", () => {
    expect(withoutCallFrame("Speaking to Erdogan by phone, Putin backed the US.")).toBe(
      "Putin backed the US.",
    );
    expect(withoutCallFrame("В разговоре с Эрдоганом Путин поддержал США.")).toBe("Путин поддержал США.");
    expect(withoutCallFrame("In a call with Netanyahu, Putin backed the US.")).toBeNull();
  });
});
