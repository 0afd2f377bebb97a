// dialog25: a short follow-up naming another party asks the last question of it (party-swap.ts), a clarifying
// choice answered by the side the last answer names (follow-up-forms.ts, clarify-choice.ts), "did X himself say
// that?" as a voice check, and "shorter" (shorter.ts). Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { followUpFormOf } from "../../src/dialogue/follow-up-forms.js";
import { partyAskedOf, swappedQuestion } from "../../src/dialogue/party-swap.js";
import { asksShorter } from "../../src/dialogue/shorter.js";
import { lastAnswer, lastText, lastVerdict } from "../helpers/dialogue.js";
import { realParties } from "../helpers/engine.js";

describe("a follow-up naming only another party (partyAskedOf, swappedQuestion)", () => {
  it("reads the party, its preposition and a 'too' as yes/no", () => {
    const a = partyAskedOf("and towards the israelis?", "en", realParties);
    expect(a?.party.id).toBe("israel");
    expect(a?.yesNo).toBe(false);
    expect(partyAskedOf("hamas as well?", "en", realParties)?.yesNo).toBe(true);
    expect(partyAskedOf("а с израилем тоже?", "ru", realParties)?.phrase).toBe("с израилем");
    expect(partyAskedOf("and what did putin say about the palestinians?", "en", realParties)).toBeNull();
  });

  it("swaps the last question's party, keeping the follow-up's word form", () => {
    const ru = partyAskedOf("а с палестинцами?", "ru", realParties)!;
    expect(swappedQuestion("какие отношения у москвы с израилем", ru, "ru", realParties)).toBe(
      "какие отношения у москвы с палестинцами",
    );
    const en = partyAskedOf("hamas too?", "en", realParties)!;
    expect(swappedQuestion("what links does moscow keep with the palestinians", en, "en", realParties)).toBe(
      "does moscow keep links with hamas?",
    );
  });

  it("leaves 'X too?' after a who-question to the older readings: is X also among those the answer names", () => {
    // Lead's mend after merging dialog24 and dialog25: the swap read "а с Израилем тоже?" after "с кем у России
    // давние связи?" as "с кем с Израилем давние связи?" and lost the Yes.
    expect(lastVerdict(["с кем у москвы давние связи?", "а с израилем тоже?"], "ru")).toBe("yes");
  });

  it("answers the other party's ties, and Yes to 'even hamas?'", () => {
    expect(lastText(["how is russia connected to israel?", "and to the palestinians?"])).toMatch(
      /long-standing/,
    );
    expect(lastVerdict(["is moscow in contact with the palestinians?", "even hamas?"])).toBe("yes");
    expect(lastText(["что думает Иран об этом", "а Россия?"], "ru")).toMatch(/Москв|Росси/);
  });
});

describe("clarifying choices and voice checks (followUpFormOf)", () => {
  it("drops the frame of a choice and the 'himself' of a voice check", () => {
    expect(followUpFormOf("which spokesman, russian or turkish?", realParties)).toBe("russian or turkish?");
    expect(followUpFormOf("is it the american one or the russian one?", realParties)).toBe(
      "american or russian?",
    );
    expect(followUpFormOf("чей МИД, турецкий или российский?", realParties)).toBe("турецкий или российский?");
    expect(followUpFormOf("did peskov himself say that?", realParties)).toBe("did peskov say that?");
    expect(followUpFormOf("это сам Песков сказал?", realParties)).toBe("это сказал Песков?");
    expect(followUpFormOf("is it israel or gaza?", realParties)).toBeNull();
  });

  it("answers the choice by the side the last answer names", () => {
    expect(
      lastText(["what is the foreign ministry asking for?", "which ministry, turkish or russian?"]),
    ).toMatch(/The Russian one/);
    expect(lastText(["что предлагает МИД?", "какой МИД, турецкий или российский?"], "ru")).toMatch(
      /Российский/,
    );
  });

  it("is No when the named voice is not the one the answer reports", () => {
    expect(lastVerdict(["what is the kremlin's spokesman saying?", "did putin say that himself?"])).toBe(
      "no",
    );
  });
});

describe("shorter", () => {
  it("is read in both languages, and not inside a question", () => {
    expect(asksShorter("way too long, make it shorter please")).toBe(true);
    expect(asksShorter("покороче")).toBe(true);
    expect(asksShorter("is the quartet shorter lived?")).toBe(false);
  });

  it("gives the one-line summary after the summary", () => {
    const shorter = lastAnswer(["sum up the story for me", "even shorter"]);
    const first = lastAnswer(["sum up the story for me"]);
    expect(shorter.answer.answer.length).toBeLessThan(first.answer.answer.length);
  });
});
