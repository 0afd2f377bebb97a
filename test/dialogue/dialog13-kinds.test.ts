// dialog13: approval of what an entry's speaker criticizes is No, Russian identity questions, "who else spoke?",
// an either/or whose two sides the article both supports, and follow-ups right after a refusal. Our own
// phrasings (not the probe set's), written from the article.
import { describe, expect, it } from "vitest";
import { otherVoicesAsked } from "../../src/dialogue/other-voices.js";
import { answerOf, playChat } from "../helpers/dialogue.js";

const replyOf = (messages: string[], lang: "en" | "ru" = "en") =>
  playChat(messages, { lang }).at(-1)!.replies[0]!;
const last = (messages: string[], lang: "en" | "ru" = "en") => answerOf(replyOf(messages, lang));

describe("approval of what the speaker criticizes (approval.ts)", () => {
  it("is No, never Yes", () => {
    expect(
      last(["what is putin's complaint about america?", "so did washington do a good job there?"]).verdict,
    ).toBe("no");
    expect(last(["does putin believe the americans got it right in the middle east?"]).verdict).toBe("no");
    expect(
      last(["should washington lead the peace efforts single-handedly, in putin's opinion?"]).verdict,
    ).toBe("no");
    expect(last(["По мнению Путина, политика США на Ближнем Востоке была успешной?"], "ru").verdict).toBe(
      "no",
    );
  });

  it("leaves a question without approval, or one already negated, to the other readings", () => {
    expect(last(["does putin think the us failed in the middle east?"]).verdict).toBe("yes");
    expect(last(["has the us not done enough, according to putin?"]).verdict).not.toBe("yes");
  });
});

describe("'on its own' is no pronoun", () => {
  it("keeps the idiom when the context has a topic", () => {
    const r = last([
      "what does putin say about washington's peace efforts?",
      "should washington act on its own there?",
    ]);
    expect(r.understood ?? "").not.toMatch(/on washington own/);
  });
});

describe("who a person is, asked yes/no in Russian (identity-ru.ts)", () => {
  it("Yes for the person's own role, by pronoun or name", () => {
    expect(last(["что говорит Путин о прекращении огня?", "а он российский президент?"], "ru").verdict).toBe(
      "yes",
    );
    expect(last(["Песков это официальный представитель Кремля?"], "ru").verdict).toBe("yes");
  });
  it("No for a one-holder role the article gives someone else; doesn't say for a role it gives no one", () => {
    expect(last(["Песков — президент России?"], "ru").verdict).toBe("no");
    expect(last(["Эрдоган — это президент Турции?"], "ru").verdict).toBe("not-said");
  });
  it("English: a spokesperson's alias names the role", () => {
    expect(last(["what did peskov say?", "is he the kremlin's spokesman?"]).verdict).toBe("yes");
  });
});

describe("who else spoke (other-voices.ts)", () => {
  it("reads the roster question", () => {
    expect(otherVoicesAsked("who else weighed in", "en")).not.toBeNull();
    expect(otherVoicesAsked("and which other officials commented?", "en")).not.toBeNull();
    expect(otherVoicesAsked("кто ещё из Москвы об этом говорил", "ru")).not.toBeNull();
    expect(otherVoicesAsked("who else is in the quartet", "en")).toBeNull();
    expect(otherVoicesAsked("who spoke", "en")).toBeNull();
  });
  it("answers with the other voices after an answer", () => {
    const r = last(["what does the foreign ministry stress?", "who else weighed in?"]);
    expect(r.answer.answered).toBe(true);
    expect(r.answer.answer).toMatch(/Putin/);
    expect(r.answer.answer).toMatch(/Peskov/);
  });
});

describe("an either/or whose sides are both in the article (both-sides.ts)", () => {
  it("answers both, with no side picked", () => {
    const r = last(["does the kremlin keep in touch with the israelis or with the palestinians?"]);
    if (r.answer.answer.startsWith("Both")) expect(r.answer.answer).toMatch(/Both, according to the article/);
    const ties = last(["Are Russia's ties with the Palestinians or with Israel?"]);
    expect(ties.answer.answer).toMatch(/^Both, according to the article: .*Palestinians.* and .*Israel/);
  });
});

describe("right after a refusal", () => {
  it("a bare 'why?' does not answer the turn before the refusal", () => {
    const r = replyOf(["who does putin blame?", "what's the best pizza in rome?", "but why?"]);
    expect(r.kind === "answer" && r.answer.answered).toBe(false);
  });
  it("a switch stands alone", () => {
    const r = last(["what did the kremlin say?", "who is the richest man alive?", "ok, what about erdogan?"]);
    expect(r.answer.answer).toMatch(/Erdogan/);
  });
});
