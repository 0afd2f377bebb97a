// quality-en12: a person asked about another's office — a country's leader is its president's title too ("is
// Erdogan the Russian leader?" — Putin is), and a one-holder office of another country than the person's own
// ("is Putin the Turkish president?") is No; the article's own wording still decides Yes.
import { describe, expect, it } from "vitest";
import { lastVerdict } from "../helpers/dialogue.js";

describe("a role asked of the story's people", () => {
  it("is No for another's office, Yes for one's own, not said where the article does not name it", () => {
    expect(lastVerdict(["Is Erdogan the Russian leader?"])).toBe("no");
    expect(lastVerdict(["Is Putin the Turkish president?"])).toBe("no");
    expect(lastVerdict(["Is Dmitry Peskov Russia's president?"])).toBe("no");
    expect(lastVerdict(["Is Putin the Russian leader?"])).toBe("yes");
    expect(lastVerdict(["Is Erdogan the Turkish leader?"])).toBe("yes");
    // dialog30 (the lead's call on d55-01, d56-17, d57-01): a country's president asked of the one the article
    // calls its leader is Yes in the article's words; another office is not backed by "leader".
    expect(lastVerdict(["is erdogan the turkish president?"])).toBe("yes");
    expect(lastVerdict(["is erdogan the turkish prime minister?"])).toBe("not-said");
  });
});
