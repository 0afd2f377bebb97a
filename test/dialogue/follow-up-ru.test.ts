import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPLY_BUDGET } from "../../src/answering/index.js";
import type { DialogueContext } from "../../src/dialogue/index.js";
import { describeDialogueVerdict, judgeDialogues, readDialogues } from "../../src/eval/dialogues.js";
import { realDialogue as dialogue, playChat } from "../helpers/dialogue.js";
import { realKb as kb } from "../helpers/engine.js";

/** Plays Russian messages 20 s apart; returns each turn's first reply. */
function chat(messages: string[]) {
  return playChat(messages, { lang: "ru", gapMs: 20_000 }).map((turn) => {
    const reply = turn.replies[0]!;
    return {
      kind: reply.kind,
      entry: reply.kind === "answer" ? reply.answer.entry?.id : undefined,
      answered: reply.kind === "answer" ? reply.answer.answered : undefined,
      understood: reply.kind === "answer" ? reply.understood : undefined,
      verdict: reply.kind === "answer" ? reply.verdict : undefined,
    };
  });
}

describe("Russian follow-ups", () => {
  it("'он' after an institution is the institution (Кремль — он)", () => {
    const [, second] = chat(["какую роль хочет играть кремль?", "а с кем он поддерживает связь?"]);
    expect(second?.entry).toBe("kremlin-contact-both-sides");
    expect(second?.understood).toMatch(/кремль/i);
  });

  it("'а что он сказал?' resolves the pronoun instead of adding a speaker beside it", () => {
    const [, second] = chat(["кто такой песков", "а что он сказал?"]);
    expect(second?.understood).toMatch(/песков/i);
    expect(second?.entry).not.toBe("putin-erdogan-call");
  });

  it("'туда' and 'там' point at the last topic", () => {
    const [, second] = chat(["что такое квартет?", "а россия туда входит?"]);
    // The Quartet's members, from its own card or from the purpose card that lists them too (since dialog45 of
    // session 41 the Russian purpose card names the four members, as the English one does).
    expect(second?.entry).toMatch(/^quartet-(?:members|purpose)$/);
    expect(second?.verdict).toBe("yes");
    expect(second?.understood).toMatch(/квартет/);
  });

  it("a question word inside 'а …' makes a question of its own, not a switch ('а погода какая')", () => {
    const [, second] = chat(["что сказал песков", "а курс доллара какой сейчас"]);
    expect(second?.answered).toBe(false);
  });

  it("'а что Путин сказал про Вашингтон?' stands alone without context", () => {
    const [first] = chat(["а что путин сказал про вашингтон?"]);
    expect(first?.kind).toBe("answer");
    expect(first?.entry).toBe("putin-on-us");
  });

  it("a leading 'правда?' / 'серьёзно?' leaves the follow-up after it", () => {
    const [, second] = chat(["кого путин винит в насилии?", "серьёзно? а почему?"]);
    expect(second?.answered).toBe(true);
    expect(second?.understood).toMatch(/^почему/);
  });

  it("'подробнее про …' after a summary reads the topic", () => {
    const [, second] = chat(["в двух словах о чём статья", "подробнее про квартет"]);
    expect(second?.entry).toMatch(/^quartet/);
  });

  it("own Russian dialogues, second set (my wording): all follow-ups in context (92.3% before dialog29)", () => {
    const v = judgeDialogues(
      readDialogues(resolve(import.meta.dirname, "../questions/dialogues-ru-own2.jsonl")),
      dialogue,
      kb.article.text,
    );
    expect(v.inContext.passed / v.inContext.total, describeDialogueVerdict(v)).toBeGreaterThanOrEqual(1);
    expect(v.badQuotes).toBe(0);
  });

  it("Russian lines of the blind dialogue sets (regression, first runs 81.0% and 57.1%): >= 95% in context", () => {
    const russian = ["dialogues-blind.jsonl", "dialogues2.jsonl"].flatMap((f) =>
      readDialogues(resolve(import.meta.dirname, "../questions", f)).filter((d) => d.lang === "ru"),
    );
    const v = judgeDialogues(russian, dialogue, kb.article.text);
    expect(v.inContext.passed / v.inContext.total, describeDialogueVerdict(v)).toBeGreaterThanOrEqual(0.95);
  });

  it("a long chat message run on with commas is read clause by clause before it is refused", () => {
    const [reply] = chat([
      "короче мне знакомый пишет что москва будто бы со всеми дружит в этой войне, я запутался, кремль правда поддерживает связь с обеими сторонами, объясни",
    ]);
    expect(reply?.answered).toBe(true);
    expect(reply?.entry).toBe("kremlin-contact-both-sides");
  });

  it("'подробнее' after a long answer shows its paragraphs within one reply's length", () => {
    let context: DialogueContext | null = null;
    const now = Date.UTC(2026, 0, 1);
    const first = dialogue.respond("В чём Путин упрекает Вашингтон?", { lang: "ru", context, now });
    context = first.context;
    const [more] = dialogue.respond("подробнее", { lang: "ru", context, now: now + 20_000 }).replies;
    expect(more?.kind).toBe("more");
    if (more?.kind !== "more") return;
    expect(more.paragraphs.length).toBeGreaterThan(0);
    const length = more.title.length + more.paragraphs.reduce((n, p) => n + p.text.length, 0);
    expect(length).toBeLessThanOrEqual(REPLY_BUDGET);
  });
});
