// quality50's kinds (wave CA, blind100's English engine misses and session 44's leftovers), in phrasings of our own:
// yes/no questions whose card states the point in other words (Russia talking to Hamas, the Kremlin that "wanna"
// help, what the article says may spread: owned-points-plain.ts); a date asked of the article, by "give the date"
// or by "say when", one No (owned-points-plain.ts); an action the article never reports asked of a Russian party,
// refused, and arms or troops read as the military card (unmentioned-action.ts); "does the article mention moscow's
// part…" with Moscow read as Russia (mention-asked.ts).
// Probe set probes-en98 (first run on 430da243 before the change → after): 61.5% / 88.9% → 100% / 100% engine,
// 84.6% / 88.9% → see question-sets.test.ts through ask.
import { describe, expect, it } from "vitest";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { asksUnmentionedAction, asMilitaryHelpAsked } from "../../src/answering/unmentioned-action.js";
import { realEngine } from "../helpers/engine.js";
import { expectRows, expectUnchanged } from "../helpers/kind-table.js";

const owned = (entry: string) => (q: string) => ownedVerdict(q, "en", entry)?.verdict ?? null;
/** The engine's reply opens with its own verdict word. */
const opens = (q: string) => /^(Yes|No)\./u.exec(realEngine.findAnswer(q, "en").answer)?.[1] ?? null;

describe("quality50's owned points", () => {
  it("owns Yes for Russia talking to Hamas or the Palestinians, not for a topic or a manner added", () => {
    expectRows(owned("russia-palestinian-ties"), [
      ["does russia actually talk to hamas??", "yes"],
      ["is moscow in touch with the palestinians?", "yes"],
      ["does the kremlin communicate with hamas or not", "yes"],
      ["does russia talk to hamas about the hostages?", null],
      ["does russia talk to hamas directly?", null],
      ["does russia refuse to talk to hamas?", null],
    ]);
  });
  it("owns Yes for the Kremlin that 'wanna' help, and for help to end the conflict", () => {
    expectRows(owned("kremlin-settlement-role"), [
      ["does the kremlin wanna help settle the conflict or not", "yes"],
      ["does moscow wanna help end the conflict?", "yes"],
      ["is russia ready to help end the fighting?", "yes"],
      ["did russia end the war?", null],
    ]);
  });
  it("owns Yes for what the article says may spread, not for a forecast or a holder", () => {
    expectRows(owned("crisis-spread-fears"), [
      ["does the article say the current crisis could go beyond the arab-israeli conflict zone?", "yes"],
      ["does the piece say the fighting might spill over beyond the region?", "yes"],
      ["does putin say the crisis could spread?", null],
      ["does the article say the crisis has spread beyond gaza?", null],
    ]);
  });
  it("says No to a date asked of the article, by 'the date' or by 'say when'", () => {
    expectRows(opens, [
      ["does the article give the date of the call?", "No"],
      ["does the article say when putin and erdogan spoke?", "No"],
      ["does the story tell us when peskov spoke?", "No"],
      ["does it mention the day of the phone call?", "No"],
      ["when did putin and erdogan speak?", null],
    ]);
  });
  it("says Yes where the article mentions Moscow's or the Kremlin's part", () => {
    expectRows(opens, [
      ["does the article mention moscow's part in the peace efforts?", "Yes"],
      ["does the article mention the kremlin's role in the peace process?", "Yes"],
      ["did putin mention moscow's role in the peace process?", "No"],
    ]);
  });
});

describe("quality50's unmentioned actions", () => {
  it("refuses an action the article never reports, asked of a Russian party", () => {
    expectRows(asksUnmentionedAction, [
      ["did the kremlin send humanitarian aid to gaza?", true],
      ["has putin imposed sanctions on israel?", true],
      ["is russia evacuating its citizens from gaza?", true],
      ["did moscow send an envoy to tel aviv?", true],
      ["is putin giving money to hamas?", true],
      ["did russia send weapons to hamas?", false],
      ["did russia offer to help settle the conflict?", false],
      ["why did russia send aid?", false],
      ["did the us send aid to israel?", false],
    ]);
    for (const q of ["did the kremlin send humanitarian aid to gaza?", "has russia sanctioned israel?"]) {
      const a = realEngine.findAnswer(q, "en");
      expect(a.reason, q).toBe("out-of-scope");
    }
  });
  it("reads arms or troops sent by a Russian party as the military card's question", () => {
    expectRows(asMilitaryHelpAsked, [
      ["has putin sent troops to israel?", "is russia sending troops or weapons?"],
      ["is the kremlin arming hamas?", "is russia sending troops or weapons?"],
      ["did russia ship weapons and aid to hamas?", "is russia sending troops or weapons?"],
    ]);
    expectUnchanged(asMilitaryHelpAsked, ["did the us send weapons to israel?", "who sent troops?"]);
  });
});
