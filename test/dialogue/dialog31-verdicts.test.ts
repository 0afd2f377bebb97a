// dialog31 (session 31): yes/no questions whose every word the found entry backs, answered "The article doesn't say
// (so in those words)" above the very passage that says it — the asker's chat words read as claims ("for this war"
// against the article's "peace efforts", "mediate" against "immediate"), words spread over two phrasings or the
// entry's answer, a fronted "with X, does it…", a voice's words asked back by name ("putin said …??"). And the
// guards: another party, an extra deed, stays no Yes. Our own phrasings (not the sets' lines).
import { describe, expect, it } from "vitest";
import { createClaimChecker } from "../../src/claims/index.js";
import { dislocatedTopicOf } from "../../src/dialogue/dislocated-topic.js";
import { statementOf } from "../../src/dialogue/yes-no-question.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realKb as kb } from "../helpers/engine.js";

const noSpeakers = { namedIn: () => [] } as unknown as Parameters<typeof statementOf>[1];

describe("the asker's chat words are no part of the statement checked", () => {
  it("drops 'for this war', 'at all', 'actually' and a closing 'here'/'too'", () => {
    expect(statementOf("does putin hold the us responsible for this whole conflict", noSpeakers)).toBe(
      "putin hold the US responsible",
    );
    expect(statementOf("does the kremlin actually want to help here", noSpeakers)).toBe(
      "the kremlin want to help",
    );
    expect(statementOf("is moscow in touch with hamas at all", noSpeakers)).toBe(
      "moscow is in touch with hamas",
    );
  });
});

describe("a word that only looks prefixed is no opposite", () => {
  const check = createClaimChecker(kb);
  it("'mediate' does not deny the article's 'immediate'", () => {
    const v = check("The Kremlin wants to mediate");
    expect(v.changes.filter((c) => c.kind === "opposite")).toEqual([]);
  });
  it("a real prefix still denies: 'partial' against 'impartial'", () => {
    expect(check("Moscow presents itself as a partial mediator").verdict).not.toBe("paraphrase");
  });
});

describe("a fronted phrase with its preposition is the question's object", () => {
  it("puts it back after the verb, before 'too'", () => {
    expect(dislocatedTopicOf("and with the israelis, does it keep contact too")).toBe(
      "does it keep contact with the israelis too?",
    );
    expect(dislocatedTopicOf("and the UN, is it named anywhere?")).toBe("is the UN named anywhere?");
  });
});

describe("every word the entry's own: its verdict", () => {
  it("answers Yes where the entry says it", () => {
    expect(lastVerdict(["is putin pinning the blame for this war on washington?"])).toBe("yes");
    expect(lastVerdict(["does the kremlin even want to mediate at all"])).toBe("yes");
    expect(lastVerdict(["is russia in contact with hamas as well as israel"])).toBe("yes");
    expect(lastVerdict(["does putin take the recent bloodshed as a sign of anything?"])).toBe("yes");
    expect(
      lastVerdict(["does russia have ties to israel?", "and with the palestinians, does it have links too"]),
    ).toBe("yes");
    expect(lastVerdict(["peskov said the kremlin wants a constructive role??"])).toBe("yes");
    expect(lastVerdict(["does putin hold the americans responsible for the bloodshed?"])).toBe("yes");
  });

  it("keeps another party, an extra deed or a wrong voice from Yes", () => {
    expect(lastVerdict(["does putin blame the eu for this war?"])).not.toBe("yes");
    expect(lastVerdict(["is russia in contact with iran as well as israel"])).not.toBe("yes");
    expect(lastVerdict(["does the kremlin want to mediate between israel and iran"])).not.toBe("yes");
    expect(lastVerdict(["does putin blame the us for this war and for arming israel"])).not.toBe("yes");
    expect(lastVerdict(["erdogan said the us monopolised peace efforts??"])).not.toBe("yes");
    // A word the checker meets in no passage and the engine drops as filler is the asker's own detail.
    expect(lastVerdict(["did putin condemn hamas for the rockets"])).not.toBe("yes");
    expect(lastVerdict(["did he say anything nasty about israel?"])).not.toBe("yes");
  });
});
