// The kinds quality-ru17 fixed, in words of our own: blame put by hearsay on a party other than the US (read as
// whom Putin blames), "конкретно" beside a verb of demanding. Guards: the US named, another blamer, a US president
// the article never names; "конкретно" beside a verb of proposing keeps the plan the article lacks.
import { describe, expect, it } from "vitest";
import { asRussianBlameCheck, checksOtherBlamed } from "../../src/answering/russian/blamed-party.js";
import { withoutSpecificDemand } from "../../src/answering/russian/specific-demand.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("blame checked with another party (blamed-party.ts)", () => {
  it.each([
    "люди пишут, что путин обвинил в обострении сирию",
    "винит ли путин во всём палестинцев?",
    "кремль считает виноватым израиль?",
    "путин возлагает вину на египет, да?",
  ])("answers '%s' with whom Putin blames", (q) => {
    expect(checksOtherBlamed(q)).toBe(true);
    const a = ask(q);
    expect(a.kind).toBe("entry");
    expect(a.entry?.id).toBe("putin-blames-us");
  });

  it.each([
    "в чём путин винит штаты",
    "хамас винит путина?",
    "путин обвиняет трампа?",
    "путин винит?",
    "кто виноват в войне",
  ])("leaves '%s' as typed", (q) => {
    expect(asRussianBlameCheck(q)).toBe(q);
  });
});

describe("'конкретно' beside a verb of demanding (specific-demand.ts)", () => {
  it.each(["чего конкретно потребовал путин?", "к чему конкретнее призывает путин"])(
    "answers '%s' with what Putin wants",
    (q) => {
      const a = ask(q);
      expect(a.kind).toBe("entry");
      expect(JSON.stringify(a)).toMatch(/ceasefire/);
    },
  );

  it("keeps the word beside a verb of proposing", () => {
    expect(withoutSpecificDemand("что конкретно предлагает москва")).toBe("что конкретно предлагает москва");
    expect(withoutSpecificDemand("к чему конкретно призвал путин?")).toBe("к чему призвал путин?");
  });
});
