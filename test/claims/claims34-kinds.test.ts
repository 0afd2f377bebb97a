// claims34's kinds: "they wrote that …" and "is it true the article wrote …" as a doubt about the article's own
// words (doubt-frame.ts); blame for a failure the passage points at (blame-of-failure.ts); one party ranked
// above all the others (priority-over-all.ts); talks that lined up with another word of the dialogue's
// sentence (talks-as-dialogue.ts); "looking at" for "considering", "grab" for monopolizing, «действовали
// согласованно» for coordination (synonyms); a name of the claim's own set against the article's in an aside
// (name-not-name.ts); people in general as the ones who fear (people-say.ts). Claims written for this test, not taken from any set.
import { describe, it } from "vitest";
import { expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a doubt about the article's words, the words its own", () => {
  it.each([
    "did they really write that Moscow strives to present itself as an impartial mediator??",
    "so they actually wrote that the Kremlin maintains open communication with both warring sides?",
    "is it true the article wrote that Putin makes no mention of Russia’s own role in the peace process?",
    "wait, did the author really claim that the Russian Foreign Ministry stresses the importance of coordinating regional players",
  ])("%s -> verbatim", (claim) => {
    expectVerdict(claim, "verbatim");
  });

  it("the words changed under the doubt stay changed", () => {
    expectVerdict(
      "did they really write that Moscow has no relationships with the Palestinians??",
      "altered",
    );
  });
});

describe("blame for the failure the passage points at", () => {
  it.each([
    ["Putin criticized the US government for failing to address the interests of Palestinians", "paraphrase"],
    ["Putin faulted Washington for not addressing the interests of Palestinians", "paraphrase"],
    ["Peskov blamed the US government for failing to address the interests of Palestinians", "misattributed"],
    [
      "The Foreign Ministry accused the US government of failing to address the interests of Palestinians",
      "misattributed",
    ],
    ["МИД России обвинил правительство США в том, что оно не учло интересы палестинцев", "misattributed"],
    ["Путин обвинил правительство США в том, что оно не учло интересы палестинцев", "paraphrase"],
  ])("%s -> %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });

  it.each([
    // Another actor, a failure the claim turns into success, another party's interests.
    "Putin blamed Hamas for failing to address the interests of Palestinians",
    "Putin blamed the US government for addressing the interests of Palestinians",
    "Putin condemned the US government for not addressing the interests of Israelis",
    "Путин обвинил Израиль в том, что он не учёл интересы палестинцев",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });
});

describe("one party ranked above all the others", () => {
  it.each([
    "The article says a lasting resolution means putting Israel's interests above everyone else's",
    "The author says the interests of Hamas must come before all others for a just resolution",
    "The article wants approaches that prioritize the Palestinians' interests over everyone else's",
    "В статье сказано, что для справедливого урегулирования нужно ставить интересы Израиля выше всех остальных",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    // The party is the one ranking, not the one ranked: news.
    "Israel puts its own interests above everyone else's",
  ])("%s: not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });
});

describe("fair words for the passage", () => {
  it.each([
    "the foreign ministry wants regional players coordinated and direct talks between Israelis and Palestinians",
    "Putin criticizes Washington for monopolizing peace efforts without looking at compromises acceptable to both sides",
    "Putin says Washington grabs the peace efforts for itself without weighing compromises acceptable to both sides",
  ])("%s: confirmed", (claim) => {
    expectConfirmed(claim);
  });

  it.each([
    "the foreign ministry wants regional players coordinated and an end to direct talks between Israelis and Palestinians",
    "Putin says Washington always looks at compromises acceptable to both sides",
  ])("%s: never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });
});

describe("a name of the claim's own set against the article's, people in general", () => {
  it.each([
    "Putin phoned the Iranian leader Raisi, not Erdogan, to urge a ceasefire",
    "Putin held a phone call with Raisi, not Erdogan, and stressed the need for a ceasefire",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    "people worry the current crisis could spread outside the Arab-Israeli conflict zone",
    "a lot of people fear the crisis could spill over beyond the Arab-Israeli conflict zone",
  ])("%s: confirmed", (claim) => {
    expectConfirmed(claim);
  });

  it.each([
    "people hope the crisis will spill over beyond the Arab-Israeli conflict zone",
    "people fear the crisis will never spill over beyond the Arab-Israeli conflict zone",
  ])("%s: never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });
});

/** Blame verbs and the failures named after them, each held on a party the passage does not blame. */
const BLAME = ["blamed", "criticized", "faulted", "condemned", "slammed"];
const OTHERS = ["Hamas", "Israel", "Turkey", "the United Nations"];

describe("property: blame of another party for the passage's failure is never confirmed", () => {
  it("every blame verb with every other party", () => {
    for (const verb of BLAME)
      for (const party of OTHERS) {
        const claim = `Putin ${verb} ${party} for failing to address the interests of Palestinians`;
        expectNotConfirmed(claim);
      }
  });
});
