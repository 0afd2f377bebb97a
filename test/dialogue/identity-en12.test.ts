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
    expect(lastVerdict(["is erdogan the turkish president?"])).toBe("not-said");
  });
});
