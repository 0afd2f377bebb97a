// dialog28: a yes/no that swaps who does what (agent-swap.ts) is never Yes; "still" membership is doesn't say
// (still-member.ts); "who is he exactly?" names the person (who-is-pronoun.ts); "… or what", "any worries…?",
// "немедленному или нет" are yes/no; a leading "according to X," frame; "про что тогда статья" is a summary.
// Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { agentSwapVerdict } from "../../src/dialogue/agent-swap.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realParties } from "../helpers/engine.js";

describe("a swapped doer or target", () => {
  it("reads the doer nearest before the act and the targets after it", () => {
    const evidence = {
      answered: true,
      kind: "entry",
      answer: "Putin criticizes Washington for monopolizing peace efforts.",
      quotes: [],
    } as unknown as Parameters<typeof agentSwapVerdict>[1];
    expect(
      agentSwapVerdict("so is putin the one monopolizing peace efforts?", evidence, "en", realParties),
    ).toBe("no");
    expect(agentSwapVerdict("does china monopolize peace efforts?", evidence, "en", realParties)).toBe(
      "not-said",
    );
    expect(
      agentSwapVerdict("does washington monopolize peace efforts?", evidence, "en", realParties),
    ).toBeNull();
    expect(
      agentSwapVerdict("is the us accused of monopolizing peace efforts?", evidence, "en", realParties),
    ).toBeNull();
    // dialog43 made a charge put on another target No; dialog48 (fresh dialogues42, d42-22: "did he criticize
    // hamas?") made the English criticism of an unnamed target "doesn't say": the article reports whom Putin
    // blames, not that he spares everyone else. Russian keeps No (dialogues-own43, dialogues15) — an open choice.
    expect(agentSwapVerdict("does putin criticize hamas?", evidence, "en", realParties)).toBe("not-said");
    expect(agentSwapVerdict("does putin criticize hamas too?", evidence, "en", realParties)).toBe("not-said");
  });

  it("is No where the question singles the wrong party out, naming who", () => {
    const a = lastAnswer(["wait, it's moscow that's monopolising the peace process?"]);
    expect(a.verdict).toBe("no");
    expect(a.answer.answer).toMatch(/Washington/);
    expect(lastVerdict(["так это Турция хочет казаться беспристрастным посредником?"], "ru")).toBe("no");
  });

  it("is never Yes for another side in the doer's place, or another target of the accusation", () => {
    const en: [string, string[]][] = [
      ["is {} the one monopolizing peace efforts?", ["putin", "the kremlin", "israel", "hamas", "china"]],
      ["does {} blame the US for its failed policy in the Middle East?", ["erdogan", "israel", "the EU"]],
      ["does Putin blame {} for the failed Middle East policy?", ["israel", "hamas", "turkey", "the UN"]],
      ["did {} call for an immediate ceasefire?", ["erdogan", "washington", "hamas"]],
      ["does {} present itself as an impartial mediator?", ["turkey", "the US", "israel", "the EU"]],
      ["does {} have long-standing ties with hamas?", ["the US", "israel", "turkey"]],
      ["did {} voice deep concern about civilian casualties?", ["hamas", "washington", "erdogan"]],
    ];
    const ru: [string, string[]][] = [
      ["так это {} монополизирует мирные усилия?", ["Путин", "Россия", "Израиль", "ХАМАС"]],
      ["Путин обвиняет {} в провале ближневосточной политики?", ["Израиль", "Турцию", "ХАМАС", "Китай"]],
      ["это {} хочет выглядеть беспристрастным посредником?", ["Израиль", "США", "Турция"]],
      ["{} призвал к немедленному прекращению огня?", ["Эрдоган", "Вашингтон"]],
    ];
    for (const [lang, table] of [
      ["en", en],
      ["ru", ru],
    ] as const)
      for (const [template, parties] of table)
        for (const party of parties) {
          const question = template.replace("{}", party);
          expect([question, lastVerdict([question], lang)]).not.toEqual([question, "yes"]);
        }
  });
});

describe("verdicts the entry settles", () => {
  it("reads '… or what', 'any worries…?' and 'или нет' without a question mark as yes/no", () => {
    expect(lastVerdict(["so russia's part in the peace process is controversial or what?"])).toBe("yes");
    expect(lastVerdict(["any concern this could spread beyond the region?"])).toBe("yes");
    expect(lastVerdict(["путин требует перемирия?", "немедленного или нет"], "ru")).toBe("yes");
  });

  it("'still' in a group is doesn't say: the article gives no date", () => {
    expect(lastVerdict(["who is in the quartet?", "is the UN still part of it?"])).toBe("not-said");
  });

  it("a leading 'according to X,' frame is the question with the frame at the end", () => {
    expect(lastVerdict(["according to putin, has washington done anything right?"])).toBe("not-said");
  });
});

describe("follow-ups", () => {
  it("'who is he exactly?' names the person the last turn was about", () => {
    expect(lastAnswer(["whom did putin phone?", "who is he exactly?"]).answer.entry?.id).toBe(
      "who-is-erdogan",
    );
    expect(
      lastAnswer(["what did peskov say, and does the kremlin keep talking to both sides?", "who's he?"])
        .answer.entry?.id,
    ).toBe("who-is-peskov");
  });

  it("'а про что тогда статья' after a refusal is the summary", () => {
    expect(
      lastAnswer(["кто выиграл чемпионат мира?", "хорошо, а о чём тогда статья?"], "ru").answer.kind,
    ).toBe("summary");
  });
});
