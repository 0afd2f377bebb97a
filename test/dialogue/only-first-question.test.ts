// dialog10: "only/только/лишь/исключительно X" in a first yes/no question. The entry found may name X alone while
// another passage names more for that relation: never Yes unless the article itself restricts to X.
// Our own phrasings, from the article; with the cases that must keep their Yes.
import { describe, expect, it } from "vitest";
import { answerOf, playChat } from "../helpers/dialogue.js";

const first = (question: string, lang: "en" | "ru" = "en") =>
  answerOf(playChat([question], { lang }).at(-1)!.replies[0]!);

describe("'only' in a first yes/no question", () => {
  it("is No with the passage naming every side of the relation", () => {
    const ru = first("москва поддерживает связь лишь с хамасом?", "ru");
    expect(ru.verdict).toBe("no");
    expect(ru.answer.entry?.id).toBe("kremlin-contact-both-sides");
    expect(first("does moscow keep contact with the palestinians only?").verdict).toBe("no");
    expect(first("are there casualties only in gaza?").verdict).toBe("no");
  });

  it("is never Yes where nothing in the article restricts it", () => {
    expect(first("does moscow speak only to hamas?").verdict).not.toBe("yes");
    expect(first("кремль держит связь только с палестинцами?", "ru").verdict).not.toBe("yes");
    expect(first("does putin put the blame only on america?").verdict).not.toBe("yes");
    expect(first("путин обвиняет только штаты?", "ru").verdict).not.toBe("yes");
    expect(first("у россии связи только с хамасом?", "ru").verdict).not.toBe("yes");
  });

  it("leaves the same questions without 'only' as they were", () => {
    expect(first("does russia have ties with hamas?").verdict).toBe("yes");
    expect(first("does putin blame america?").verdict).toBe("yes");
    expect(first("у россии есть связи с хамасом?", "ru").verdict).toBe("yes");
  });
});
