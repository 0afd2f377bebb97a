// dialog-r2-37b (session 37): follow-ups read in context, round 2 — a Russian clause of state on the last point
// («а путин обеспокоен этим?»), a doubted predicate with its subject dropped («а реально нейтральна?»), "that includes
// hamas??" after the contacts, a bare switch before its question ("and the kremlin? do they talk to both sides"),
// «по его словам» kept by name when another party is asked, a party's feeling vs the last answer's own voice, and a
// refused bare follow-up ("since when lol") that keeps the chat's context.
import { beforeAll, describe, expect, it } from "vitest";
import { isRussianClause } from "../../src/dialogue/clause-switch.js";
import { droppedSubjectRuOf } from "../../src/dialogue/dropped-subject-ru.js";
import { prepositionalDetailOf } from "../../src/dialogue/example-asked.js";
import { hisViewNamedOf } from "../../src/dialogue/his-view.js";
import { feelingPartyOf } from "../../src/dialogue/party-feeling.js";
import { bareFollowUpRefused } from "../../src/dialogue/refused-follow-up.js";
import { spreadRemedyOf } from "../../src/dialogue/spread-remedy.js";
import { switchThenQuestionOf } from "../../src/dialogue/switch-then-question.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { lastAnswer, lastText, lastVerdict } from "../helpers/dialogue.js";

const fast = (run: () => void) => {
  const started = performance.now();
  run();
  expect(performance.now() - started).toBeLessThan(200);
};
/** A stand-in for the speakers' table: the voices by a word of their name. */
const VOICES: Record<string, string> = {
  kremlin: "kremlin",
  peskov: "peskov",
  putin: "putin",
  кремль: "kremlin",
};
const namedIn = (folded: string) => {
  const out: { id: string; start: number; end: number }[] = [];
  for (const [word, id] of Object.entries(VOICES)) {
    const at = folded.indexOf(word);
    if (at >= 0) out.push({ id, start: at, end: at + word.length });
  }
  if (/росси/u.test(folded))
    out.push({ id: "russia", start: folded.search(/росси/u), end: folded.search(/росси/u) + 6 });
  return out;
};

beforeAll(() => {
  lastAnswer(["who did putin call"]);
}, 120_000);

describe("a Russian clause of state on the last point", () => {
  it("reads a subject, its state and the pointed-back object as a clause", () => {
    expect(isRussianClause("путин обеспокоен этим?")).toBe(true);
    expect(isRussianClause("кремль заинтересован в этом?")).toBe(true);
    expect(isRussianClause("реально нейтральна?")).toBe(true);
    expect(isRussianClause("россия правда беспристрастна?")).toBe(true);
    expect(isRussianClause("с израилем")).toBe(false);
    expect(isRussianClause("песков")).toBe(false);
    expect(isRussianClause("переговоры тоже")).toBe(false);
  });
  it("answers «а путин обеспокоен этим?» after the casualties with Да", () => {
    expect(lastVerdict(["сколько человек погибло", "а путин обеспокоен этим?"], "ru")).toBe("yes");
    expect(lastVerdict(["что там с мирными жителями", "а путина это беспокоит?"], "ru")).toBe("yes");
  }, 60_000);
  it("puts the last question's voice before a doubted predicate", () => {
    const q = "почему россия называет себя беспристрастным посредником";
    expect(droppedSubjectRuOf("а реально нейтральна?", q, namedIn)).toBe("а россия реально нейтральна?");
    expect(droppedSubjectRuOf("а правда беспристрастна?", q, namedIn)).toBe(
      "а россия правда беспристрастна?",
    );
    expect(droppedSubjectRuOf("а реально нейтральна?", "что происходит", namedIn)).toBeNull();
    expect(droppedSubjectRuOf("а что нейтрально?", q, namedIn)).toBeNull();
    const a = lastAnswer([q, "а реально нейтральна?"], "ru");
    expect(a.verdict).toBe("not-said");
    expect(a.answer.entry?.id).toBe("is-russia-neutral");
  }, 60_000);
});

describe("a party asked as included after the contacts", () => {
  const contextOn = (entryId: string): DialogueContext =>
    ({ entryId, question: "do they talk to both sides?", lang: "en" }) as DialogueContext;
  it("reads 'that includes hamas??' as the ties with it", () => {
    const ctx = contextOn("kremlin-contact-both-sides");
    expect(spreadRemedyOf("that includes hamas??", ctx)).toBe("does russia have ties with hamas?");
    expect(spreadRemedyOf("does that include israel?", ctx)).toBe("does russia have ties with israel?");
    expect(spreadRemedyOf("hamas included??", ctx)).toBe("does russia have ties with hamas?");
    expect(spreadRemedyOf("that includes hamas??", contextOn("putin-blames-us"))).toBeNull();
    expect(spreadRemedyOf("that includes turkey??", ctx)).toBeNull();
  });
  it("answers Yes in the chat", () => {
    const a = lastAnswer([
      "kremlin stance on israel gaza war",
      "do they talk to both sides?",
      "that includes hamas??",
    ]);
    expect(a.verdict).toBe("yes");
  }, 60_000);
});

describe("a bare switch before its question", () => {
  it("reads the question with the switch's voice for its pronoun", () => {
    expect(switchThenQuestionOf("and the kremlin? do they talk to both sides", namedIn)).toBe(
      "do kremlin talk to both sides",
    );
    expect(switchThenQuestionOf("what about peskov? does he want a ceasefire", namedIn)).toBe(
      "does peskov want a ceasefire",
    );
    expect(switchThenQuestionOf("а кремль? они общаются с обеими сторонами?", namedIn)).toBe(
      "кремль общаются с обеими сторонами?",
    );
    expect(switchThenQuestionOf("and the kremlin? what about the ceasefire", namedIn)).toBeNull();
    expect(switchThenQuestionOf("and biden? does he care", namedIn)).toBeNull();
    expect(switchThenQuestionOf("and peskov?", namedIn)).toBeNull();
    expect(switchThenQuestionOf("and putin? did he also say russia will play a role?", namedIn)).toBeNull();
  });
  it("answers the yes/no of the switched voice", () => {
    const a = lastAnswer([
      "Did Putin say anything about Russia's own role in the peace process?",
      "and the kremlin? do they talk to both sides",
    ]);
    expect(a.verdict).toBe("yes");
    expect(a.answer.entry?.id).toBe("kremlin-contact-both-sides");
  }, 60_000);
});

describe("«по его словам» kept by name when another party is asked", () => {
  const speakers = {
    namedIn,
    shortName: (id: string) => (id === "putin" ? "Путин" : "Кремль"),
  };
  it("names the voice in the genitive", () => {
    expect(hisViewNamedOf("а какую роль сама россия играла, по его словам?", "putin", speakers)).toBe(
      "а какую роль сама россия играла, по словам Путина?",
    );
    expect(hisViewNamedOf("а кто по его мнению этому мешал", "putin", speakers)).toBeNull();
    expect(hisViewNamedOf("а какую роль сама россия играла, по его словам?", null, speakers)).toBeNull();
  });
  it("answers with Putin's silence on Russia's role", () => {
    const a = lastAnswer(
      [
        "путин вашингтон монополия",
        "а в чём он видит провал сша",
        "а какую роль сама россия играла, по его словам?",
      ],
      "ru",
    );
    expect(a.answer.entry?.id).toBe("putin-silent-on-russia-role");
  }, 60_000);
});

describe("a party's feeling and a refused bare follow-up", () => {
  it("reads «израиль этим недоволен» as a party's feeling", () => {
    expect(feelingPartyOf("а израиль этим недоволен", true)).toBe("израиль");
    expect(feelingPartyOf("а израиль из-за этого злится", true)).toBe("израиль");
  });
  it("leaves the last answer's own voice to the verdict readers", () => {
    expect(lastVerdict(["что там с мирными жителями", "а путина это беспокоит?"], "ru")).toBe("yes");
  }, 60_000);
  it("tells a bare follow-up from an off-story question", () => {
    expect(bareFollowUpRefused("since when lol")).toBe(true);
    expect(bareFollowUpRefused("for how long haha")).toBe(true);
    expect(bareFollowUpRefused("с какого года лол")).toBe(true);
    expect(bareFollowUpRefused("what's the weather in moscow today?")).toBe(false);
    expect(bareFollowUpRefused("why?")).toBe(false);
    expect(bareFollowUpRefused("lol")).toBe(false);
  });
  it("keeps the context through the refused 'since when'", () => {
    expect(
      lastVerdict(["yo so russia is friends with hamas??", "since when lol", "does that make israel mad"]),
    ).toBe("not-said");
    expect(
      lastVerdict(["у россии есть связи с хамасом?", "с какого года лол", "а израиль этим недоволен?"], "ru"),
    ).toBe("not-said");
  }, 60_000);
  it("still refuses 'why?' after an off-story question", () => {
    expect(lastText(["did putin call erdogan?", "what's the weather in moscow today?", "why?"])).toMatch(
      /"kind":"no-context"/,
    );
  }, 60_000);
});

describe("a detail of the last point that the article never gives", () => {
  it("reads 'inside which borders?' and «в границах какого года?»", () => {
    expect(prepositionalDetailOf("inside which borders?", false)).toBe("borders");
    expect(prepositionalDetailOf("within what borders", false)).toBe("borders");
    expect(prepositionalDetailOf("в границах какого года?", true)).toBe("границах");
    expect(prepositionalDetailOf("в каком смысле", true)).toBeNull();
  });
  it("is doesn't say even where the engine alone finds a card not naming it", () => {
    expect(lastVerdict(["is putin for a palestinian state?", "within what borders?"])).toBe("not-said");
    expect(
      lastVerdict(["путин поддерживает палестинское государство?", "в границах какого года?"], "ru"),
    ).toBe("not-said");
  }, 60_000);
});

describe("long input", () => {
  it("stays fast on long input", () => {
    fast(() => {
      isRussianClause(`путин ${"обеспокоен ".repeat(300)}этим`);
      droppedSubjectRuOf(`а реально ${"нейтральна ".repeat(300)}?`, "россия", namedIn);
      hisViewNamedOf(`а какую ${"роль ".repeat(300)} по его словам`, "putin", {
        namedIn,
        shortName: () => "Путин",
      });
      switchThenQuestionOf(`and the kremlin? ${"do they talk ".repeat(300)}`, namedIn);
      switchThenQuestionOf(`${"and ".repeat(300)}kremlin x`, namedIn);
      bareFollowUpRefused(`${"since when ".repeat(300)}`);
      spreadRemedyOf(`that includes ${"hamas ".repeat(300)}`, {
        entryId: "kremlin-contact-both-sides",
        lang: "en",
      } as DialogueContext);
      feelingPartyOf(`а израиль ${"этим ".repeat(300)}недоволен`, true);
      prepositionalDetailOf(`в ${"границах ".repeat(300)}какого года`, true);
    });
  });
});
