// claims13: a wish the article never states is no "yes" ("does the US want peace?" on Putin criticizing Washington
// for monopolizing peace efforts: "want" is glue to that entry's words), while a wish the article does state
// ("need", "aims", "readiness") keeps its yes. Played through the bot (playChat: bot.handleUpdate, real stores).
import { describe, expect, it } from "vitest";
import { createClaimChecker } from "../../src/claims/index.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realKb as kb } from "../helpers/engine.js";

const check = createClaimChecker(kb);

describe("a wish the article does not state", () => {
  it("is read as added by the checker", () => {
    for (const claim of ["the US wants peace", "Washington wishes for peace"]) {
      const v = check(claim);
      expect(["verbatim", "paraphrase"], claim).not.toContain(v.verdict);
    }
    expect(["verbatim", "paraphrase"]).toContain(check("the Kremlin wants a settlement").verdict);
  });

  it("gets no yes in a chat; a wish the article states keeps it", () => {
    expect(lastVerdict(["does the US want peace?"])).not.toBe("yes");
    expect(lastVerdict(["does Washington want peace?"])).not.toBe("yes");
    expect(lastVerdict(["does Putin want a ceasefire?"])).toBe("yes");
    expect(lastVerdict(["so Russia actually wants to help sort it out?"])).toBe("yes");
  });
});
