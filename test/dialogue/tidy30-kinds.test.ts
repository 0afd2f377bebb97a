// tidy30: the four party readers read one table (knowledge/parties.json) and agree on who a word names; a party's
// self-image is the presenter's own (self-presented.ts): "does the US portray itself as a neutral broker?" is not
// the Yes of Moscow's. Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/types.js";
import { agentSwapVerdict } from "../../src/dialogue/agent-swap.js";
import { partyAskedOf } from "../../src/dialogue/party-swap.js";
import { activeReadingsOf } from "../../src/dialogue/passive-accusation.js";
import { selfPresentedVerdict } from "../../src/dialogue/self-presented.js";
import { agreementAsked, stanceOfPartyAsked } from "../../src/dialogue/third-party-agreement.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realParties } from "../helpers/engine.js";

const never = () => false;
const parties = realParties;
/** A word of the table without its wildcard, as a person types it. */
const typed = (form: string) => form.replace(/\*/g, "");

describe("the four party readers agree with the table", () => {
  it("party-swap: each party's every name, typed alone, is that party", () => {
    for (const p of parties)
      for (const lang of ["en", "ru"] as const)
        for (const name of p.names[lang])
          expect(partyAskedOf(`${typed(name)}?`, lang, parties)?.party.id, name).toBe(p.id);
  });

  it("agent-swap: a party of another side than the evidence's doer is a swap, any of Russia's words is none", () => {
    const evidence = {
      answered: true,
      kind: "entry",
      answer: "Putin criticizes Washington for monopolizing peace efforts.",
      quotes: [],
    } as unknown as Answer;
    for (const p of parties.filter((p) => p.kind !== "collective"))
      for (const word of [...p.names.en, ...p.people.flatMap((person) => person.en)]) {
        const verdict = agentSwapVerdict(
          `does ${typed(word)} criticize washington?`,
          evidence,
          "en",
          parties,
        );
        expect(verdict, word).toBe(p.id === "russia" ? null : "not-said");
      }
  });

  it("third-party agreement: every word of a party that never speaks is unvoiced, no word of Russia's is", () => {
    for (const p of parties)
      for (const word of [...p.names.en, ...p.people.flatMap((person) => person.en)]) {
        const asked = agreementAsked(`does ${typed(word)} agree with that`, "en", never, parties);
        expect(asked === null, word).toBe(p.speaks);
      }
    for (const p of parties.filter((p) => !p.speaks))
      for (const word of p.names.ru.filter((w) => !w.includes("*")))
        expect(agreementAsked(`а ${word} с этим согласен`, "ru", never, parties)?.party, word).toBe(word);
    expect(
      stanceOfPartyAsked("and the kremlin?", "does putin support a ceasefire?", "en", parties),
    ).toBeNull();
  });

  it("passive accusation: the accusers tried are the table's quoted voices, in its order", () => {
    const voices = parties.flatMap((p) =>
      p.speaks ? p.people.flatMap((person) => (person.say ? [person.say.en] : [])) : [],
    );
    expect(voices).toEqual(["Putin", "Peskov", "the Kremlin", "the Russian Foreign Ministry"]);
    expect(activeReadingsOf("is israel blamed for the violence", parties)).toEqual(
      voices.map((v) => `does ${v} blame israel for the violence?`),
    );
  });
});

describe("a self-image is the presenter's own", () => {
  it.each([
    "does the US portray itself as a neutral broker?",
    "is Hamas posing as an impartial mediator?",
    "does Israel present itself as a fair go-between?",
  ])("another party presenting itself: the article doesn't say (%s)", (q) => {
    expect(lastVerdict([q])).toBe("not-said");
  });

  it.each([
    "США выставляют себя нейтральной стороной?",
    "ХАМАС позиционирует себя как беспристрастного посредника?",
  ])("in Russian too (%s)", (q) => {
    expect(lastVerdict([q], "ru")).toBe("not-said");
  });

  it("Moscow, Russia and the Kremlin presenting themselves so: Yes, in both languages", () => {
    expect(lastVerdict(["does Russia present itself as an impartial mediator?"])).toBe("yes");
    expect(lastVerdict(["is the Kremlin portraying itself as a neutral intermediary?"])).toBe("yes");
    expect(lastVerdict(["Москва позиционирует себя как беспристрастного посредника?"], "ru")).toBe("yes");
  });

  it("reads the presenter from the quote, not the question's wording alone", () => {
    const evidence = {
      answered: true,
      kind: "entry",
      answer: "",
      quotes: [{ text: "Ankara strives to present itself as an impartial mediator." }],
    } as unknown as Answer;
    expect(
      selfPresentedVerdict("does turkey present itself as a neutral mediator?", "en", evidence, parties),
    ).toBe("yes");
    expect(
      selfPresentedVerdict("does russia present itself as a neutral mediator?", "en", evidence, parties),
    ).toBe("not-said");
    expect(
      selfPresentedVerdict("does it present itself as a neutral mediator?", "en", evidence, parties),
    ).toBe("yes");
  });
});
