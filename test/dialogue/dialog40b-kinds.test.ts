// dialog40b (session 40): fresh dialogues' misses, in our own phrasings (EN/RU) — ties asked of a pair as one subject
// (pair-ties.ts: Yes on the ties cards, was no verdict or "doesn't say"), why Moscow stresses "that" after its ties
// (stressed-ties.ts: its self-presentation as an impartial mediator, was the ceasefire card), "them" for the one
// party just asked of (party-them.ts: was Russia's position with a false No), «ему» before a named voice
// (dative-pronoun-ru.ts: the call's content, was "Erdogan's words aren't reported"), and how old the ties with the
// Palestinians are (ties-age.ts: "long-standing", was "doesn't give a figure").
import { describe, expect, it } from "vitest";
import { dativePronounOf } from "../../src/dialogue/dative-pronoun-ru.js";
import { directDialogueRu } from "../../src/dialogue/direct-dialogue-ru.js";
import { pairTiesAsked } from "../../src/dialogue/pair-ties.js";
import { remedyAsked } from "../../src/dialogue/remedy-asked.js";
import { stressedTiesOf } from "../../src/dialogue/stressed-ties.js";
import { tiesAgeAsked } from "../../src/dialogue/ties-age.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

const parties = realKb.parties ?? [];
const en = (chat: string[]) => {
  const a = lastAnswer(chat);
  return { verdict: a.verdict, entry: a.answer.entry?.id };
};
const ru = (chat: string[]) => {
  const a = lastAnswer(chat, "ru");
  return { verdict: a.verdict, entry: a.answer.entry?.id };
};

describe("ties asked of a pair as one subject", () => {
  it("is Yes on the ties card of the second party", () => {
    expectChatRows(en, [
      [["russia and hamas have ties??"], { verdict: "yes", entry: "russia-palestinian-ties" }],
      [
        ["do moscow and the palestinians have relations?"],
        { verdict: "yes", entry: "russia-palestinian-ties" },
      ],
      [["the kremlin and israel share close ties?"], { verdict: "yes", entry: "russia-israel-ties" }],
      [["russia and hamas have ties?", "and with israel?"], { verdict: "yes", entry: "russia-israel-ties" }],
    ]);
    expectChatRows(ru, [
      [["россия и хамас поддерживают связи?"], { verdict: "yes", entry: "russia-palestinian-ties" }],
      [["у москвы и израиля есть связи?"], { verdict: "yes", entry: "russia-israel-ties" }],
    ]);
  });
  it("leaves other shapes as typed", () => {
    expectRows(
      (t: string) => pairTiesAsked(t, parties),
      [
        ["russia and hamas have ties??", "does russia have ties with hamas?"],
        ["у москвы и палестинцев есть связи?", "у москвы есть связи с палестинцев?"],
        ["russia and hamas don't have ties?", null],
        ["why do russia and hamas have ties?", null],
        ["russia, hamas and israel have ties?", null],
        ["putin hamas ties?", null],
        ["россия и хамас не имеют связей?", null],
      ],
    );
  });
});

describe("why Moscow stresses that, after its ties", () => {
  it("is Moscow's self-presentation as an impartial mediator", () => {
    expectChatRows(en, [
      [
        ["russia and hamas have ties??", "and with israel?", "why does moscow stress all that"],
        expect.objectContaining({ entry: "russia-impartial-mediator" }),
      ],
      [
        ["does russia have ties with the palestinians?", "why does the kremlin keep pointing that out"],
        expect.objectContaining({ entry: "russia-impartial-mediator" }),
      ],
    ]);
    expectChatRows(ru, [
      [
        ["у россии есть связи с израилем?", "зачем кремль это подчёркивает?"],
        expect.objectContaining({ entry: "russia-impartial-mediator" }),
      ],
    ]);
  });
  it("is read only after the ties, and not of a named thing", () => {
    expect(stressedTiesOf("why does moscow stress that", undefined)).toBeNull();
    expect(stressedTiesOf("why does moscow stress that", "does putin call for a ceasefire?")).toBeNull();
    expect(
      stressedTiesOf("why does putin stress a ceasefire", "does russia have ties with israel?"),
    ).toBeNull();
  });
});

describe("'them' for the one party just asked of", () => {
  it("reads the party in and answers its ties", () => {
    expectChatRows(en, [
      [
        ["what is hamas", "does russia deal with them?"],
        { verdict: "yes", entry: "russia-palestinian-ties" },
      ],
      [
        ["who is hamas", "does moscow have links to them?"],
        { verdict: "yes", entry: "russia-palestinian-ties" },
      ],
    ]);
    expectChatRows(ru, [
      [
        ["что в статье про ХАМАС?", "а у россии с ними есть связи?"],
        { verdict: "yes", entry: "russia-palestinian-ties" },
      ],
    ]);
  });
});

describe("«ему» before a named voice", () => {
  it("is the last person in the dative: the call's content", () => {
    expectChatRows(ru, [
      [
        ["кто такой эрдоган?", "что ему сказал путин?"],
        expect.objectContaining({ entry: "putin-erdogan-call" }),
      ],
      [
        ["who is эрдоган в этой статье?", "что ему сказал putin?"],
        expect.objectContaining({ entry: "putin-erdogan-call" }),
      ],
    ]);
  });
  it("leaves a message with no named voice, or English, as typed", () => {
    const kitless = { namedIn: () => [], isPerson: () => true, shortName: () => "Эрдоган" } as never;
    expect(dativePronounOf("что ему сказали?", null, kitless, "ru")).toBeNull();
  });
});

describe("how old the ties with the Palestinians are", () => {
  it("is their being long-standing", () => {
    expectChatRows(en, [
      [
        ["is russia close to the palestinians?", "how old are those ties?"],
        { verdict: "yes", entry: "russia-palestinian-ties" },
      ],
      [
        ["why is moscow close to israel", "and how long has russia had ties with the palestinians?"],
        { verdict: "yes", entry: "russia-palestinian-ties" },
      ],
    ]);
  });
  it("leaves the ties with Israel, which have no age in the article, as typed", () => {
    expectRows(
      (t: string) => tiesAgeAsked(t, "why is russia close to israel"),
      [
        ["how old are russia's ties with israel?", null],
        ["how old are those ties?", null],
        [
          "and russia's ties w/ palestinians, how old are they?",
          "are russia's ties with the palestinians long-standing?",
        ],
        ["насколько давние у россии связи с палестинцами?", "связи россии с палестинцами давние?"],
      ],
    );
  });
});

describe("what a voice thinks would help", () => {
  it("is what that voice proposes to resolve the conflict", () => {
    expectChatRows(en, [
      [
        ["will the fighting end soon?", "what does putin think would help?"],
        expect.objectContaining({ entry: "what-putin-wants" }),
      ],
      [
        ["what would help, according to the foreign ministry?"],
        expect.objectContaining({ entry: "foreign-ministry-position" }),
      ],
    ]);
    expectChatRows(ru, [
      [["что, по мнению путина, поможет?"], expect.objectContaining({ entry: "what-putin-wants" })],
    ]);
  });
  it("leaves a thing helped, or no voice, as typed", () => {
    expectRows(remedyAsked, [
      ["what does putin think would help the palestinians?", null],
      ["what would help?", null],
      ["what would help, according to him?", "what does he propose to resolve the conflict?"],
      ["what does russia suggest to stop it", "what does russia propose to resolve the conflict?"],
      ["что поможет, по словам мида?", "что мид предлагает для урегулирования конфликта?"],
    ]);
  });
});

describe("another party on the last card's matter", () => {
  it("is the card again where it names that party", () => {
    const text = (chat: string[], lang: "en" | "ru") => lastAnswer(chat, lang).answer.answer;
    expect(
      text(["Путин признаёт необходимость палестинского государства?", "а США что по этому поводу?"], "ru"),
    ).toMatch(/США/);
    expect(
      text(
        ["does putin acknowledge the need for a palestinian state?", "and the us, what about that?"],
        "en",
      ),
    ).toMatch(/United States government for failing/);
    // A party the card never names is left to the other readers.
    expect(
      text(["does putin acknowledge the need for a palestinian state?", "what about turkey on that?"], "en"),
    ).not.toMatch(/^The article reports no words of that side/);
  });
});

describe("«прямые переговоры» as the article's direct dialogue", () => {
  it("finds the Foreign Ministry's card, Yes", () => {
    expectChatRows(ru, [
      [
        ["МИД России что предлагает?", "прямые переговоры израиля и палестинцев?"],
        { verdict: "yes", entry: "foreign-ministry-position" },
      ],
      [
        ["мид хочет прямых переговоров между израилем и палестинцами?"],
        { verdict: "yes", entry: "foreign-ministry-position" },
      ],
    ]);
  });
  it("keeps the case, and leaves the negotiation process as typed", () => {
    expectRows(directDialogueRu, [
      ["кто призывает к прямым переговорам?", "кто призывает к прямому диалогу?"],
      ["путин хочет возобновления переговоров?", "путин хочет возобновления переговоров?"],
    ]);
  });
});
