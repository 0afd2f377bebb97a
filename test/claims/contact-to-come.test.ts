// A call to come with a party the article never names ("upcoming", «проведёт», «состоится», «завтра»): the
// article reports one call, past, with Erdogan, so a call yet to be held is news, not that call with its party
// swapped (contact-news.ts, MEETING). A past call with such a party and its matter stays the article's call altered (claims39: a bare one is news). Claims written
// for this test.
import { describe, it } from "vitest";
import { expectVerdict } from "../helpers/claims.js";

describe("a call to come with a party the article never names", () => {
  it.each([
    "Кремль сообщил, что завтра Путин проведёт телефонный разговор с Макроном.",
    "По данным Кремля, в ближайшие дни состоится телефонный разговор Путина с Шольцем.",
    "Песков рассказал, что Путин скоро проведет телефонный разговор с Нетаньяху.",
    "The Kremlin announced an upcoming phone call between Putin and Macron.",
  ])("%s: not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });

  // claims39: a past call with nothing of what it was about is news too; with its matter, the article's call.
  it.each(["Путин провёл телефонный разговор с Макроном и обсудил прекращение огня."])(
    "%s: the article's call, its party swapped, altered",
    (claim) => {
      expectVerdict(claim, "altered");
    },
  );
});
