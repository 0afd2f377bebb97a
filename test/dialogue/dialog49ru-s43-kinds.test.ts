// dialog49ru (session 43): the Russian kinds wave BW's dialogues113/114 missed — a particle glued to a party's name
// («а евросоюз разве не входит?» → a false «Нет, не входит», party-particles-ru.ts), «он за него?» after a topic
// (support of that topic, in-favour-ru.ts), «а хамас? с ним тоже?» (the party in «с ним»'s case,
// party-pronoun-ru.ts) and «а с хамасом разве нет?» after the ties (a false «Нет», included-too.ts). Our own
// phrasings, from the article.
import { describe, it } from "vitest";
import { partyOf } from "../../src/dialogue/elliptical.js";
import { inFavourOf } from "../../src/dialogue/in-favour-ru.js";
import { withPartyForPronounRu } from "../../src/dialogue/party-pronoun-ru.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

describe("a particle glued to a Russian party's name", () => {
  it("is no part of the party", () => {
    expectRows(
      (t: string) => partyOf(t, "ru"),
      [
        ["евросоюз разве", "евросоюз"],
        ["сша ведь", "сша"],
        ["оон же", "оон"],
        ["с хамасом ли", "хамасом"],
        ["ес вообще", "ес"],
        ["саудовская аравия", "саудовская аравия"],
        ["разве", "разве"],
      ],
    );
  });
  it("gives the list's own verdict, never a false «Нет» on a member", () => {
    expectChatRows(
      (m) => lastVerdict(m, "ru"),
      [
        [["россия входит в квартет?", "кто ещё туда входит", "а оон разве не входит?"], "yes"],
        [["кто входит в квартет?", "а сша ведь входят?"], "yes"],
        [["кто входит в квартет?", "а евросоюз вообще входит?"], "yes"],
        [["кто входит в квартет?", "а турция разве входит?"], "no"],
        [["кремль общается с израилем?", "а с хамасом разве нет?"], "yes"],
        [["с кем у россии давние связи?", "а с хамасом разве нет?"], "yes"],
        [["у россии есть связи с палестинцами?", "а с ираном разве нет?"], "not-said"],
      ],
    );
  }, 60_000);
});

describe("«он за него?» after a topic", () => {
  const lastAsked = (question: string) => ({ question, entryId: "x" }) as unknown as DialogueContext;
  it("asks the subject's support of the last question's topic", () => {
    expectRows(
      (t: string) => inFavourOf(t, lastAsked("путин че сказал про палестинское государство")),
      [
        ["он за него?", "он поддерживает палестинское государство?"],
        ["так путин за него?", "путин поддерживает палестинское государство?"],
        ["он вообще за него или против?", "он поддерживает палестинское государство?"],
        ["они за него?", "они поддерживают палестинское государство?"],
        // who is for it asks who; a topic named is its own question
        ["кто за него?", null],
        ["путин за палестинское государство?", null],
      ],
    );
    expectRows((t: string) => inFavourOf(t, lastAsked("кто входит в квартет")), [["он за него?", null]]);
  });
  it("is Да where the article has the subject call for it, Нет where it faults it", () => {
    expectChatRows(
      (m) => lastVerdict(m, "ru"),
      [
        [["путин чё сказал про сша", "а про палестинское государство?", "он за него?"], "yes"],
        [["что путин говорит о перемирии?", "он за него?"], "yes"],
        [["что мид говорит про прямой диалог?", "мид за него?"], "yes"],
        [["что путин говорит о политике сша?", "он за неё?"], "no"],
      ],
    );
  }, 60_000);
});

describe("«с ним» after a bare switch to a party", () => {
  it("puts the party in the pronoun's case", () => {
    expectRows(
      (q: string) => withPartyForPronounRu(q, "хамас", false),
      [
        ["с ним тоже?", "с хамасом тоже?"],
        ["с ним тоже общаются?", "с хамасом тоже общаются?"],
        ["к нему это относится?", "к хамасу это относится?"],
        ["с ней тоже?", null],
        ["с ними тоже?", null],
        ["что он сказал?", null],
      ],
    );
    expectRows(
      (q: string) => withPartyForPronounRu(q, "израиль", false),
      [["с ним тоже?", "с израилем тоже?"]],
    );
    expectRows((q: string) => withPartyForPronounRu(q, "ес", true), [["с ними тоже?", "с ес тоже?"]]);
  });
  it("answers of that party, one reply, not «с Москва тоже»", () => {
    expectChatRows(
      (m) => lastVerdict(m, "ru"),
      [
        [["россия общается с израилем?", "а хамас? с ним тоже?"], "yes"],
        [["у россии есть связи с палестинцами?", "а израиль? с ним тоже?"], "yes"],
      ],
    );
  }, 60_000);
});
