// verdict46 (session 43): false first lines found by round 1's lanes. A voice "for / in favour of" a thing is its
// support ("is putin for us policy?" was a false Yes, «путин за политику сша?» a false Да; stance-for.ts); the article
// itself for a side takes none ("is the article in favour of the palestinians" was the ties card's false Yes); a
// yes/no inside a polite request is asked plainly ("could you tell me if putin called erdogan" was doesn't say,
// «не подскажете, звонил ли путин эрдогану?» a false Нет; embedded-yes-no.ts). Rows are our own phrasings.
import { describe, expect, it } from "vitest";
import { embeddedYesNoOf } from "../../src/dialogue/embedded-yes-no.js";
import { asksArticleSide, forAsSupportOf } from "../../src/dialogue/stance-for.js";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");
const en = (q: string) => lastVerdict([q], "en");

describe("a voice for a thing", () => {
  it("is read as its support, never a support of a policy it faults", () => {
    expectRows(en, [
      ["is putin in favour of us policy in the region?", "no"],
      ["is putin for washington's middle east policy?", "no"],
      ["is putin for an immediate ceasefire?", "yes"],
    ]);
    expectRows(ru, [
      ["путин за ближневосточную политику сша?", "no"],
      ["путин выступает за прекращение огня?", "yes"],
    ]);
  }, 120_000);
  it("leaves a cause «за то, что» and a time 'for years' alone", () => {
    expectRows(forAsSupportOf, [
      ["путин за то, что сша виноваты?", null],
      // a pronoun object is the last topic, in-favour-ru.ts reads it (o119-15 «он за него?»)
      ["он за него?", null],
      ["is putin for years in power?", null],
      ["is putin for a ceasefire?", "does putin support a ceasefire?"],
      ["путин за политику сша?", "путин поддерживает политику сша?"],
    ]);
  });
});

describe("the article for a side", () => {
  it("takes no side: doesn't say", () => {
    expectRows(en, [
      ["does the story side with israel?", "not-said"],
      ["is the writer for the palestinians?", "not-said"],
    ]);
    expectRows(ru, [["статья на стороне палестинцев?", "not-said"]]);
    expectRows(asksArticleSide, [
      ["does the article say putin is for a ceasefire?", false],
      ["is the article about israel?", false],
    ]);
  });
});

describe("a yes/no inside a polite request", () => {
  it("is asked plainly", () => {
    expectRows(en, [
      ["could you please tell me whether putin phoned erdogan?", "yes"],
      ["do you happen to know if the kremlin is in contact with both sides?", "yes"],
      ["i was wondering whether putin praised washington", "no"],
    ]);
    expectRows(ru, [
      ["не подскажете, призывал ли путин к прекращению огня?", "yes"],
      ["скажите, пожалуйста, хвалил ли путин сша?", "no"],
    ]);
  });
  it("leaves a wh-question inside the request to the request readers", () => {
    expect(embeddedYesNoOf("could you tell me who putin called?")).toBeNull();
    expect(embeddedYesNoOf("did putin call erdogan?")).toBeNull();
  });
});

describe("the probes of the kinds, as `npm run ask` replies (first run on base 65a5a1b2: en91 45.8% (11/24), ru91 43.8% (7/16); after 75.0% / 87.5%)", () => {
  itHoldsAskFloors([
    ["probes-en91.jsonl", 0.75],
    ["probes-ru91.jsonl", 0.87],
  ]);
});
