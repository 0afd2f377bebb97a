import { describe, expect, it } from "vitest";
import { replacedContact } from "../../src/claims/contact.js";

const CALL =
  "In a phone call with Turkish leader Recep Tayyip Erdogan, Putin emphasized the urgent need for a ceasefire";

describe("the manner of a contact replaced (contact.ts)", () => {
  it("reads a meeting in person of a phone call as replaced", () => {
    expect(replacedContact("Putin met Erdogan in person and urged a ceasefire", CALL)).toEqual({
      kind: "replaced",
      claimed: "met",
      article: "phone",
    });
    expect(replacedContact("Путин лично встретился с Эрдоганом", CALL)?.kind).toBe("replaced");
  });

  it("leaves a call reworded, or a passage of no call, alone", () => {
    expect(replacedContact("Putin told Erdogan by telephone that a ceasefire is urgent", CALL)).toBeNull();
    expect(replacedContact("Putin spoke with Erdogan about a ceasefire", CALL)).toBeNull();
    expect(replacedContact("Putin met Erdogan", "Putin and Erdogan met in Sochi")).toBeNull();
  });
});
