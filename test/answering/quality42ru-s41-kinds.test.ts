// quality42ru's Russian engine kinds (wave BS's blind-ru88 misses), in phrasings of our own: the role a relative
// clause tells («роль, которую хочет сыграть Кремль») is the Kremlin's role (kremlin-role.ts); the possibility or
// likelihood of a thing («о возможности расширения конфликта») asks the thing (russian/words.ts); who should understand
// the retelling («так, чтобы поняла моя бабушка») is «простыми словами» (audience.ts); the engine's own «Да» on a
// question in English words with a Russian tail («Putin blames the US? да или нет»), on «Говорил ли Путин, что США
// монополизировали…», on «прекратить огонь в газе» and on the last question of a short message (owned-verdict.ts,
// owned-points-more.ts, owned-scope.ts); officials other than the president asked with «какие» (speaker-exclusion.ts)
// and who else speaks «от имени» Russia (on-behalf.ts). Probes pinned at their figures after the change.
import { describe, expect, it } from "vitest";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { withUnderstoodByAsPlainWords } from "../../src/answering/russian/audience.js";
import { asRussianKremlinRole } from "../../src/answering/russian/kremlin-role.js";
import { withElseOnBehalfAsVoices } from "../../src/answering/russian/on-behalf.js";
import { withoutRussianSpeakerSetAside } from "../../src/answering/speaker-exclusion.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

const ROLE = "какую роль хочет играть кремль";

describe("Russian readers", () => {
  it("reads the role a relative clause tells as the Kremlin's role", () => {
    expectRows(asRussianKremlinRole, [
      ["в чём роль, которую москва намерена сыграть?", ROLE],
      ["как песков охарактеризовал роль кремля", ROLE],
      ["опиши роль, которую россия стремится играть в урегулировании", ROLE],
    ]);
    expectUnchanged(asRussianKremlinRole, [
      "роль, которую хотят сыграть США, по словам кремля",
      "как песков описал роль турции",
      "роль, которую хочет сыграть Израиль",
      "какую роль путин отводит россии в квартете",
    ]);
  });
  it("reads who should understand the retelling as plain words", () => {
    expectRows(withUnderstoodByAsPlainWords, [
      ["Расскажи статью, чтобы даже мой дед понял", "Расскажи статью простыми словами"],
      [
        "объясни, кого винит путин, так чтобы было понятно ребёнку",
        "объясни, кого винит путин простыми словами",
      ],
      ["перескажи так, чтоб понял человек, не знающий ничего о регионе", "перескажи простыми словами"],
      ["что сказал песков? объясни, чтобы я понял", "что сказал песков? объясни простыми словами"],
    ]);
    expectUnchanged(withUnderstoodByAsPlainWords, [
      "Что нужно, чтобы стороны поняли друг друга?",
      "чтобы палестинцы поняли, чего хочет россия?",
      "перескажи статью",
    ]);
  });
  it("drops a speaker set aside after «какие» and reads who else speaks «от имени» Russia as its voices", () => {
    expectRows(withoutRussianSpeakerSetAside, [
      ["какие российские ведомства цитируются кроме путина?", "какие ещё российские ведомства цитируются ?"],
      ["Каких ещё чиновников упоминают, помимо президента?", "Каких ещё чиновников упоминают ?"],
    ]);
    expectUnchanged(withoutRussianSpeakerSetAside, ["какие страны упоминаются кроме россии?"]);
    expectRows(withElseOnBehalfAsVoices, [
      ["кто ещё выступает от имени москвы?", "кто ещё выступает от лица москвы?"],
      [
        "а кого ещё цитируют от имени российского руководства",
        "а кого ещё цитируют от лица российского руководства",
      ],
    ]);
    expectUnchanged(withElseOnBehalfAsVoices, [
      "кто говорит от имени кремля",
      "кто ещё говорит от имени хамаса",
    ]);
  });
});

describe("the engine's own «Да» in Russian", () => {
  it("reads a question in English words before a Russian yes-or-no tail with the English points", () => {
    expect(ownedVerdict("Putin blames America? да или нет", "ru", "putin-blames-us")?.verdict).toBe("yes");
    expect(ownedVerdict("so putin criticises the US? да/нет", "ru", "us-monopolizing-peace")?.verdict).toBe(
      "yes",
    );
    // A wrong party or a turn is not owned: the Yes is the US's, and "not" turns it.
    expect(ownedVerdict("Putin blames Turkey? да или нет", "ru", "putin-blames-us")).toBeNull();
    expect(ownedVerdict("Putin does not blame the US? да или нет", "ru", "putin-blames-us")).toBeNull();
  });
  it("owns Washington's monopoly asked in Russian, not another party's", () => {
    expect(
      ownedVerdict(
        "Утверждал ли Путин, что Америка узурпировала мирный процесс?",
        "ru",
        "us-monopolizing-peace",
      )?.verdict,
    ).toBe("yes");
    expect(
      ownedVerdict(
        "Говорил ли Путин, что Россия монополизировала мирные усилия?",
        "ru",
        "us-monopolizing-peace",
      ),
    ).toBeNull();
  });
  it("reads «прекратить огонь» as the ceasefire and Gaza as its ground", () => {
    expect(opening("Путин хочет прекратить огонь в секторе Газа или нет?")).toBe("Да.");
    expect(opening("путин призывает прекратить огонь?")).toBe("Да.");
    expect(opening("Путин призывает прекратить огонь в Иране?")).not.toBe("Да.");
  });
  it("reads the last question of a short message alone", () => {
    expect(
      opening("Ох уж эти американцы, всегда виноваты. Путин считает, что политика США провалилась?"),
    ).toBe("Да.");
  });
  it("answers the kinds from the right card", () => {
    expectEntries([
      ["Что сказано о вероятности расширения войны?", "crisis-spread-fears"],
      ["что пишут про возможное распространение конфликта на соседей", "crisis-spread-fears"],
      ["Перескажи статью так, чтобы поняла моя сестра", "summary"],
      ["Какую роль, по словам пресс-секретаря, Кремль хочет сыграть?", "kremlin-settlement-role"],
      ["кто ещё, кроме президента, высказывается от имени россии?", "quotes"],
    ]);
  });
});

describe("the probes of the kind (first run on base 45166ac9: ru83 57.6% / either 1/1)", () => {
  itHoldsProbeFloors([["probes-ru83.jsonl", 0.97, 0.97, 1]]);
});

describe("quality42ru's readers stay linear on long input", () => {
  it("the Russian readers", () => {
    expectLinearOnLongInput(
      (s) => {
        asRussianKremlinRole(s);
        withUnderstoodByAsPlainWords(s);
        withElseOnBehalfAsVoices(s);
        ownedVerdict(s, "ru", "putin-blames-us");
      },
      ["роль, которую ", "так, чтобы ", "даже моя ", "кто ещё ", "да или нет ", ". ", "путин "],
    );
  });
});
