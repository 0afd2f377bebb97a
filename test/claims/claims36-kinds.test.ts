// claims36's kinds: a verbless Russian claim whose last word, a predicate adjective or adverb the article has in no
// form, stands where its passage has its own predicate (russian-predicate.ts: «неоспоримо», «однозначна» of «не
// обходится без споров»), those words no longer synonyms of «споры» for the checker (knowledge/ru/synonyms.json; the
// controversy card's keywords carry them for the engine); and a party taken out of a two-party compound
// (compound-party.ts: "the Palestinians" of "Israeli-Palestinian negotiations"), which is no denial of the passage
// either. Claims written for this test, not taken from any set.
import { describe, expect, it } from "vitest";
import { expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a Russian predicate word the passage does not back", () => {
  it.each([
    "Участие Москвы в ближневосточном мирном процессе неоспоримо",
    "Роль России в мирном процессе однозначна",
    "Участие России в мирном процессе безупречно",
  ])("%s -> altered, the word named", (claim) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes.map((c) => c.claimed).join(" ")).toMatch(/неоспоримо|однозначна|безупречно/);
  });

  it.each([
    "Роль России в мирном процессе на Ближнем Востоке спорна",
    "Участие России в ближневосточном мирном процессе небесспорно",
    "Участие России в ближневосточном мирном процессе вызывает споры",
  ])("a word the passage backs (a synonym, two privatives) stays confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });

  it("leaves a claim with a verb of its own to the other readers", () => {
    // «выразил» names a deed: the reader does not fire on it (the claim is a fair rewording).
    expectConfirmed("Путин выразил глубокую обеспокоенность ростом числа жертв среди мирного населения");
  });
});

describe("a party alone where the passage has it as half of a compound", () => {
  it.each([
    ["ЕС перестал оказывать помощь палестинцам", "not-in-article"],
    ["ООН помогает палестинцам", "not-in-article"],
    ["the UN stopped aiding the Palestinians", "not-in-article"],
    ["Россия входит в квартет, созданный помогать палестинцам", "altered"],
  ])("%s -> %s, never a denial", (claim, verdict) => {
    const v = expectVerdict(claim, verdict);
    expect(v.changes.some((c) => c.kind === "negation" || c.kind === "opposite")).toBe(false);
  });

  it.each([
    "The Quartet was formed to facilitate negotiations between Israelis and Palestinians",
    "Russia is part of the Quartet set up to help Israeli-Palestinian negotiations",
    "Квартет создан для содействия переговорам между израильтянами и палестинцами",
  ])("both halves, or the compound's noun, stay confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });

  it("is never confirmed for the EU stopping aid", () => {
    expectNotConfirmed("евросоюз прекратил помощь палестинцам");
  });
});

describe("a request to check before the claim", () => {
  it.each([
    "hey, quick check please: the Kremlin keeps in touch with both warring sides and is ready to help reach a settlement",
    "quick question: Peskov says the Kremlin wants a constructive role in resolving the conflict",
    "вопрос: Кремль поддерживает открытую связь с обеими воюющими сторонами",
  ])("is no speaker: %s stays confirmed", (claim) => {
    const v = expectConfirmed(claim);
    expect(v.claimedSpeaker?.name ?? "").not.toMatch(/check|question|вопрос/i);
  });

  it("keeps a name before the colon as the attribution", () => {
    expectVerdict("Peskov: Moscow presents itself as an impartial mediator", "misattributed");
  });
});
