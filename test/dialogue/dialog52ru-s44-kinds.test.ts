// dialog52ru (session 44): the asker's conclusion after the ties put as a check («то есть / значит / получается, и с
// хамасом?») is the yes/no on Russia's ties with that side (ties-swap.ts, party-swap.ts); a restriction after a
// question word and a dash or a colon («где — только в газе?», "where: only in israel?") is read against the last
// answer as with a comma (elliptical-restriction.ts); a place swapped into a question the article gives no figure for
// («сколько жертв в газе?» → «а в израиле?») keeps the no-figure card (party-swap.ts). Rows are our own phrasings.
import { describe, it } from "vitest";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows } from "../helpers/kind-table.js";

const said = (lang: "en" | "ru") => (messages: string[]) => {
  const reply = lastAnswer(messages, lang);
  return `${reply.answer.entry?.id ?? "-"} ${reply.verdict ?? "-"}`;
};

describe("a conclusion drawn as a check after the ties", () => {
  it("is the yes/no on the ties with that side (Да for Hamas); a bare «и с хамасом?» stays the wh-answer", () => {
    expectChatRows(said("ru"), [
      [["какие у россии связи с палестинцами?", "значит, и с хамасом?"], "russia-palestinian-ties yes"],
      [
        ["какие у россии связи с палестинцами?", "получается, с хамасом тоже?"],
        "russia-palestinian-ties yes",
      ],
      [
        ["что связывает россию с израилем?", "а с палестинцами?", "выходит, и с хамасом?"],
        "russia-palestinian-ties yes",
      ],
      [["какие у россии связи с палестинцами?", "и с хамасом?"], "russia-palestinian-ties -"],
    ]);
  }, 120_000);
});

describe("a restriction after a question word and a dash or a colon", () => {
  it("is No where the evidence names both places", () => {
    expectChatRows(said("ru"), [
      [
        ["что путин сказал о гибели мирных жителей?", "где именно — только в израиле?"],
        "putin-civilian-casualties no",
      ],
      [
        ["что путин сказал о гибели мирных жителей?", "где: только в секторе газа?"],
        "putin-civilian-casualties no",
      ],
    ]);
    expectChatRows(said("en"), [
      [
        ["what did putin say about civilian deaths?", "where — only in israel?"],
        "putin-civilian-casualties no",
      ],
      [["what did putin say about civilian deaths?", "where: just in gaza?"], "putin-civilian-casualties no"],
    ]);
  }, 120_000);
});

describe("a place swapped into a question the article gives no figure for", () => {
  it("keeps the no-figure card, not the ties with that place", () => {
    expectChatRows(said("ru"), [
      [["сколько жертв в газе?", "а в израиле?"], "casualty-figures -"],
      [["сколько людей погибло в израиле?", "а в секторе газа?"], "casualty-figures -"],
    ]);
  }, 120_000);
});
