// quality-en12: a person asked about another's office — a country's leader is its president's title too ("is
// Erdogan the Russian leader?" — Putin is), and a one-holder office of another country than the person's own
// ("is Putin the Turkish president?") is No; the article's own wording still decides Yes.
import { describe, expect, it } from "vitest";
import { answerOf, playChat } from "../helpers/dialogue.js";

const last = (messages: string[]) => answerOf(playChat(messages, { lang: "en" }).at(-1)!.replies[0]!);

describe("a role asked of the story's people", () => {
  it("is No for another's office, Yes for one's own, not said where the article does not name it", () => {
    expect(last(["Is Erdogan the Russian leader?"]).verdict).toBe("no");
    expect(last(["Is Putin the Turkish president?"]).verdict).toBe("no");
    expect(last(["Is Dmitry Peskov Russia's president?"]).verdict).toBe("no");
    expect(last(["Is Putin the Russian leader?"]).verdict).toBe("yes");
    expect(last(["Is Erdogan the Turkish leader?"]).verdict).toBe("yes");
    expect(last(["is erdogan the turkish president?"]).verdict).toBe("not-said");
  });
});
