// verdict44 (session 42): first lines of `npm run ask` that contradicted the engine — a charge «критикует X за то, что
// …» read as the US's support (us-support.ts) and as a thing the evidence negates (negated-in-evidence.ts); a call whose
// English act was taken out as the evidence's own word read as a call for nothing (called-for.ts); Putin's words asked
// of Russia, Moscow or the Kremlin read as misattributed (verdict-voices.ts); a contact asked of one warring side
// moved to a card about no contact (evidence-naming.ts). Rows are our own phrasings; probes-en89 / probes-ru89 pinned
// through the dialogue as `npm run ask` replies.
import { describe, it } from "vitest";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");
const en = (q: string) => lastVerdict([q], "en");
const entryOf = (q: string) => lastAnswer([q], "en").answer.entry?.id ?? null;

describe("a charge «за то, что …» is no stance and no thing done", () => {
  it("answers Да where Putin's charge is asked, не сказано of the US's own stance", () => {
    expectRows(ru, [
      ["Путин критикует американцев за то, что они игнорировали интересы палестинцев?", "yes"],
      ["путин упрекает сша в том, что они игнорировали интересы палестинцев?", "yes"],
      ["Путин критикует Вашингтон за то, что тот игнорирует чаяния палестинцев?", "yes"],
      ["а сша за палестинское государство?", "not-said"],
      ["а США искали компромиссы?", "no"],
    ]);
  }, 60_000); // the file's first dialogues: the engine's first load and warm-up
});

describe("a call whose act is the evidence's English word", () => {
  it("answers Да on the ceasefire card, and keeps an act the evidence lacks unsaid", () => {
    expectRows(ru, [
      ["Путин призывает к ceasefire?", "yes"],
      ["Путин требует ceasefire?", "yes"],
      ["путин настаивает на ceasefire?", "yes"],
      ["Путин добивается ceasefire?", "yes"],
      ["Путин призывает к war?", "not-said"],
    ]);
  });
});

describe("Putin's words asked of Russia, Moscow or the Kremlin", () => {
  it("confirms his blame through him; another voice stays unsaid, another party blamed No", () => {
    expectRows(en, [
      ["does the kremlin blame washington?", "yes"],
      ["is russia throwing shade at the US?", "yes"],
      ["is the kremlin pointing the finger at washington?", "yes"],
      ["does russia blame the us?", "yes"],
      ["does peskov blame washington?", "not-said"],
      // a party the article never has him blame: No, as before (answering/wrong-party.ts)
      ["does the kremlin blame iran?", "no"],
    ]);
  });
});

describe("a contact asked of one warring side", () => {
  // Contact asked of Hamas is the contact card too since verdict48 (session 44): the sides line names Hamas.
  it("keeps the contact card, asked of either side", () => {
    expectRows(entryOf, [
      ["does the kremlin speak to israel", "kremlin-contact-both-sides"],
      ["does the kremlin talk to the israelis?", "kremlin-contact-both-sides"],
      ["is moscow in touch with hamas?", "kremlin-contact-both-sides"],
    ]);
    expectRows(en, [["does the kremlin speak to israel", "yes"]]);
  });
});

describe("the probes of the kind, as `npm run ask` replies (first run on base a0753e17 through `npm run ask`: en89 25.0% (2/8), ru89 30.0% (3/10); after 87.5% / 100%)", () => {
  itHoldsAskFloors([
    ["probes-en89.jsonl", 0.87],
    ["probes-ru89.jsonl", 1],
  ]);
});
