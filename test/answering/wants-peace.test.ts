import { describe, expect, it } from "vitest";
import { asPeaceWanted } from "../../src/answering/wants-peace.js";
import { realEngine as engine } from "../helpers/engine.js";

describe("peace wanted is a ceasefire wanted (wants-peace.ts)", () => {
  it("reads peace, a truce or an end to the fighting wanted as a ceasefire wanted", () => {
    expect(asPeaceWanted("does putin want peace")).toBe("does putin want a ceasefire");
    expect(asPeaceWanted("is the kremlin in favor of a truce?")).toBe("does the kremlin want a ceasefire?");
    expect(asPeaceWanted("moscow backs an end to the bloodshed, right")).toBe(
      "moscow wants a ceasefire, right",
    );
    expect(asPeaceWanted("so russia supports the war to stop?")).toBe("so russia wants a ceasefire?");
  });
  it("leaves peace talks, the peace process, other parties and other things wanted", () => {
    expect(asPeaceWanted("does putin want peace talks")).toBe("does putin want peace talks");
    expect(asPeaceWanted("what did putin say about the peace process")).toBe(
      "what did putin say about the peace process",
    );
    expect(asPeaceWanted("what is needed for a lasting peace")).toBe("what is needed for a lasting peace");
    expect(asPeaceWanted("does russia support hamas")).toBe("does russia support hamas");
    expect(asPeaceWanted("putin refused to call for a ceasefire?")).toBe(
      "putin refused to call for a ceasefire?",
    );
  });
  it("answers with the ceasefire Putin urged", () => {
    for (const q of ["does putin want peace", "is russia pro peace?", "does putin support a peace deal"]) {
      const a = engine.findAnswer(q);
      expect(a.answered, q).toBe(true);
      expect(a.entry?.id, q).toBe("ceasefire-call");
    }
  });
});
