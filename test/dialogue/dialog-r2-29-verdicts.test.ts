// dialog-r2-29 (session 29): Yes where the answer's own card holds the verdict. The claim checker's "actor"
// change counts as another doer only when the passage's side of it names someone (actor-change.ts).
import { describe, expect, it } from "vitest";
import { namesAnotherActor } from "../../src/dialogue/actor-change.js";
import { agentSwapVerdict } from "../../src/dialogue/agent-swap.js";
import { guiltAt, guiltOfBlamed } from "../../src/dialogue/guilt-form.js";
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

describe("a guilt asked of a party ('X is the one to blame', 'X's fault')", () => {
  const at = (text: string, word: string) => guiltAt(text, text.lastIndexOf(word), word);
  it("reads the party before the blame word as the one blamed", () => {
    expect(at("so moscow is the one to blame", "blame")).toBe(true);
    expect(at("the israelis are the ones to blame", "blame")).toBe(true);
    expect(at("so it is mostly hamas's fault", "fault")).toBe(true);
    expect(at("is egypt at fault", "fault")).toBe(true);
    expect(at("does putin blame", "blame")).toBe(false);
    expect(at("did putin find fault", "fault")).toBe(false);
  });

  it("is no swapped doer when the evidence blames that party, still No for another singled out", () => {
    const blames = realEngine.answerForEntry("putin-blames-us", "en")!;
    expect(
      agentSwapVerdict("so in his view america is the one to blame?", blames, "en", realParties),
    ).toBeNull();
    expect(agentSwapVerdict("so it's washington's fault?", blames, "en", realParties)).toBeNull();
    expect(agentSwapVerdict("so israel is the one to blame?", blames, "en", realParties)).toBe("no");
  });

  it("is Yes where the evidence's sentence blames that very party, never for another or a negated guilt", () => {
    const blames = realEngine.answerForEntry("putin-blames-us", "en")!;
    const guilt = (q: string) => guiltOfBlamed(q, blames, "en", realParties);
    expect(guilt("so in short it's washington's fault?")).toBe(true);
    expect(guilt("so the united states is the one to blame?")).toBe(true);
    expect(guilt("so it's hamas's fault?")).toBe(false);
    expect(guilt("so the united states isn't to blame?")).toBe(false);
    expect(guilt("is the united states to blame for the casualties?")).toBe(false);
  });

  it("is no false No in a chat", () => {
    expect(
      lastVerdict(["what's putin's take in short", "so the united states is the one at fault?"]),
    ).not.toBe("no");
    expect(lastVerdict(["who does putin blame", "so the palestinians are the ones to blame?"])).toBe("no");
  });
});
