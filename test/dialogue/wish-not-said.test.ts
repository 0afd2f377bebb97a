// claims13: a wish the article never states is no "yes" ("does the US want peace?" on Putin criticizing Washington
// for monopolizing peace efforts: "want" is glue to that entry's words), while a wish the article does state
// ("need", "aims", "readiness") keeps its yes. Played through the bot (playChat: bot.handleUpdate, real stores).
import { describe, expect, it } from "vitest";
import { createClaimChecker } from "../../src/claims/index.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realKb as kb } from "../helpers/engine.js";

const last = (messages: string[]) => answerOf(playChat(messages, { lang: "en" }).at(-1)!.replies[0]!);
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
    expect(last(["does the US want peace?"]).verdict).not.toBe("yes");
    expect(last(["does Washington want peace?"]).verdict).not.toBe("yes");
    expect(last(["does Putin want a ceasefire?"]).verdict).toBe("yes");
    expect(last(["so Russia actually wants to help sort it out?"]).verdict).toBe("yes");
  });
});
