// quality34's kinds, in wordings of our own: a Russian voice's plan asked bare (both languages), the steps Putin
// finds needed now asked politely, a Russian voice's stance on "the crisis", a "line" with both / the two sides,
// the call offered as with another leader ("was putin's call with X", «звонок путина был с X»), «от израиля с
// хамасом» as both sides. Readers stay linear. The engine's figures are the probes' (probes-en69, probes-ru70).
import { describe, expect, it } from "vitest";
import { withTwoSidesAsBoth } from "../../src/answering/bare-both.js";
import { asCallOrOmission } from "../../src/answering/call-and-omission.js";
import { asCrisisStance } from "../../src/answering/crisis-stance.js";
import { asNeededSteps } from "../../src/answering/needed-steps.js";
import { asPlanAsked, asRussianPlanAsked } from "../../src/answering/plan-asked.js";
import { withBothSidesFrom } from "../../src/answering/russian/from-both-sides.js";
import { asRussianNeededSteps } from "../../src/answering/russian/needed-steps.js";
import { asRussianPhoneCheck } from "../../src/answering/russian/phone-check.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `-${a.reason}`;
};

describe("quality34's readers", () => {
  it("reads a Russian voice's bare plan as what it wants, not a plan asked in detail or for a thing", () => {
    expect(asPlanAsked("moscow's plan?")).toBe("what does moscow want?");
    expect(asPlanAsked("so what's the kremlin's plan here")).toBe("what does the kremlin want?");
    expect(asPlanAsked("what is russia's peace plan")).toBe("what is russia's peace plan");
    expect(asPlanAsked("putin's plan for donbas")).toBe("putin's plan for donbas");
    expect(asPlanAsked("what's china's plan?")).toBe("what's china's plan?");
    expect(asRussianPlanAsked("а какой план у москвы?")).toBe("чего хочет москва?");
    expect(asRussianPlanAsked("план путина?")).toBe("чего хочет путин?");
    expect(asRussianPlanAsked("какой конкретный план у россии")).toBe("какой конкретный план у россии");
    expect(asRussianPlanAsked("какой план у китая?")).toBe("какой план у китая?");
  });
  it("reads the steps Putin finds needed as what he wants, not steps Russia will take", () => {
    const wants = "что путин считает нужным сделать?";
    expect(asRussianNeededSteps("Будьте любезны, какие действия, по словам Путина, срочно нужны?")).toBe(
      wants,
    );
    expect(asRussianNeededSteps("что по мнению путина необходимо предпринять немедленно")).toBe(wants);
    expect(asRussianNeededSteps("какие шаги кремль предпримет по мнению путина")).not.toBe(wants);
    expect(asRussianNeededSteps("какие шаги нужны по мнению байдена")).not.toBe(wants);
  });
  it("reads what a Russian voice is planning or proposes as what it wants, in either word order in Russian", () => {
    expect(asPlanAsked("ok what are the russians planning next")).toBe("what does russia want?");
    expect(asPlanAsked("what does the kremlin suggest?")).toBe("what does the kremlin want?");
    expect(asPlanAsked("whats the plan for moscow")).toBe("what does moscow want?");
    expect(asPlanAsked("what is israel planning")).toBe("what is israel planning");
    expect(asPlanAsked("what does putin propose to erdogan")).toBe("what does putin propose to erdogan");
    expect(asRussianPlanAsked("план у путина какой?")).toBe("чего хочет путин?");
  });
  it("reads the steps Putin finds needed in English, and «первоочередное» in Russian, as what he wants", () => {
    expect(asNeededSteps("so which moves does putin regard as essential?")).toBe("what does putin want?");
    expect(asNeededSteps("what does vladimir putin say should happen right away")).toBe(
      "what does putin want?",
    );
    expect(asNeededSteps("what steps does erdogan consider urgent")).toBe(
      "what steps does erdogan consider urgent",
    );
    expect(asNeededSteps("what does putin want done about hamas")).toBe(
      "what does putin want done about hamas",
    );
    expect(asRussianNeededSteps("а что путин называет первоочередным?")).toBe(
      "что путин считает нужным сделать?",
    );
  });
  it("reads a Russian voice's stance on the crisis as on the conflict, not the crisis spreading", () => {
    expect(asCrisisStance("the mfa's view of the crisis?")).toBe("the mfa's view of the conflict?");
    expect(asCrisisStance("what does moscow think about the crisis spreading")).toBe(
      "what does moscow think about the crisis spreading",
    );
    expect(asCrisisStance("what is the crisis about")).toBe("what is the crisis about");
  });
  it("reads a line with both sides as the approach to them, the sides fighting as the warring sides", () => {
    expect(withTwoSidesAsBoth("the kremlin's line towards both sides")).toBe(
      "the kremlin's approach to both sides",
    );
    expect(withTwoSidesAsBoth("moscow's stance on the two parties at war")).toBe(
      "moscow's stance on both sides",
    );
    expect(withTwoSidesAsBoth("who are the two sides fighting")).toBe("who are the two warring sides");
  });
  it("reads the call offered as with another leader as whom Putin called", () => {
    expect(asCallOrOmission("was putin's phone call with macron?")).toBe("who did putin call");
    expect(asCallOrOmission("the russian president's call was with biden")).toBe("who did putin call");
    expect(asCallOrOmission("was it scholz that putin talked to on the phone")).toBe("who did putin call");
    expect(asCallOrOmission("was putin's call with erdogan about a trade deal")).not.toBe(
      "who did putin call",
    );
    expect(asRussianPhoneCheck("телефонный разговор путина был с макроном?")).toBe(
      "с кем путин говорил по телефону",
    );
    expect(asRussianPhoneCheck("разговор путина с хамасом")).not.toBe("с кем путин говорил по телефону");
  });
  it("reads «от израиля с хамасом» as both sides, not contact with Hamas", () => {
    expect(withBothSidesFrom("что путин ждёт от Хамаса с Израилем")).toBe(
      "что путин ждёт от Хамаса и израиля",
    );
    expect(withBothSidesFrom("кремль говорит с хамасом?")).toBe("кремль говорит с хамасом?");
  });
});

describe("the engine on quality34's kinds", () => {
  it.each([
    ["moscow's game plan?", /russia-position/],
    ["ok what are the russians planning next", /russia-position/],
    ["so which moves does putin regard as essential?", /what-putin-wants|ceasefire-call/],
    ["а что путин называет первоочередным?", /what-putin-wants|ceasefire-call/],
    ["what's putin's plan", /what-putin-wants|ceasefire-call/],
    ["каков план кремля", /kremlin-settlement-role|russia-position/],
    ["Будьте любезны, какие действия, по словам Путина, срочно нужны?", /what-putin-wants|ceasefire-call/],
    ["the mfa's view of the crisis?", /foreign-ministry-position/],
    ["what does the russian foreign ministry think about the crisis", /foreign-ministry-position/],
    ["the kremlin's line towards both sides?", /kremlin-contact-both-sides/],
    ["was putin's phone call with macron?", /putin-erdogan-call/],
    ["телефонный разговор путина был с макроном?", /putin-erdogan-call/],
    ["что кремль ждёт от хамаса с израилем", /kremlin-settlement-role|russia-position|what-putin-wants/],
  ])("%s", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });
  it.each([
    ["what is india's plan?", /-out-of-scope|-not-in-article/],
    ["what is tehran planning", /-out-of-scope|-not-in-article/],
    ["what steps does erdogan consider urgent", /-out-of-scope|-not-in-article|-ambiguous|erdogan-views/],
    ["какие шаги по мнению макрона нужны прямо сейчас", /-out-of-scope|-not-in-article|-ambiguous/],
    ["what's the concrete russian peace plan", /-not-in-article/],
  ])("%s stays refused", (q, reason) => {
    expect(entryOf(q)).toMatch(reason);
  });
  it("answers «от израиля с хамасом» without the contact card's «Да.»", () => {
    expect(engine.findAnswer("чего кремль хочет от израиля с хамасом").answer).not.toMatch(/^Да\./);
  });
});

describe("quality34's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    "what steps does putin ".repeat(5),
    "plan ".repeat(10),
    "какие шаги ".repeat(12),
    "stance on the crisis ".repeat(9),
    "line with both sides ".repeat(200),
    `was putin's call with ${"a ".repeat(3000)}x`,
    `звонок путина был с ${"а ".repeat(3000)}`,
    "от израиля с хамасом ".repeat(14),
  ];
  it.each([
    ["plan asked", asPlanAsked],
    ["needed steps (english)", asNeededSteps],
    ["russian plan asked", asRussianPlanAsked],
    ["needed steps", asRussianNeededSteps],
    ["crisis stance", asCrisisStance],
    ["two sides as both", withTwoSidesAsBoth],
    ["call or omission", asCallOrOmission],
    ["russian phone check", asRussianPhoneCheck],
    ["both sides from", withBothSidesFrom],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 500);
  });
});
