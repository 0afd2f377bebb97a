// Yes/no on an entry's point in the words of its opposite ("does Putin think US policy worked?" on the entry
// saying it failed): the curators' `opposites` in conversation.json, checked at load; a word of negation beside
// the opposite leaves it alone; another speaker is not the entry's. Our own questions, from the article.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { askOnce as ask } from "../helpers/dialogue.js";
import { realKb as kb } from "../helpers/engine.js";

describe("a question in the words of an entry's opposite is answered no", () => {
  it.each([
    // praise of the US in Putin's voice reads as what he says of the US (quality-en50, praise-for.ts): still No.
    ["does putin think the us did a good job in the region?", "putin-on-us"],
    ["was us policy in the middle east a success according to putin?", "us-policy-failure"],
    ["is russia's role in the peace process undisputed?", "russia-role-controversy"],
    ["does putin want the fighting to go on?", "ceasefire-call"],
    ["did washington take palestinian aspirations into account?", "us-ignores-palestinian-interests"],
    ["is putin indifferent to civilian deaths?", "putin-civilian-casualties"],
    ["is the fighting easing?", "violence-escalating"],
  ])("%s -> No (%s)", (q, id) => {
    const reply = ask(q);
    expect(reply.answer.entry?.id).toBe(id);
    expect(reply.verdict).toBe("no");
  });
});

describe("an opposite beside a word of negation, or of another speaker, is not turned", () => {
  it.each([
    "does putin think us policy failed?",
    "does putin call for a ceasefire?",
    "is russia's involvement in the peace process controversial?",
  ])("%s -> yes", (q) => expect(ask(q).verdict).toBe("yes"));

  it.each([
    "did the us fail to address palestinian interests according to putin?",
    "does putin want the war to end?",
  ])("%s -> never no", (q) => expect(ask(q).verdict).not.toBe("no"));

  it("another party's view is not the entry's: 'does hamas think us policy worked?' is not no", () => {
    expect(ask("does hamas think us policy worked?").verdict).not.toBe("no");
  });
});

describe("conversation.json: opposites are checked at load", () => {
  it("names an entry with opposites but no curated yes", () => {
    const dir = mkdtempSync(join(tmpdir(), "conversation-"));
    writeFileSync(
      join(dir, "conversation.json"),
      JSON.stringify({
        storyPoint: ["putin-blames-us"],
        verdicts: { "putin-silent-on-russia-role": "no" },
        opposites: { "putin-silent-on-russia-role": { word: "silent", opposites: ["talked"] } },
      }),
    );
    expect(() => loadConversation(dir, kb)).toThrow(
      /opposites\.putin-silent-on-russia-role: "putin-silent-on-russia-role" has no curated verdict "yes"/,
    );
  });
  it("a term listed as never used by the article must not be in it", () => {
    const dir = mkdtempSync(join(tmpdir(), "conversation-"));
    writeFileSync(
      join(dir, "conversation.json"),
      JSON.stringify({
        storyPoint: ["putin-blames-us"],
        verdicts: {},
        notInWords: { "palestinian-state": ["two-state", "independent state"] },
      }),
    );
    expect(() => loadConversation(dir, kb)).toThrow(
      /notInWords\.palestinian-state: "independent state" is in the article/,
    );
  });
});

describe("a curated yes answers only the entry's own question, compared by the engine's concepts", () => {
  it.each([
    "did the us call for a ceasefire?",
    "did erdogan call for a ceasefire?",
    "does israel want a ceasefire?",
    "does the us want a palestinian state?",
    "is the violence over?",
  ])("%s -> never yes", (q) => expect(ask(q).verdict).not.toBe("yes"));

  it.each([
    "is the eu one of the quartet members?",
    "does putin want a truce?",
    "is russia part of the quartet?",
    "does the kremlin keep in touch with both sides?",
  ])("%s -> yes", (q) => expect(ask(q).verdict).toBe("yes"));
});

describe("an outcome the article only calls for is never a yes", () => {
  it.each([
    "did the negotiations resume?",
    "is there a ceasefire now?",
    "has a ceasefire been agreed?",
    "is the war over?",
  ])("%s -> the article doesn't say", (q) => {
    const reply = ask(q);
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.answer).toMatch(/doesn't (?:say that has happened|report)/);
  });

  it("what was called for is still a yes", () => {
    expect(ask("did putin call for a ceasefire?").verdict).toBe("yes");
  });
});

describe("what the article only hedges ('the crisis may extend') is neither yes nor no", () => {
  it.each([
    "has the crisis already spread to other countries?",
    "will the conflict spread to the wider region?",
  ])("%s -> the article doesn't say", (q) => {
    expect(ask(q).verdict).toBe("not-said");
  });
});
