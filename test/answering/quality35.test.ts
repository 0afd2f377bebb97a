// quality35's kinds, in wordings of our own: why a side would listen to Russia (its ties), the Foreign Ministry's
// "what next", what the article says the conflict shows, what a solution should look like, how Putin's call with
// Erdogan ended or what Erdogan proposed, and what Putin said of urgent action in Russian. Readers stay linear. The
// engine's figures are the probes' (probes-en71, probes-ru72).
import { describe, expect, it } from "vitest";
import { asArticleLesson } from "../../src/answering/article-lesson.js";
import { asRussianSolutionShape, asSolutionShape } from "../../src/answering/article-prescription.js";
import { asCallOutcome, asRussianCallOutcome } from "../../src/answering/call-outcome.js";
import { asMinistryNext } from "../../src/answering/ministry-next.js";
import { asRussianNeededSteps } from "../../src/answering/russian/needed-steps.js";
import { asRussianTrustReason, asTrustReason } from "../../src/answering/trust-reason.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `-${a.reason}`;
};

describe("quality35's readers", () => {
  it("reads why a side would listen to Russia as Russia's ties with that side", () => {
    expect(asTrustReason("so why would the palestinians listen to moscow")).toBe(
      "what ties does russia have with the palestinians",
    );
    expect(asTrustReason("why should israelis take the kremlin seriously")).toBe(
      "what ties does russia have with israel",
    );
    expect(asTrustReason("does israel listen to russia")).toBe("does israel listen to russia");
    expect(asRussianTrustReason("а с какой стати израильтянам слушать кремль")).toBe(
      "какие связи у россии с израилем",
    );
    expect(asRussianTrustReason("почему хамас прислушивается к москве")).toBe(
      "какие связи у россии с палестинцами",
    );
    expect(asRussianTrustReason("почему путин слушает эрдогана")).toBe("почему путин слушает эрдогана");
    expect(asRussianTrustReason("почему россия верит в гибель мирных в израиле")).toBe(
      "почему россия верит в гибель мирных в израиле",
    );
  });
  it("reads the Russian Foreign Ministry's 'what next' as its position; another ministry's is not", () => {
    const ministry = "what does the russian foreign ministry want";
    expect(asMinistryNext("in the view of the foreign ministry, what should be done next")).toBe(ministry);
    expect(asMinistryNext("russian diplomats: next steps?")).toBe(ministry);
    expect(asMinistryNext("what does israel's foreign ministry say should happen now")).toBe(
      "how did israel's government respond",
    );
    expect(asMinistryNext("what does putin think should happen next")).toBe(
      "what does putin think should happen next",
    );
    expect(asMinistryNext("what does the turkish foreign ministry want to happen next")).toBe(
      "what does the turkish foreign ministry want to happen next",
    );
  });
  it("reads what the article says the conflict shows as its conclusion, not a voice's view", () => {
    expect(asArticleLesson("per the article what does the war prove")).toBe("what does the article conclude");
    expect(asArticleLesson("what does the author think all this teaches us")).toBe(
      "what does the article conclude",
    );
    expect(asArticleLesson("what does putin say the violence shows, per the article")).toBe(
      "what does putin say the violence shows, per the article",
    );
    expect(asArticleLesson("does the article say the crisis shows signs of spreading")).toBe(
      "does the article say the crisis shows signs of spreading",
    );
  });
  it("reads what a solution should look like as the article's prescription, unless a voice is asked", () => {
    const prescription = "what approach is needed for lasting peace";
    expect(asSolutionShape("any idea what a lasting settlement would look like?")).toBe(prescription);
    expect(asSolutionShape("what could a fair peace look like")).toBe(prescription);
    expect(asSolutionShape("what would hamas's solution look like")).toBe(
      "what would hamas's solution look like",
    );
    expect(asRussianSolutionShape("а как вообще должен выглядеть мир по статье")).toBe(
      "какой подход нужен для прочного мира",
    );
    expect(asRussianSolutionShape("какое именно урегулирование нужно, по статье")).toBe(
      "какой подход нужен для прочного мира",
    );
    expect(asRussianSolutionShape("какое решение нужно принять кремлю")).toBe(
      "какое решение нужно принять кремлю",
    );
    expect(asRussianSolutionShape("как по мнению кремля должно выглядеть урегулирование")).toBe(
      "как по мнению кремля должно выглядеть урегулирование",
    );
  });
  it("reads the call's outcome as what Putin told Erdogan, and Erdogan's proposal as what he said", () => {
    expect(asCallOutcome("what was the outcome of the putin erdogan phone call")).toBe(
      "what did putin tell erdogan",
    );
    expect(asCallOutcome("so what did erdogan suggest")).toBe("what did erdogan say");
    expect(asCallOutcome("what did putin suggest to erdogan")).toBe("what did putin suggest to erdogan");
    expect(asRussianCallOutcome("каков итог беседы путина с эрдоганом")).toBe("что путин сказал эрдогану");
    expect(asRussianCallOutcome("а что ответил эрдоган")).toBe("что сказал эрдоган");
    expect(asRussianCallOutcome("когда путин звонил эрдогану")).toBe("когда путин звонил эрдогану");
  });
  it("reads what Putin said of urgent action as what he finds needed", () => {
    expect(asRussianNeededSteps("что путин заявлял о неотложных мерах")).toBe(
      "что путин считает нужным сделать?",
    );
    expect(asRussianNeededSteps("о каких срочных действиях упоминал путин")).toBe(
      "что путин считает нужным сделать?",
    );
    expect(asRussianNeededSteps("что путин говорил о мерах против сша")).toBe(
      "что путин говорил о мерах против сша",
    );
  });
});

describe("the engine on quality35's kinds", () => {
  it.each([
    ["why on earth would israel listen to moscow", /russia-israel-ties/],
    ["почему израиль вообще должен слушать кремль", /russia-israel-ties/],
    ["per russia's foreign ministry, what should happen now", /foreign-ministry-position/],
    ["in the article's view what does the whole war show", /article-conclusion/],
    ["what would a just settlement look like, per the piece", /how-to-resolve/],
    ["что путин заявлял о безотлагательных шагах", /what-putin-wants|ceasefire/],
    ["чем закончилась беседа путина с эрдоганом", /putin-erdogan-call/],
  ])("%s", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });
  it.each([
    ["what did erdogan offer putin", /-not-in-article/],
    ["что потребовал эрдоган от путина", /-not-in-article/],
  ])("%s gets the card that the article reports nothing Erdogan said", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });
});

describe("quality35's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    `why would israel ${"listen to ".repeat(1000)}russia`,
    `why would israel take ${"russia ".repeat(2000)}seriously`,
    `what ${"a ".repeat(2000)}solution should look like`,
    `почему ${"слушать ".repeat(1000)}израиль россия`,
    `foreign ministry ${"next ".repeat(2000)}`,
    `article conflict ${"shows ".repeat(2000)}`,
    `erdogan ${"how did the call ".repeat(500)}`,
    `путин говорил о ${"немедленных ".repeat(1000)}действиях`,
    `как ${"должно ".repeat(1000)}выглядеть урегулирование`,
    `какое ${"решение ".repeat(1000)}нужно`,
  ];
  it.each([
    ["trust reason", asTrustReason],
    ["russian trust reason", asRussianTrustReason],
    ["ministry next", asMinistryNext],
    ["article lesson", asArticleLesson],
    ["solution shape", asSolutionShape],
    ["russian solution shape", asRussianSolutionShape],
    ["call outcome", asCallOutcome],
    ["russian call outcome", asRussianCallOutcome],
    ["russian needed steps", asRussianNeededSteps],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 500);
  });
});
