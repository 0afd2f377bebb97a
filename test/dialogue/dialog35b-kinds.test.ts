// dialog35b (session 35): follow-ups read in context, issue 11 — the rest of a list after a member was asked of it,
// the absence of the thing just asked blamed with a pronoun («кто виноват, что его до сих пор нет»), a named
// person's private life or travels asked mid-chat (refused), the people of a place on the civilians' topic, and a
// voice asked "there" after a turn on the article.
import { describe, expect, it } from "vitest";
import { articleThereOf } from "../../src/dialogue/article-there.js";
import { hinderedByOf } from "../../src/dialogue/hindered-by.js";
import { asksOthersInGroup } from "../../src/dialogue/others-in-group.js";
import { peopleAsCiviliansOf } from "../../src/dialogue/people-as-civilians.js";
import { privateLifeAsked } from "../../src/dialogue/private-life.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { lastAnswer, lastEntry, lastText, lastVerdict } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectFast } from "../helpers/long-input.js";

const speakers = new SpeakerNames(realKb);
const fast = (run: () => void) => expectFast(run, 200);
const civiliansContext: DialogueContext = {
  entryId: "putin-civilian-casualties",
  question: "is putin concerned about israeli civilians",
  speakerId: "putin",
  otherPersonId: null,
  topic: "concerned israeli civilians",
  lang: "en",
  at: 0,
  buttons: 0,
  verdict: "yes",
};

describe("the rest of a list after a member was asked of it", () => {
  it("shows the list again: the other members (d41-22)", () => {
    const text = lastText(["what is the quartet for", "is the US in it too?", "who's the other 2"]);
    expect(text).toMatch(/United Nations/);
    expect(text).toMatch(/European Union/);
    expect(text).toMatch(/besides US/);
    expect(lastText(["tell me about the quartet", "is the EU one too?", "who else then"])).toMatch(
      /United Nations/,
    );
    expect(lastText(["зачем нужен квартет", "а евросоюз там тоже есть?", "а кто остальные?"], "ru")).toMatch(
      /ООН|Объедин/,
    );
  });
  it("asks 'is X one too?' against the list: Yes", () => {
    expect(lastVerdict(["tell me about the quartet", "is the EU one too?"])).toBe("yes");
  });
  it("keeps 'it' the group after the listed turn", () => {
    expect(lastText(["what is the quartet for", "is the US in it too?", "what was it set up for"])).toMatch(
      /negotiat/,
    );
  });
  it("reads only the asking of the others", () => {
    expect(asksOthersInGroup("who's the other 2")).toBe(true);
    expect(asksOthersInGroup("а кто остальные?")).toBe(true);
    expect(asksOthersInGroup("who else did putin call")).toBe(false);
  });
});

describe("the absence of the thing just asked, blamed", () => {
  it("is who is to blame for it, on the last entry (the US)", () => {
    expect(hinderedByOf("а кто виноват что его до сих пор нет")).toBe("кто в этом виноват?");
    expect(hinderedByOf("а кто мешает его появлению")).toBe("кто в этом виноват?");
    expect(hinderedByOf("а кто тогда мешает?")).toBe("кто в этом виноват?");
    expect(hinderedByOf("whose fault is it they dont have one?")).toBe("who is to blame for that?");
    expect(hinderedByOf("who's to blame that there isn't one yet")).toBe("who is to blame for that?");
    expect(hinderedByOf("so who's stopping it")).toBe("who is to blame for that?");
    expect(
      lastEntry(
        [
          "путин за независимое палестинское государство?",
          "а кто, по его словам, виноват, что его так и не создали",
        ],
        "ru",
      ),
    ).toBe("putin-blames-us");
    expect(lastEntry(["does putin back a palestinian state?", "whose fault is it there isn't one"])).toBe(
      "putin-blames-us",
    );
  });
  it("leaves a question naming its own thing or with no negation", () => {
    expect(hinderedByOf("кто виноват в том что переговоры не идут")).toBeNull();
    expect(hinderedByOf("who is responsible for the violence")).toBeNull();
    expect(hinderedByOf("whose fault is it?")).toBeNull();
    expect(hinderedByOf("кто мешает переговорам?")).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => {
      hinderedByOf(`кто виноват что ${"его ".repeat(30)}`);
      hinderedByOf(`whose fault is it ${"they ".repeat(25)}`);
    });
  });
});

describe("a named person's private life or travels asked mid-chat", () => {
  it("is refused, whatever the context", () => {
    for (const q of [
      "whats erdogan's favourite football team",
      "what football club does he support",
      "а какая у него любимая еда",
      "сколько у путина детей",
      "а сам путин когда последний раз был в израиле?",
      "has putin ever been to israel",
      "when was putin last in israel",
    ])
      expect(privateLifeAsked(q, /[а-я]/u.test(q) ? "ru" : "en", speakers), q).toBe(true);
    expect(
      lastAnswer(["who did putin talk to", "lol ok. whats erdogan's favourite football team"]).answer
        .answered,
    ).toBe(false);
    expect(
      lastAnswer(["кто такой песков", "а когда он в последний раз ездил в газу?"], "ru").answer.answered,
    ).toBe(false);
  });
  it("leaves the story's people, sides and calls, and a yes/no of private life", () => {
    for (const q of [
      "does putin care about the kids in gaza",
      "who's his favourite side",
      "Путин ездил к Эрдогану на переговоры?",
      "что он сказал про погибших детей",
      "is peskov married",
      "what did putin say about israel",
    ])
      expect(privateLifeAsked(q, /[а-я]/u.test(q) ? "ru" : "en", speakers), q).toBe(false);
  });
  it("stays fast on long input", () => {
    fast(() => {
      privateLifeAsked(`он был ${"в ".repeat(50)}`, "ru", speakers);
      privateLifeAsked(`has he been to ${"the ".repeat(25)}`, "en", speakers);
    });
  });
});

describe("the people of a place on the civilians' topic", () => {
  it("are its civilians: Yes again (o80-15)", () => {
    expect(peopleAsCiviliansOf("and the people of gaza?", civiliansContext)).toBe("and civilians in gaza?");
    expect(peopleAsCiviliansOf("what about the residents of gaza?", civiliansContext)).toBe(
      "what about civilians in gaza?",
    );
    expect(peopleAsCiviliansOf("and the israeli population?", civiliansContext)).toBe(
      "and israeli civilians?",
    );
    expect(lastVerdict(["is putin concerned about israeli civilians", "and the people of gaza?"])).toBe(
      "yes",
    );
    expect(lastVerdict(["does putin care about civilians in gaza", "and the israeli population?"])).toBe(
      "yes",
    );
  });
  it("leaves another topic and no place", () => {
    expect(
      peopleAsCiviliansOf("and the people of gaza?", {
        ...civiliansContext,
        topic: "ceasefire",
        question: "does putin want a ceasefire",
      }),
    ).toBeNull();
    expect(peopleAsCiviliansOf("and the people of the kremlin?", civiliansContext)).toBeNull();
    expect(peopleAsCiviliansOf("and the people?", civiliansContext)).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => peopleAsCiviliansOf(`and the ${"israeli ".repeat(10)}population`, civiliansContext));
  });
});

describe("a voice asked 'there' after a turn on the article", () => {
  const articleContext: DialogueContext = {
    ...civiliansContext,
    question: "о чем вообще статья?",
    topic: "",
  };
  it("asks whether the article names it: Yes", () => {
    expect(articleThereOf("ладно. а песков там тоже есть?", articleContext, speakers)).toBe(
      "песков упоминается в статье?",
    );
    expect(articleThereOf("is erdogan in there too?", articleContext, speakers)).toBe(
      "does the article mention erdogan?",
    );
    expect(lastVerdict(["о чем вообще статья?", "а путин там есть?"], "ru")).toBe("yes");
    expect(lastVerdict(["what is the article about", "is peskov in there too?"])).toBe("yes");
  });
  it("leaves a list's member, a party no voice, and a turn not on the article", () => {
    expect(articleThereOf("а китай там есть?", articleContext, speakers)).toBeNull();
    expect(articleThereOf("а песков там есть?", civiliansContext, speakers)).toBeNull();
    expect(
      articleThereOf(
        "а россия там есть?",
        { ...articleContext, question: "что такое квартет в статье" },
        speakers,
      ),
    ).toBeNull();
  });
  it("stays fast on long input", () => {
    fast(() => articleThereOf(`а ${"песков ".repeat(10)}там`, articleContext, speakers));
  });
});
