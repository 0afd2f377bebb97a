// The engine's per-message answers (src/answering/message-answers.ts): a text asked again within a message is read
// once; another language is another reading; forget() lets them go (perf43).
import { describe, expect, it } from "vitest";
import { rememberingAnswers } from "../../src/answering/message-answers.js";
import type { Answer, Lang } from "../../src/answering/types.js";

const counting = () => {
  const reads: string[] = [];
  const read = (q: string, lang?: Lang) => {
    reads.push(`${lang ?? "-"}:${q}`);
    return { answered: true, answer: q } as unknown as Answer;
  };
  return { reads, memo: rememberingAnswers(read) };
};

describe("rememberingAnswers", () => {
  it("reads a text once per message and language, again after forget()", () => {
    const { reads, memo } = counting();
    const a = memo.findAnswer("who did putin call?", "en");
    expect(memo.findAnswer("who did putin call?", "en")).toBe(a);
    memo.findAnswer("who did putin call?");
    memo.findAnswer("кому звонил путин?", "ru");
    memo.findAnswer("кому звонил путин?", "ru");
    expect(reads).toEqual(["en:who did putin call?", "-:who did putin call?", "ru:кому звонил путин?"]);
    memo.forget();
    memo.findAnswer("who did putin call?", "en");
    expect(reads).toHaveLength(4);
  });

  it("keeps a bounded number of answers for callers that never forget", () => {
    const { reads, memo } = counting();
    for (let i = 0; i < 100; i++) memo.findAnswer(`q${i}`, "en");
    memo.findAnswer("q99", "en");
    memo.findAnswer("q0", "en");
    expect(reads.filter((r) => r === "en:q99")).toHaveLength(1);
    expect(reads.filter((r) => r === "en:q0")).toHaveLength(2);
  });
});
