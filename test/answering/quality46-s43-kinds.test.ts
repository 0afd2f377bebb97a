// quality46's engine kinds (wave BW's blind96 misses and quality45's leftovers), in phrasings of our own: the party
// the article's criticism falls on, asked as a superlative (most-criticised.ts); Putin's blame of the US set against
// Russia's seat in the Quartet (blame-own-role.ts); a Russian voice speaking to one warring side (one-side-talks.ts,
// and dialogue's evidence-naming.ts keeping the contact card); "favour" with an outcome as "support"
// (favoured-outcome.ts); a manner inside a request ("can you tell me briefly what…", reply-length.ts, and
// dialogue's yes-no-question.ts reading "could you quickly explain why…" as a request). Probe set (first run on b4b963a0 before the change → after): probes-en90 47.4% / 100% →
// 100% / 100% engine (20 lines); through ask 47.4% / 100% → 100% / 100%.
import { describe, expect, it } from "vitest";
import { asBlameOwnRole } from "../../src/answering/blame-own-role.js";
import { withFavourAsSupport } from "../../src/answering/favoured-outcome.js";
import { asMostCriticised } from "../../src/answering/most-criticised.js";
import { asOneSideTalks } from "../../src/answering/one-side-talks.js";
import { withoutReplyLength } from "../../src/answering/reply-length.js";
import { askOnce } from "../helpers/dialogue.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

const BLAME = "who does putin blame";
const OWN_ROLE = "did putin mention russia's own role in the quartet";

describe("quality46's readers", () => {
  it("reads the party criticised most as whom Putin blames", () => {
    expectRows(asMostCriticised, [
      ["which state is faulted the most in the text?", BLAME],
      ["who catches the most flak here", BLAME],
      ["which player ends up looking worst in the story?", BLAME],
      ["what nation does the piece attack hardest", BLAME],
      ["who has been called out in this article?", BLAME],
    ]);
    expectUnchanged(asMostCriticised, [
      "which country does hamas criticise most",
      "who criticises the us the most",
      "why is russia criticised",
      "is the us criticised in the article?",
      "what is criticised in the article",
      "who is blamed for the civilian deaths",
    ]);
  });
  it("reads the blame set against Russia's Quartet seat as Putin's silence on Russia's role", () => {
    expectRows(asBlameOwnRole, [
      [
        "putin scolds america even though moscow belongs to the quartet. does the text say anything about that?",
        OWN_ROLE,
      ],
      ["double standards: the kremlin attacks washington, yet russia was a quartet member", OWN_ROLE],
      ["isn't it ironic that putin criticises the US while russia is part of the quartet", OWN_ROLE],
    ]);
    expectUnchanged(asBlameOwnRole, [
      "is russia in the quartet?",
      "who is in the quartet besides russia and the us",
      "why does putin blame the us when the quartet failed",
      "what does the quartet do",
    ]);
  });
  it("reads a Russian voice speaking to one side as contact with it", () => {
    expectRows(asOneSideTalks, [
      ["is the russian government talking with israel at all?", "is russia in contact with israel"],
      ["did moscow speak to the palestinian leadership", "is russia in contact with the palestinians"],
      ["does putin communicate with the israelis", "is russia in contact with israel"],
    ]);
    expectUnchanged(asOneSideTalks, [
      "is moscow talking to hamas",
      "why is moscow talking to israel",
      "is moscow talking to israel about a ceasefire",
      "does israel talk to russia",
    ]);
  });
  it("reads 'favour' with an outcome as 'support', and keeps it a bias before a party", () => {
    expectRows(withFavourAsSupport, [
      ["does it favour a sovereign palestinian state", "does it support a sovereign palestinian state"],
      ["is russia in favor of a truce?", "is russia support a truce?"],
      ["does putin favour negotiations", "does putin support negotiations"],
    ]);
    expectUnchanged(withFavourAsSupport, [
      "does the article favour russia?",
      "does it favour israel over the palestinians",
      "is the coverage favouring the kremlin",
    ]);
  });
  it("answers them through the engine", () => {
    expectEntries([
      ["which nation takes the most blame in the story?", "putin-blames-us"],
      [
        "putin preaching to the US while russia sat in the quartet too - does the article point that out?",
        "putin-silent-on-russia-role",
      ],
      ["is the kremlin speaking with the palestinians?", "kremlin-contact-both-sides"],
      ["does it favour palestinian statehood?", "palestinian-state"],
      ["does the article favour russia", "is-russia-neutral"],
    ]);
  });
  it("keeps the contact card through the dialogue for speaking asked of Israel or Hamas, and the ties card for the Palestinians", () => {
    expect(askOnce("are the russians talking to israel?").answer.entry?.id).toBe(
      "kremlin-contact-both-sides",
    );
    // The Palestinians keep the ties card (long-standing ties, Hamas among them), which shows them by name.
    expect(askOnce("is the kremlin talking with the palestinians").answer.entry?.id).toBe(
      "russia-palestinian-ties",
    );
    // Contact with one warring side is the contact card since verdict48 (session 44; the sides line names Hamas).
    expect(askOnce("is moscow in touch with hamas?").answer.entry?.id).toBe("kremlin-contact-both-sides");
    expect(askOnce("does russia have ties with israel?").answer.entry?.id).toBe("russia-israel-ties");
  });
  it("takes a manner inside a request off before its question word, and reads the request as no yes/no", () => {
    expectRows(withoutReplyLength, [
      ["could you tell us quickly who peskov is?", "could you tell us who peskov is?"],
      [
        "explain to me in a nutshell why russia wants to mediate",
        "explain to me why russia wants to mediate",
      ],
    ]);
    expectUnchanged(withoutReplyLength, [
      "tell me briefly about the article",
      "how quickly did putin call erdogan?",
    ]);
    expectEntries([
      ["can you tell me quickly what the russian leader said about the bloodshed?", "us-policy-failure"],
    ]);
    // A request, not a yes/no: no verdict on its question ("No." on Putin's blame before quality46).
    expect(askOnce("could you briefly explain why putin faults america").verdict ?? null).toBe(null);
    expect(askOnce("can you quickly tell me who putin phoned?").verdict ?? null).toBe(null);
  });
  itHoldsProbeFloors([["probes-en90.jsonl", 1, 1, 1]]);
});

describe("quality46's readers stay linear on long input", () => {
  it("the shapes", () => {
    expectLinearOnLongInput(
      (s) => {
        asMostCriticised(s);
        asBlameOwnRole(s);
        asOneSideTalks(s);
        withFavourAsSupport(s);
      },
      [
        "which country gets criticised ",
        "putin blames the us when russia quartet ",
        "is moscow talking to ",
        "favour a ",
      ],
    );
  });
});
