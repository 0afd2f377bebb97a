// quality47ru's Russian kinds (wave BX's blind-ru93 misses and dialogues115's Russian context misses), in phrasings of
// our own: a learner's broken Russian (russian/learner-grammar.ts, also in dialogue/plain-form-ru.ts), what Russia's
// claim to mediate rests on (russian/mediator-grounds.ts), «делает вид» as pretending (russian/kremlin-doing.ts), the
// mention asked topic-first or as a noun (mention-asked.ts, russian/mention-noun.ts), «подтвердил что» joining a clause
// (dialogue/yes-no-question.ts), and what the last question's voice said of a new party (dialogue/voice-dropped-ru.ts).
import { describe, expect, it } from "vitest";
import { asRussianKremlinDoing } from "../../src/answering/russian/kremlin-doing.js";
import { withLearnerGrammarRead } from "../../src/answering/russian/learner-grammar.js";
import { asRussianMediatorGrounds } from "../../src/answering/russian/mediator-grounds.js";
import { withMentionNounAsVerb } from "../../src/answering/russian/mention-noun.js";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine } from "../helpers/engine.js";
import { answeredFrom, expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

const ru = (q: string) => lastVerdict([q], "ru");
const opening = (q: string) => realEngine.findAnswer(q).answer.split(" ")[0];
const chatEntry = (messages: string[]) => answeredFrom(lastAnswer(messages, "ru").answer);

describe("Russian readers of quality47ru", () => {
  it("reads a learner's broken Russian: the apology off, «стоп» beside the fighting, a party's infinitive", () => {
    expectRows(withLearnerGrammarRead, [
      ["Простите, мой русский плохой. Путин хочет бой стоп?", "Путин хочет прекращение огня?"],
      ["Я плохо говорю по-русски. Кремль помогать?", "Кремль помогает?"],
      ["Sorry, мой русский слабый: стоп стрельба?", "прекращение огня?"],
    ]);
    expectUnchanged(withLearnerGrammarRead, [
      "Извините, кто такой Песков?",
      "Что Путин сказал про войну?",
      "Путин хотел бы перемирия?",
    ]);
  });
  it("reads what Russia's claim to mediate rests on as how Moscow presents itself", () => {
    expectRows(asRussianMediatorGrounds, [
      ["Чем Кремль оправдывает роль нейтрального посредника?", "как москва себя представляет"],
      ["С чего Россия думает, что может быть миротворцем?", "как москва себя представляет"],
    ]);
    expectUnchanged(asRussianMediatorGrounds, [
      "На чём основана критика Путина в адрес США?",
      "Почему Турция считает, что может быть посредником?",
      "Россия посредник?",
    ]);
  });
  it("leaves «делает вид» to the neutrality question, and the mention noun as the verb", () => {
    expectUnchanged(asRussianKremlinDoing, ["А что, Москва только делает вид, что нейтральна?"]);
    expect(asRussianKremlinDoing("что москва там делает?")).toBe("какую роль хочет играть кремль");
    expectRows(withMentionNounAsVerb, [
      ["Есть ли в тексте упоминание о ХАМАС?", "упоминается ли в тексте ХАМАС?"],
    ]);
  });
});

describe("the kinds, answered", () => {
  it("finds the cards", () => {
    expectEntries([
      ["Извини, мой русский плохо. Путин хотеть огонь стоп?", "ceasefire-call"],
      ["Россия на самом деле нейтральна? Или только делает вид?", "is-russia-neutral"],
      ["На что опирается Москва в претензии на роль посредника?", "russia-impartial-mediator"],
    ]);
  });
  it("owns Да of the mention asked topic-first, and never a Да for what the article never names", () => {
    expectRows(opening, [
      ["Упоминаются ли США в статье?", "Да."],
      ["Есть ли в статье упоминание ООН?", "Да."],
    ]);
    expect(opening("Упоминается ли Китай в статье?")).not.toBe("Да.");
  });
  it("says Да through the dialogue for a yes/no without «ли», and no Нет for a learner's ceasefire", () => {
    expectRows(ru, [
      ["песков подтвердил что москва готова помочь?", "yes"],
      ["Мой русский плохо. Путин хочет война стоп?", "yes"],
      ["песков подтвердил что кремль поддерживает хамас?", "not-said"],
    ]);
  });
  it("reads «а про X что сказал?» as what the last question's one voice said of X", () => {
    expect(chatEntry(["Путин критикует США?", "а про израиль что говорил?"])).toBe(
      "putin-civilian-casualties",
    );
    expect(chatEntry(["кто входит в квартет?", "а про израиль что сказал?"])).not.toBe(
      "putin-civilian-casualties",
    );
  });
});

describe("the probes of the kind (first run on base 65a5a1b2: ru93 65.0% engine, 75.0% through npm run ask)", () => {
  itHoldsProbeFloors([["probes-ru93.jsonl", 0.95, 0.95]]);
  itHoldsAskFloors([["probes-ru93.jsonl", 0.95]]);
});
