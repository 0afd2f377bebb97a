// dialog34: the person quoted by "кто это сказал?" as the next "он", the article's words about a party asked in
// Russian ("что в статье про X"), what a failed party should have done (its failure), a party the article never
// names asked with a verb of taking part ("а египет участвует?"), "both X and Y?" / "и там и там?" on evidence
// naming both, "hes" as "he's", and "why does it matter?" after Russia's ties (the mediator it presents itself
// as). Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { articleAboutOf } from "../../src/dialogue/article-about-ru.js";
import { bothNamedOf } from "../../src/dialogue/both-named.js";
import { withAuxiliarySpelledOut } from "../../src/dialogue/chat-shorthand.js";
import { unnamedAskedOf } from "../../src/dialogue/unnamed-asked.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";

describe("who said that, then 'он'", () => {
  it("reads 'он' as the person quoted, not the body asked about before", () => {
    expect(
      lastVerdict(
        ["чего добивается кремль в этом конфликте?", "кто это сказал?", "он пресс-секретарь?"],
        "ru",
      ),
    ).toBe("yes");
  });
});

describe("what the article says about a party, in Russian", () => {
  it("is the party's own entry, not its missing reaction", () => {
    expect(articleAboutOf("а что статья пишет про сша?")).toBe("сша в статье");
    expect(articleAboutOf("а сша что?")).toBeNull();
    expect(articleAboutOf("что сказал путин о сша")).toBeNull();
    expect(lastEntry(["как ответил госдеп", "ну а что в тексте говорится про сша?"], "ru")).toBe(
      "putin-on-us",
    );
  });
});

describe("what they should have done", () => {
  it("is what the party of the last question failed to do", () => {
    const reply = lastAnswer([
      "did putin say american policy failed?",
      "so what should they have done instead?",
    ]);
    expect(reply.answer.answered).toBe(true);
    expect(reply.answer.answer).toMatch(/palestin|compromis/i);
    const ru = lastAnswer(
      ["провалилась ли политика сша по мнению путина?", "и что им следовало сделать?"],
      "ru",
    );
    expect(ru.answer.answer).toMatch(/палестин|компромисс/i);
  });
});

describe("an unnamed party asked with a verb of taking part", () => {
  it("is doesn't say, and the card names the party only", () => {
    expect(unnamedAskedOf("ливан участвует", "ru")).toEqual({ name: "ливан" });
    expect(unnamedAskedOf("ливан", "ru")).toBeNull();
    const reply = lastAnswer(["к чему приходит автор в конце", "а ливан участвует?"], "ru");
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.answer).not.toMatch(/ливан участвует/i);
  });
});

describe("both, named", () => {
  it("reads the pair and the bare form", () => {
    expect(bothNamedOf("so in both israel and gaza?")).toEqual(["israel", "gaza"]);
    expect(bothNamedOf("и там, и там?")).toBe("bare");
    expect(bothNamedOf("both?")).toBeNull();
  });
  it("is Yes where the evidence names both", () => {
    expect(lastVerdict(["where are civilians being killed?", "both places?"])).toBe("yes");
    expect(lastVerdict(["где гибнут мирные люди?", "и там и там?"], "ru")).toBe("yes");
  });
});

describe("a pronoun with 'is' and no apostrophe", () => {
  it("is spelled out and keeps its verdict", () => {
    expect(withAuxiliarySpelledOut("so hes against the palestinians?")).toBe(
      "so he's against the palestinians?",
    );
    expect(lastVerdict(["does putin back a palestinian state?", "hes against israel?"])).toBe("not-said");
  });
});

describe("why it matters, after Russia's ties", () => {
  it("is the mediator Moscow presents itself as", () => {
    expect(lastEntry(["does russia have any link with israel?", "why?"])).toBe("russia-impartial-mediator");
  });
});
