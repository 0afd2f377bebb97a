// claims20's kinds (slot.ts): one content word of a near-verbatim claim swapped where the passage has another of the
// same slot — the claim's last word against the passage's last ("… helping to reach a truce" for "… a settlement")
// and, in Russian, an adjective-noun pair for the passage's ("великих держав" for "региональных игроков"). Fair
// paraphrases that keep the passage's word stay confirmed. Claims written for this test.
import { describe, expect, it } from "vitest";
import { expectConfirmed, expectNotConfirmed } from "../helpers/claims.js";

describe("a swapped last word, English", () => {
  it.each([
    [
      "Peskov says the Kremlin aims to play a constructive role in resolving the conflict and to assist in finding peace.",
      "peace",
    ],
    [
      "The Kremlin has open communication with both warring sides and stands ready to help reach a truce.",
      "truce",
    ],
    ["Russia belonged to the Quartet that was formed to facilitate Israeli-Palestinian trade.", "trade"],
  ])("%s → not confirmed, naming %s", (claim, word) => {
    const v = expectNotConfirmed(claim);
    expect(v.changes.map((c) => c.claimed)).toContain(word);
  });

  it.each([
    "Peskov says the Kremlin wants a constructive role in resolving the conflict and will assist in finding a settlement.",
    "The Kremlin keeps talking to both warring sides and stands ready to help reach a settlement.",
  ])("%s → still confirmed", (claim) => {
    expectConfirmed(claim);
  });
});

describe("a swapped adjective-noun slot, Russian", () => {
  it("великих держав for региональных игроков → not confirmed", () => {
    const v = expectNotConfirmed(
      "МИД России считает важной координацию великих держав для стабилизации ситуации.",
    );
    expect(v.changes.length).toBeGreaterThan(0);
  });

  it("the passage's own players → still confirmed", () => {
    expectConfirmed(
      "МИД России подчёркивает, что важна координация региональных игроков для стабилизации ситуации.",
    );
  });
});

// Russian litotes (litotes.ts): "не обходится без споров" says the involvement is disputed.
describe("Russian litotes", () => {
  it.each(["роль России в мирном процессе не без споров", "участие России в мирном процессе вызывает споры"])(
    "%s → confirmed",
    (claim) => {
      expectConfirmed(claim);
    },
  );

  it.each([
    "участие России в мирном процессе не вызывает никаких споров",
    "участие России обходится без споров",
  ])("%s → not confirmed", (claim) => {
    expectNotConfirmed(claim);
  });
});
