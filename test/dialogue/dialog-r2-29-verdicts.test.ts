// dialog-r2-29 (session 29): Yes where the answer's own card holds the verdict. The claim checker's "actor"
// change counts as another doer only when the passage's side of it names someone (actor-change.ts).
import { describe, expect, it } from "vitest";
import { namesAnotherActor } from "../../src/dialogue/actor-change.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb, realParties } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const speakers = new SpeakerNames(realKb);

describe("an actor change of the claim checker", () => {
  it("is another doer only when the passage's side names a party or a speaker", () => {
    const actor = (article: string) => [{ kind: "actor" as const, claimed: "israel", article }];
    expect(namesAnotherActor(actor("russia"), realParties, speakers)).toBe(true);
    expect(namesAnotherActor(actor("amidst"), realParties, speakers)).toBe(false);
    expect(
      namesAnotherActor([{ kind: "added" as const, claimed: "wants", article: "" }], realParties, speakers),
    ).toBe(false);
  });
});

describe("the entry's own question naming the two sides its card names", () => {
  it("is Yes on the escalation, still No for a party put in a member's place", () => {
    expect(lastVerdict(["is the fighting between israel and hamas escalating?"])).toBe("yes");
    expect(lastVerdict(["who is in the quartet", "is israel one of them?"])).not.toBe("yes");
  });

  it("does so through the bot", async () => {
    const conversation = loadConversation(REAL_KB_DIR, realKb);
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("is the fighting between israel and hamas escalating?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b|\nYes\b/);
    expectValidOutput(t.api);
  });
});
