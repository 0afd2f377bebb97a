// verdict42 (session 41): the yes/no line of a stand-alone question where wave BS showed false verdicts — the
// checker's «не сказано» over the card that answers it (a ceasefire asked as «прекратить огонь в газе», the asker's
// remark or tone before the question, a party's bare name for its leader on the call), a No on the call's card for a
// question about something else ("is the Rafah crossing with Egypt open?"), and a No from Putin's silence on a
// question about Peskov. Rows are our own phrasings of each kind; the probe sets probes-en84 / probes-ru84 are pinned
// through the dialogue as `npm run ask` replies (test/helpers/ask-floors.ts).
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/answering/types.js";
import { withPartiesForActors } from "../../src/dialogue/actor-change.js";
import { ASKED_EN } from "../../src/dialogue/call-party-phrasings.js";
import { withoutChatGlue } from "../../src/dialogue/chat-glue.js";
import { ledYesNoOf } from "../../src/dialogue/led-yes-no.js";
import { inPassageWords, inPassageWordsRu } from "../../src/dialogue/passage-paraphrase.js";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastVerdict, realDialogue } from "../helpers/dialogue.js";
import { realEngine, realParties } from "../helpers/engine.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");
const en = (q: string) => lastVerdict([q], "en");

describe("a wish to stop the fighting is the passage's ceasefire, the fighting's own place aside", () => {
  it("puts «прекратить огонь в газе» and «чтобы в газе прекратили огонь» as «прекращения огня»", () => {
    expectRows(inPassageWordsRu, [
      ["путин призывает прекратить огонь в газе", "путин призывает прекращения огня"],
      ["путин требует немедленно прекратить огонь в газе", "путин требует немедленного прекращения огня"],
      ["путин хочет, чтобы в газе прекратили огонь", "путин хочет прекращения огня"],
      ["путин настаивает, чтобы огонь в секторе газа прекратили", "путин настаивает прекращения огня"],
      ["путин хочет прекращения огня в секторе газа", "путин хочет прекращения огня"],
      // another place stays, to be read (the engine refuses Syria); no wish, or another thing stopped: as typed
      ["путин требует прекратить огонь в сирии", "путин требует прекращения огня в сирии"],
      ["путин отказался прекратить огонь", "путин отказался прекратить огонь"],
      ["путин хочет прекратить переговоры", "путин хочет прекратить переговоры"],
    ]);
    expectRows(inPassageWords, [
      [
        "is putin pushing for the fighting in gaza to end right away",
        "is putin pushing for an immediate ceasefire in gaza",
      ],
      ["does putin want the fighting in syria to stop", "does putin want the fighting in syria to stop"],
    ]);
  });
  it("answers Да / Нет on the ceasefire card, never «не сказано» over it", () => {
    expectRows(ru, [
      ["путин призывает прекратить огонь в газе?", "yes"],
      ["путин хочет, чтобы в газе прекратили огонь?", "yes"],
      ["Путин требует прекратить стрельбу или нет?", "yes"],
      ["путин против прекращения огня?", "no"],
      ["Путин отказался прекратить огонь?", "no"],
    ]);
    expectRows(en, [["is putin pushing for the fighting in gaza to end right away?", "yes"]]);
  });
});

describe("the asker's remark or tone before a yes/no question", () => {
  it("takes «серьёзно,», «ну конечно,», «seriously,», «come on,» as chat glue", () => {
    expectRows(withoutChatGlue, [
      [
        "Серьёзно, Путин сказал, что политика США провалилась?",
        "Путин сказал, что политика США провалилась?",
      ],
      ["Ну конечно, Путин винит США?", "Путин винит США?"],
      ["Come on, did Putin really say the US policy failed?", "did Putin really say the US policy failed?"],
      ["Honestly now, does Putin blame the US?", "does Putin blame the US?"],
      // no punctuation after it: a word of the question
      ["конечно ли это так?", "конечно ли это так?"],
    ]);
  });
  it("reads the last sentence alone where it names its subject and finds what the whole finds", () => {
    const led = (lang: Lang) => (q: string) => ledYesNoOf(q, lang, (t, l) => realEngine.findAnswer(t, l));
    expectRows(led("ru"), [
      [
        "Ну конечно, опять Америка во всём виновата. Путин сказал, что это провал политики США?",
        "Путин сказал, что это провал политики США?",
      ],
      [
        "Вечно у них виноваты американцы. Серьёзно, Путин правда считает, что политика Вашингтона провалилась?",
        "Путин правда считает, что политика Вашингтона провалилась?",
      ],
      // a report, a tag pointing back, a wh-question: left as typed
      ["Говорят, Путин обвинил Иран. Это правда?", null],
      ["Путин звонил Эрдогану. Зачем?", null],
      ["Я слышал, что Путин винит Израиль. Путин винит Израиль?", null],
    ]);
    expectRows(led("en"), [
      [
        "Of course, America gets blamed again. Seriously, did Putin say it's a failure of US policy?",
        // the clause alone finds another card than the whole: the clause, then the remark (as before verdict42)
        "did Putin say it's a failure of US policy, America gets blamed again?",
      ],
    ]);
  });
  it("gives the card's Yes / Да to the question after the remark", () => {
    expectRows(ru, [
      ["Ладно. Серьёзно, Путин сказал, что политика США провалилась?", "yes"],
      ["Вечно у них виноваты американцы. Путин правда считает, что политика Вашингтона провалилась?", "yes"],
    ]);
    expectRows(en, [
      ["Come on, did Putin really say the US policy failed?", "yes"],
      ["Of course, America gets blamed again. Seriously, did Putin say it's a failure of US policy?", "yes"],
    ]);
  });
});

describe("a party's bare name for its leader on the call is no other actor", () => {
  it("drops the checker's actor change of «турками» / 'the turks' for 'Turkish leader', not of an office", () => {
    const actor = (claimed: string, article: string) =>
      withPartiesForActors(
        { changes: [{ kind: "actor" as const, claimed, article }], unbacked: [claimed] },
        realParties,
      ).changes.length;
    expectRows(
      (q) => actor(...(q.split(" | ") as [string, string])),
      [
        ["the turks | turkish leader", 0],
        ["турками | лидером турции", 0],
        ["анкарой | лидером турции", 0],
        ["egyptians | turkish leader", 1],
        ["turkey's foreign minister | turkish leader", 1],
        ["israel | turkish leader", 1],
      ],
    );
  });
  it("answers Yes / Да on the call's card, and the call with a party the article never names stays unsaid", () => {
    expectRows(en, [
      ["did putin phone the turks?", "yes"],
      ["did russia and turkey have a phone call?", "yes"],
      ["did putin phone the egyptians?", "not-said"],
    ]);
    expectRows(ru, [
      ["Путин с турками созванивался?", "yes"],
      ["россия с анкарой созванивалась?", "yes"],
      ["Москва говорила с Турцией по телефону?", "yes"],
      ["Путин с египтянами созванивался?", "not-said"],
    ]);
  });
});

describe("'is the X with Y …?' is no question about the call unless it names one", () => {
  it("reads a party of the call only after a call noun, or with none between", () => {
    const party = (q: string) => ASKED_EN[0]!.exec(q)?.[1] ?? null;
    expectRows(party, [
      ["is the rafah crossing with egypt open", null],
      ["was the hostage deal with qatar signed", null],
      ["was the phone call with netanyahu", "netanyahu"],
      ["was putin's gaza call with macron", "macron"],
      ["was the call putin had with biden", "biden"],
      ["was it with netanyahu", "netanyahu"],
    ]);
  });
  it("refuses what the article never names instead of a No on the call's card", () => {
    for (const q of [
      "Is the Rafah border crossing with Egypt closed?",
      "is the truce with Hezbollah holding?",
    ]) {
      const reply = realDialogue.respond(q, { lang: "en", context: null, now: 0 }).replies[0]!;
      expect(reply.kind === "answer" && reply.answer.answered, q).toBe(false);
    }
    expect(en("was the phone call with Netanyahu?")).toBe("no");
  });
});

describe("another voice's silence is no verdict on the voice asked", () => {
  it("says «не сказано» of Peskov, the Kremlin or the ministry on Putin's silence, Нет of Putin", () => {
    expectRows(ru, [
      ["песков упоминал квартет?", "not-said"],
      ["а мид упоминал квартет?", "not-said"],
      ["Кремль упоминал квартет?", "not-said"],
      ["путин упоминал роль россии в квартете?", "no"],
      ["а США искали компромиссы?", "no"],
    ]);
    expectRows(en, [
      ["did the foreign ministry mention the quartet?", "not-said"],
      ["did putin mention russia's own role?", "no"],
    ]);
  });
});

describe("the probes of the kind, as `npm run ask` replies (first run on base 45166ac9 through `npm run ask`: en84 50.0% (11/22), ru84 55.0% (11/20); after 95.5% / 100%)", () => {
  itHoldsAskFloors([
    ["probes-en84.jsonl", 0.95],
    ["probes-ru84.jsonl", 1],
  ]);
});
