// Issue 11 (quality-en12): a call asked with a phone verb and a topic, contact with both sides, an omission, a
// role or a group's membership asked yes/no, and a forecast of the story's events.
import { describe, expect, it } from "vitest";
import { asCallOrOmission } from "../../src/answering/call-and-omission.js";
import { asksForecast } from "../../src/answering/future-outcome.js";
import { asRoleOrMembership } from "../../src/answering/role-and-membership.js";

describe("call and omission shapes", () => {
  it.each([
    "who did putin ring up about the violence?",
    "Whom did the Russian president speak to on the phone regarding gaza",
    "which leader was Putin on the phone with?",
    "who was on the other end of the line with putin",
  ])("%s asks whom Putin called", (q) => {
    expect(asCallOrOmission(q)).toBe("who did putin call");
  });
  it.each([
    "does russia speak with the two sides fighting",
    "Is Moscow talking with both the Israelis and the Palestinians?",
  ])("%s asks about contact with both sides", (q) => {
    expect(asCallOrOmission(q)).toBe("does the kremlin communicate with both warring sides");
  });
  it.each([
    "What's missing from Putin's remarks?",
    "anything putin failed to bring up",
    "what didn't putin mention",
  ])("%s asks what Putin left out", (q) => {
    expect(asCallOrOmission(q)).toMatch(/^what did (?:vladimir )?putin not mention$/i);
  });
  it.each([
    "who did putin blame",
    "what did putin say about the violence",
    "who is fighting",
    "does russia talk to hamas",
    "what did peskov leave out",
  ])("%s is left as typed", (q) => {
    expect(asCallOrOmission(q)).toBe(q);
  });
});

describe("role and membership asked yes/no", () => {
  it.each([
    ["Is Peskov the Russian president?", "who is Peskov"],
    ["is dmitry peskov russia's president", "who is dmitry peskov"],
    ["Is Erdogan the Russian leader?", "who is Erdogan"],
  ])("%s reads as %s", (q, read) => {
    expect(asRoleOrMembership(q)).toBe(read);
  });
  it.each([
    "Is Japan part of the Quartet?",
    "does the quartet include turkey",
    "Is the EU one of the Quartet members?",
  ])("%s asks who is in the Quartet", (q) => {
    expect(asRoleOrMembership(q)).toBe("who is in the quartet");
  });
  it.each(["is putin a liar", "is peskov married", "what is the quartet", "is russia neutral"])(
    "%s is left as typed",
    (q) => {
      expect(asRoleOrMembership(q)).toBe(q);
    },
  );
});

describe("forecasts", () => {
  it.each([
    "Will the ceasefire hold?",
    "will the truce last",
    "Is the negotiation going to succeed?",
    "who will win the war",
    "When will the settlement be reached?",
    "how long will the fighting go on",
  ])("%s asks a forecast", (q) => {
    expect(asksForecast(q)).toBe(true);
  });
  it.each([
    "Will Russia help reach a settlement?",
    "will the violence spread beyond gaza",
    "does putin want a ceasefire",
    "what will the kremlin do",
  ])("%s is no forecast of events", (q) => {
    expect(asksForecast(q)).toBe(false);
  });
});
