// verdict51 (session 45): an act the article never reports, read "altered" for a near sentence's names, is not in
// the article (unreported-act.ts: a caller it never names, a deed of a party it names only in the Quartet's list, an
// accusation of a charge it never makes); "only" before the event's verb opens a condition (condition-apart.ts); the
// warring sides as the addressee of Putin's call are his call (sides-addressed.ts). Rows are our own phrasings.
import { describe, it } from "vitest";
import { expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";

describe("an act the article never reports", () => {
  it("reads a new caller, a listed party's deed and a new charge as not in the article, and keeps near changes altered", () => {
    expectVerdicts([
      ["Macron phoned Putin to talk about the war in Gaza", "not-in-article"],
      ["Нетаньяху звонил Путину, чтобы обсудить Ближний Восток", "not-in-article"],
      ["The United Nations halted its aid to the Palestinians", "not-in-article"],
      ["Евросоюз приостановил финансирование палестинцев", "not-in-article"],
      ["Putin accused Israel of ethnic cleansing in Gaza", "not-in-article"],
      ["Washington blamed Moscow for the bloodshed", "not-in-article"],
      ["Путин обвинил Израиль в геноциде", "not-in-article"],
      // The article's call with its party swapped, a member leaving the Quartet, blame of another party for the
      // article's own matter, the roles swapped with the charge kept: altered, as before.
      ["During a phone call with Scholz, Putin urged an immediate ceasefire", "altered"],
      ["The United Nations has left the Quartet", "altered"],
      ["Putin blamed Hamas for the escalating violence", "altered"],
      ["Washington blames Putin for its failed policy in the Middle East", "altered"],
    ]);
    // The first row loads the real engine and checker: on a loaded machine that is most of a minute.
  }, 120_000);
});

describe("a condition and an addressee of Putin's call", () => {
  it("reads 'only … after' as a condition added and the sides as whom the call is to", () => {
    expectVerdicts([
      ["Putin said a ceasefire must only come after every hostage is freed", "altered"],
      ["Putin told Erdogan a ceasefire could come only when Hamas frees the hostages", "altered"],
      ["Putin pressed both sides to go back to the negotiating table", "paraphrase"],
      ["Путин призвал обе стороны вернуться к переговорам", "paraphrase"],
    ]);
    expectNoneConfirmed([
      "Putin urged Israel to go back to the negotiating table",
      "Putin urged both sides to keep fighting",
      "Putin asked the sides to accept Washington's monopoly on peace efforts",
      "Erdogan urged both sides to return to the negotiating table",
      // group-left.ts: leaving the Quartet in a phrase the word lists missed (confirmed before).
      "The United Nations walked out of the Quartet",
      "The EU stormed out of the Quartet",
    ]);
  }, 120_000);
});
