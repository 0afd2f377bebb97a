// The kinds quality-ru11 fixed, in words of our own: an unknown topic framed by one plain word the KB uses
// ("как работает X?"), a quoted work asked as a work (a title made of the story's words), and phrases that say
// where the answer comes from ("если верить статье", "в какой связи"). Guards: a known name or concept still
// carries the question; two known words still do; the article in quotes is not another work.
import { describe, expect, it } from "vitest";
import { asksOfQuotedWork } from "../../src/answering/russian/quoted-work.js";
import { ask, expectAnswered, expectNotAnswered, expectRefused } from "../helpers/answering-detected.js";

describe("an unknown topic framed by one plain word (unknown-topic.ts)", () => {
  it.each(["Как работает фотосинтез?", "Как работает иммунитет?", "Как работает блокчейн?"])(
    "refuses '%s'",
    (q) => {
      const a = expectNotAnswered(q);
      expect(a.entry ?? null, q).toBeNull();
    },
  );

  it("keeps a question whose known word is a name", () => {
    expectAnswered("Где работает Песков?", "who-is-peskov");
  });

  it("leaves English to its own synonyms ('what is the danger the article warns about')", () => {
    expectAnswered("what is the danger the article warns about");
  });
});

describe("a quoted work asked as a work (quoted-work.ts)", () => {
  it.each(["Кто написал «Войну и мир»?", "Кто снял фильм «Мир и война»?", "Кто автор «Мира без войны»?"])(
    "refuses '%s'",
    (q) => {
      expectRefused(q, "out-of-scope");
    },
  );

  it("does not take the article, or a quoted word without a maker, for a work", () => {
    expect(asksOfQuotedWork("Кто написал «статью»?")).toBe(false);
    expect(asksOfQuotedWork("Что значит «Квартет» в статье?")).toBe(false);
    expect(asksOfQuotedWork("Кто написал «Войну и мир»?")).toBe(true);
  });
});

describe("where the answer should come from (source-phrases.ts)", () => {
  it("reads 'Кто такой Песков, если верить статье?' as who Peskov is", () => {
    expect(ask("Кто такой Песков, если верить статье?").entry?.id).toBe("who-is-peskov");
    expect(ask("Кто такой Эрдоган, судя по тексту?").entry?.id).toBe("who-is-erdogan");
  });
});
