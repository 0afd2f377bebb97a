// A restricting word ("only", "solely", "только", "лишь") before one member of a pair the passage joins with
// "and" / "и" drops the other member: the claim is altered, never confirmed. Generated from the article's own
// coordinations of two names, each restricted to either member, and claims written for this test.
import { describe, expect, it } from "vitest";
import { check, expectNotConfirmed } from "../helpers/claims.js";
import { realKb as kb } from "../helpers/engine.js";

const NAME = String.raw`\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*`;
// The second name with a word after it before a stop ("the Israeli military,"): the member is the whole group.
const PAIR = new RegExp(`\\b(${NAME}) and (the )?(${NAME}(?: \\p{Ll}+(?=[,.]))?)`, "gu");

/** Every article sentence with "A and [the] B" of two names, as [sentence, whole pair, A, B]. */
const coordinations = kb.article.paragraphs
  .flatMap((p) => p.split(/(?<=[.!?])\s+/))
  .flatMap((s) => [...s.matchAll(PAIR)].map((m) => [s, m[0], m[1]!, `${m[2] ?? ""}${m[3]!}`] as const))
  // "Amidst …" opens a sentence with a capital: a name only when the sentence does not start with it.
  .filter(([s, pair]) => !s.startsWith(pair));

describe("a restriction that drops a member of the passage's pair", () => {
  it("the article has such pairs to restrict", () => {
    expect(coordinations.length).toBeGreaterThanOrEqual(3);
  });

  const restricted = coordinations.flatMap(([sentence, pair, a, b]) =>
    ["only", "solely", "exclusively", "just"].flatMap((r) => [
      sentence.replace(pair, `${r} ${b}`),
      sentence.replace(pair, `${r} ${a}`),
    ]),
  );
  it.each(restricted)("is altered, the pair named: %s", (claim) => {
    const v = expectNotConfirmed(claim);
    expect(v.changes).toContainEqual(expect.objectContaining({ kind: "replaced" }));
  });

  const unrestricted = coordinations.flatMap(([sentence, pair, a, b]) => [
    sentence.replace(pair, `not only ${a} but also ${b}`),
    sentence.replace(pair, b),
  ]);
  it.each(unrestricted)("without a restriction, no member is said to be dropped: %s", (claim) => {
    expect(check(claim).changes).not.toContainEqual(expect.objectContaining({ kind: "replaced" }));
  });

  it.each([
    "Putin's worry is solely about the civilians killed in Israel.",
    "Putin voiced concern just over the Gaza Strip's civilian death toll.",
    "Moscow highlights its relationships with the Palestinians only.",
    "Putin pressed exclusively for an immediate ceasefire.",
    "Путина беспокоят только мирные жертвы в Израиле.",
    "Путин обеспокоен лишь гибелью мирных жителей в секторе Газа.",
    "Москва подчёркивает исключительно свои связи с израильтянами.",
  ])("in other words too: %s", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    "Putin is concerned about civilian casualties in both Israel and the Gaza Strip.",
    "The article says only inclusive approaches can bring a lasting settlement.",
    "Путин обеспокоен жертвами и в Израиле, и в секторе Газа.",
  ])("keeping every member, or restricting a modifier, is not a dropped member: %s", (claim) => {
    expect(check(claim).changes).not.toContainEqual(expect.objectContaining({ kind: "replaced" }));
  });
});
