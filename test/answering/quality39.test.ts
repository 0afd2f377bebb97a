// quality39's engine kinds, in phrasings of our own (wave BO's misses and the closing note's list): a country's
// economic figures and the leader of a party the article never names are background facts (trivia.ts); the Foreign
// Ministry's needed steps are what it wants (needed-steps.ts); a reason noun asks why Moscow can mediate
// (mediator-fit.ts); "when the article talks about X, …" asks no time (answer-type.ts); a child's age and "rite
// now"/"nxt" are glue (words.ts, want-where.ts); a Russian voice's contact with Hamas is Russia's ties with it
// (hamas-contact.ts); a Russian voice on one party's side is whose side Russia is on (party-side.ts); the call's
// own pair and "the russian leader" own the call's Yes (owned-verdict.ts); in Russian «да/нет» tails, «всё это»
// in Putin's view, with whom Russia is on good terms, counted urgent steps, «как пятикласснику», «рубится»,
// «представляет кремль», «конкретно» beside a verb of saying. Probes pinned at their figures after the change.
import { describe, expect, it } from "vitest";
import { asHamasContact } from "../../src/answering/hamas-contact.js";
import { asNeededSteps } from "../../src/answering/needed-steps.js";
import { asPartySide } from "../../src/answering/party-side.js";
import { asRussianAllThisCause } from "../../src/answering/russian/all-this-cause.js";
import { withoutSaidSpecifically } from "../../src/answering/russian/said-specifically.js";
import { asRussianTiesWithWhom } from "../../src/answering/russian/ties-with-whom.js";
import { wantsRussianTrivia, wantsTrivia } from "../../src/answering/trivia.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

describe("background facts the article never gives", () => {
  it("reads a country's economic figures and an unnamed party's leader as trivia", () => {
    expectRows(wantsTrivia, [
      ["what is the inflation rate in israel", true],
      ["how bad is unemployment in turkey", true],
      ["who runs the palestinian authority now", true],
      ["who is in charge of hamas", true],
      ["who leads turkey", false],
      ["who runs the peace process", false],
    ]);
    expectRows(wantsRussianTrivia, [
      ["кто сейчас возглавляет израиль", true],
      ["кто там руководит хамасом", true],
      ["кто возглавляет турцию", false],
    ]);
  });
  it("refuses them, and still answers who leads Turkey", () => {
    expectEntries([
      ["what's the jobless rate in turkey?", null],
      ["who currently governs gaza", null],
      ["кто сейчас управляет израилем?", null],
      ["who leads turkey", "who-is-erdogan"],
    ]);
  });
});

describe("English readers", () => {
  it("reads the Foreign Ministry's needed steps as what it wants", () => {
    expectRows(asNeededSteps, [
      [
        "which steps did the foreign ministry consider crucial to stabilise the region?",
        "what does the foreign ministry want?",
      ],
      ["what measures does the mfa deem key", "what does the foreign ministry want?"],
      ["what measures did putin call necessary to end the fighting", "what does putin want?"],
    ]);
    expectUnchanged(asNeededSteps, ["what steps has the foreign ministry taken"]);
  });
  it("reads a Russian voice's contact with Hamas as its ties", () => {
    expectRows(asHamasContact, [
      ["does moscow keep channels to hamas?", "does russia have ties with hamas"],
      ["do the russians speak with hamas", "does russia have ties with hamas"],
    ]);
    expectUnchanged(asHamasContact, [
      "the kremlin refuses to talk to hamas, yeah?",
      "does the kremlin have contacts with both sides",
      "is the kremlin in touch with hamas",
    ]);
  });
  it("reads a Russian voice on one party's side as whose side Russia is on", () => {
    expectRows(asPartySide, [
      ["has moscow taken the palestinians' side?", "whose side is russia on"],
      ["is putin on israels side in this", "whose side is russia on"],
    ]);
    expectUnchanged(asPartySide, ["is the us on israel's side?", "which side is russia on"]);
  });
  it("answers the kinds from the right card", () => {
    expectEntries([
      ["explain like i'm nine what putin wants", "what-putin-wants"],
      ["what does putin want to happen rite now", "what-putin-wants"],
      ["whats the kremlin's rationale for calling itself a neutral mediator", "russia-impartial-mediator"],
      ["when putin talks about the failure of us policy, what is his evidence?", "us-policy-failure"],
      ["is the kremlin siding with hamas?", "is-russia-neutral"],
      ["when did putin call erdogan", null],
    ]);
    expect(opening("is russia on israel's side?")).not.toBe("Yes.");
  });
  it("owns the call's Yes asked of the russian leader or by its pair", () => {
    expect(opening("did the russian leader call erdogan?")).toBe("Yes.");
    expect(opening("was there a telephone conversation between putin and erdogan?")).toBe("Yes.");
    expect(opening("был ли звонок между путиным и эрдоганом?")).toBe("Да.");
    expect(opening("был ли разговор между путиным и нетаньяху?")).not.toBe("Да.");
  });
});

describe("Russian readers", () => {
  it("reads «всё это» in Putin's view as the escalation's cause", () => {
    expectRows(asRussianAllThisCause, [
      ["а почему, по мнению путина, все это случилось?", "почему, по мнению путина, произошла эскалация?"],
      ["отчего всё это происходит, как считает путин", "почему, по мнению путина, произошла эскалация?"],
    ]);
    expectUnchanged(asRussianAllThisCause, ["из-за чего всё это началось", "почему путин винит сша"]);
  });
  it("reads with whom Russia is on good terms as its ties with both", () => {
    expectRows(asRussianTiesWithWhom, [
      ["с кем у москвы дружеские отношения?", "какие отношения у россии с израильтянами и палестинцами"],
      ["с кем ладит кремль", "какие отношения у россии с израильтянами и палестинцами"],
      ["как у россии есть друзья с обеих сторон", "почему у россии хорошие отношения с обеими сторонами"],
    ]);
    expectUnchanged(asRussianTiesWithWhom, ["с кем у москвы контакты", "с кем воюет израиль"]);
  });
  it("drops «конкретно» beside a verb of saying only", () => {
    expect(withoutSaidSpecifically("что конкретно песков сказал?")).toBe("что песков сказал?");
    expectUnchanged(withoutSaidSpecifically, ["что конкретно предлагает россия"]);
  });
  it("answers the kinds from the right card", () => {
    expectEntries([
      ["какие два срочных шага назвал путин", "what-putin-wants"],
      ["объясни как третьекласснику, чего хочет путин", "what-putin-wants"],
      ["кто с кем там рубится", "conflict-parties"],
      ["кто в статье представляет кремль", "who-is-peskov"],
      ["с кем дружит россия", "russia-impartial-mediator"],
      ["что он конкретно говорил про америку, путин?", "putin-on-us"],
    ]);
    expect(opening("путин винит сша? да/нет")).toBe("Да.");
    expect(opening("россия в квартете? да-нет")).toBe("Да.");
  });
});

describe("the probes of the kind (first run on base 9c776dcb: en80 74.1% / 85.7%, ru80 62.1% / 75.0%)", () => {
  itHoldsProbeFloors([
    ["probes-en80.jsonl", 0.94, 0.96, 1],
    ["probes-ru80.jsonl", 0.93, 0.96, 1],
  ]);
});

describe("quality39's readers stay linear on long input", () => {
  it("the English readers", () => {
    expectLinearOnLongInput(
      (s) => {
        asNeededSteps(s);
        asHamasContact(s);
        asPartySide(s);
        wantsTrivia(s);
      },
      ["what measures ", "does the mfa ", "for ", "a ", "is russia on ", "side ", "who runs ", "hamas "],
    );
  });
  it("the Russian readers", () => {
    expectLinearOnLongInput(
      (s) => {
        asRussianAllThisCause(s);
        asRussianTiesWithWhom(s);
        withoutSaidSpecifically(s);
        wantsRussianTrivia(s);
      },
      [
        "почему ",
        "по путину ",
        "все это ",
        "с кем ",
        "у россии ",
        "конкретно ",
        "говорил ",
        "кто руководит ",
      ],
    );
  });
});
