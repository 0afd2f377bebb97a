// knowledge/voices.ts's Russia as one party (voices46): the readers that named Russia by hand ("russia|moscow|the
// kremlin|kremlin|…", some with Putin or a pronoun) build the list from the table — the country, Moscow, its
// government and the Kremlin, with its people where the reader took them. Each row names Russia by a name of the
// table the old hand list lacked (its government, its side, its people) or by Putin's full name or title, and one row
// keeps the named exception (owned-question-shapes.ts: not the Russian government).
import { describe, expect, it } from "vitest";
import { asAskedShape } from "../../src/answering/asked-shapes.js";
import { asBothSidesRelations } from "../../src/answering/both-sides-relations.js";
import { asCallOrOmission } from "../../src/answering/call-and-omission.js";
import { asFightingOn } from "../../src/answering/fighting-on.js";
import { asOkWith } from "../../src/answering/ok-with.js";
import { partyStatementAsked } from "../../src/answering/owned-question-shapes.js";
import { asWhatFailed } from "../../src/answering/what-failed.js";
import { asWhichSideContact } from "../../src/answering/which-side-contact.js";
import { WORD_REWRITES } from "../../src/answering/word-rewrites.js";
import { alsoTiesOf } from "../../src/dialogue/also-ties.js";
import { bothTermsOf } from "../../src/dialogue/both-terms.js";
import { bothWhyOf } from "../../src/dialogue/both-why.js";
import { groupOfPartyAsked } from "../../src/dialogue/group-of-party.js";
import { proposedRemedyOf } from "../../src/dialogue/proposed-remedy.js";
import { sideTakenOf } from "../../src/dialogue/side-taken.js";
import { keptOutAsked } from "../../src/dialogue/sidelines.js";
import { RUSSIA_AS_PARTY, voiceNames } from "../../src/knowledge/voices.js";
import { expectRows } from "../helpers/kind-table.js";

/** The word rewrites applied in order, as normalise.ts applies them. */
const rewritten = (text: string): string =>
  WORD_REWRITES.reduce((t, [word, re, by]) => (t.includes(word) ? t.replace(re, by) : t), text);

describe("the voices table: Russia as one party", () => {
  it("is the country, Moscow, its government and the Kremlin, with its people as a further kind", () => {
    expect(voiceNames(RUSSIA_AS_PARTY, "en")).toEqual([
      "russia",
      "moscow",
      "the russian government",
      "russian government",
      "the kremlin",
      "kremlin",
    ]);
    expect(voiceNames(RUSSIA_AS_PARTY, "en", "people")).toContain("the russian side");
  });

  it("is read by the engine's rewrites of Russia's ties, contacts, calls and blame", () => {
    expectRows(rewritten, [
      ["why would the russian side care about hamas", "why would the russian side ties with hamas"],
      [
        "why does the russian leadership even bother with israel",
        "why does the russian leadership even ties with israel",
      ],
    ]);
    expectRows(asWhichSideContact, [
      [
        "which side does the russian leadership talk to, israel or hamas?",
        "which sides does the kremlin maintain communication with",
      ],
    ]);
    expectRows(asBothSidesRelations, [
      [
        "who does the russian side have ties with?",
        "which relationships does moscow highlight with both israelis and palestinians",
      ],
    ]);
    expectRows(asCallOrOmission, [
      [
        "does the russian leadership talk to both sides?",
        "does the kremlin communicate with both warring sides",
      ],
    ]);
    expectRows(asFightingOn, [
      [
        "did the russian side say the fighting should continue?",
        "what does putin call for in the phone call",
      ],
    ]);
    expectRows(asWhatFailed, [
      ["what failed, according to the russian government?", "which policy failed according to putin"],
    ]);
    expectRows(asAskedShape, [["whom does kremlin blame for the escalation?", "who does kremlin blame"]]);
    expectRows(asOkWith, [
      ["is russian government fine with a truce", "does russian government support a truce"],
    ]);
  });

  it("keeps the named exception: a statement asked by its mark alone is not the Russian government's", () => {
    expectRows(partyStatementAsked, [
      ["the kremlin talks to hamas?", true],
      ["the russian president blame usa?", true],
      ["the russian government talks to hamas?", false],
    ]);
  });

  it("is read by the dialogue's readers of Russia's side, remedy, ties and group", () => {
    expectRows(
      (t: string) => proposedRemedyOf(t, "en"),
      [
        [
          "what is the russian side proposing to end the fighting",
          "what does the article say about peace talks?",
        ],
      ],
    );
    expectRows(
      (t: string) => sideTakenOf(t, null),
      [["who is the russian leadership rooting for?", "whose side is russia on?"]],
    );
    expectRows(keptOutAsked, [
      [
        "does the russian government want to stay on the sidelines?",
        "does the Kremlin want to keep out of the conflict?",
      ],
    ]);
    expectRows(bothWhyOf, [
      [
        "how come the russian government can talk to both sides",
        "why does russia have contacts with both sides?",
      ],
    ]);
    expectRows(groupOfPartyAsked, [
      ["what group is the russian government part of?", "which group is the russian government a member of?"],
    ]);
    expectRows(alsoTiesOf, [
      [
        "does the russian government also have ties with the palestinians?",
        "does the russian government have ties with the palestinians?",
      ],
    ]);
    expectRows(bothTermsOf, [
      ["is the russian side on good terms with both sides", "is the kremlin in contact with both sides?"],
    ]);
  });
});
