// quality40ru's Russian engine kinds, in phrasings of our own (wave BQ's blind-ru86 misses and blind-ru85's leftovers):
// Putin asked to have owned Russia's seat in the Quartet is his silence (own-role-said.ts); «Считает ли Путин, что…»
// and «президент России» own the card's «Да» (owned-verdict.ts, owned-points.ts); Russia working with the other
// members is the Quartet (membership.ts); Russia's part in the peace process as it has been is its involvement, which
// names the Quartet (peace-process-part.ts); the call asked without a subject («с турцией созванивались?») is the
// call's «Да» (owned-points-stated.ts); a child's age is the audience «как для ребенка» (audience.ts); «в контексте
// статьи» is a source phrase; «что значит X» asks X (statement-meaning.ts); a voice's main theses are what it said
// (voice-points.ts). Probes pinned at their figures after the change.
import { describe, expect, it } from "vitest";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { withChildAgeAsAudience } from "../../src/answering/russian/audience.js";
import { asRussianMembership } from "../../src/answering/russian/membership.js";
import { asRussianOwnRoleSaid } from "../../src/answering/russian/own-role-said.js";
import { asRussianPeaceProcessPart } from "../../src/answering/russian/peace-process-part.js";
import { asRussianStatementMeaning } from "../../src/answering/russian/statement-meaning.js";
import { asRussianVoicePoints } from "../../src/answering/russian/voice-points.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

const SILENCE = "упомянул ли путин собственную роль россии";
const PART = "как россия участвует в мирном процессе";

describe("Russian readers", () => {
  it("reads Putin asked to have owned Russia's seat in the Quartet as his silence", () => {
    expectRows(asRussianOwnRoleSaid, [
      ["Путин ругает Америку, а Москва-то сама в квартете. Признаёт он это?", SILENCE],
      ["путин хоть раз вспомнил, что квартет включает и россию?", SILENCE],
    ]);
    expectUnchanged(asRussianOwnRoleSaid, [
      "россия входит в квартет?",
      "почему путин не вспоминает, что россия в квартете?",
      "что путин сказал про квартет",
    ]);
  });
  it("reads Russia working on peace with the other members as the Quartet", () => {
    expectRows(asRussianMembership, [
      ["москва сотрудничала с евросоюзом в мирном процессе?", "кто входит в квартет"],
      ["россия трудилась вместе с сша и оон над переговорами?", "кто входит в квартет"],
    ]);
    expectUnchanged(asRussianMembership, [
      "россия работала вместе с китаем над переговорами?",
      "россия работает с сша?",
    ]);
  });
  it("reads Russia's part in the peace process as it has been as its involvement", () => {
    expectRows(asRussianPeaceProcessPart, [
      ["какую роль играла москва в ближневосточном процессе", PART],
      ["россия ни при чём в мирном процессе?", PART],
      ["как рф участвовала в урегулировании раньше", PART],
    ]);
    expectUnchanged(asRussianPeaceProcessPart, [
      "какую роль хочет играть россия в урегулировании",
      "какую роль россия играет сейчас",
      "почему участие россии в мирном процессе спорно",
      "путин упомянул роль россии в мирном процессе?",
    ]);
  });
  it("reads a child's age as the audience to tell it for", () => {
    expectRows(withChildAgeAsAudience, [
      ["расскажи, что хочет путин, будто мне девять лет", "расскажи, что хочет путин, как для ребенка"],
      ["объясни статью словно мне 6", "объясни статью как для ребенка"],
      ["что сказал песков, как для семилетнего", "что сказал песков, как для ребенка"],
    ]);
    expectUnchanged(withChildAgeAsAudience, ["сколько лет эрдогану", "объясни так, будто мне 40 лет"]);
  });
  it("reads what a statement means as the statement", () => {
    expectRows(asRussianStatementMeaning, [
      ["а что означает, что кремль общается с обеими сторонами", "кремль общается с обеими сторонами"],
      ["как понимать то, что путин винит вашингтон", "путин винит вашингтон"],
    ]);
    expectUnchanged(asRussianStatementMeaning, ["что значит квартет", "что значит impartial mediator"]);
  });
  it("reads a voice's main theses as what it said", () => {
    expectRows(asRussianVoicePoints, [
      ["главные мысли пескова", "что сказал песков"],
      ["ключевые тезисы российского президента насчёт конфликта", "что сказал путин"],
      ["основные положения заявления мид по региону", "что сказал мид россии о региону"],
    ]);
    expectUnchanged(asRussianVoicePoints, [
      "основные тезисы статьи",
      "главные тезисы путина и пескова",
      "что сказал путин",
    ]);
  });
});

describe("the engine's own «Да»", () => {
  it("reads «ли» and its subject before «что» as a clause, and Russia's president as Putin", () => {
    expect(
      ownedVerdict("Уверен ли Путин, что американская политика провалилась?", "ru", "us-policy-failure"),
    ).toEqual({ verdict: "yes", card: "us-policy-failure" });
    expect(
      ownedVerdict(
        "Говорит ли президент РФ, что политика Вашингтона провалилась?",
        "ru",
        "us-policy-failure",
      ),
    ).toEqual({ verdict: "yes", card: "us-policy-failure" });
    expect(
      ownedVerdict("Считает ли Путин, что политика США удалась?", "ru", "us-policy-failure")?.verdict,
    ).not.toBe("yes");
  });
  it("owns the call asked without its subject, not another caller's", () => {
    expect(ownedVerdict("с эрдоганом общались по телефону?", "ru", "putin-erdogan-call")?.verdict).toBe(
      "yes",
    );
    expect(ownedVerdict("песков с турками созванивался?", "ru", "putin-erdogan-call")).toBeNull();
    expect(ownedVerdict("с турцией созванивались насчёт газа?", "ru", "putin-erdogan-call")).toBeNull();
  });
  it("answers the kinds from the right card", () => {
    expectEntries([
      ["путин вспоминал, что москва сидит в квартете вместе с сша?", "putin-silent-on-russia-role"],
      ["москва участвовала в мирном процессе вместе с оон и ес?", "quartet-members"],
      ["чем россия раньше занималась в ближневосточном мирном процессе", "russia-role-controversy"],
      ["кто такой песков в рамках данной статьи", "who-is-peskov"],
      ["что означает, что кремль держит связь с воюющими", "kremlin-contact-both-sides"],
      ["расскажи статью, будто мне восемь", "summary"],
    ]);
    expect(opening("россия действовала вместе с оон и сша в мирном процессе?")).toBe("Да.");
    expect(opening("с турками созванивались?")).toBe("Да.");
    expect(opening("Думает ли Путин, что политика США провалилась?")).toBe("Да.");
  });
});

describe("the probes of the kind (first run on base 9df1e01d: ru81 38.5% / 100%, either 3/3)", () => {
  itHoldsProbeFloors([["probes-ru81.jsonl", 0.97, 0.97, 1]]);
});

describe("quality40ru's readers stay linear on long input", () => {
  it("the Russian readers", () => {
    expectLinearOnLongInput(
      (s) => {
        asRussianOwnRoleSaid(s);
        asRussianMembership(s);
        asRussianPeaceProcessPart(s);
        withChildAgeAsAudience(s);
        asRussianStatementMeaning(s);
        asRussianVoicePoints(s);
      },
      ["россия ", "в квартете ", "как будто мне ", "что значит ", "основные тезисы ", "путин ", "с сша "],
    );
  });
});
