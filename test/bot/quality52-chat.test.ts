// quality52's single questions through bot.handleUpdate: boasting of, praising or playing up Russia's own role —
// the article says Putin makes no mention of it, so such a verb never gets Yes/Да (a Quartet members' «Да» did);
// who of two named voices spoke to Erdogan (the article's one, Putin); a wrong Quartet member no table knows (No,
// with the members); a membership of a group the article never names (refused); both sides' interests asked of
// the US (No, with the compromise Washington did not consider).
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality52's single questions in the chat", () => {
  it("never confirms a boast of Russia's own role", async () => {
    for (const q of [
      "Путин хвастался ролью России в квартете?",
      "путин кичился участием москвы в мирном процессе?",
      "путин нахваливал вклад россии?",
      "did putin brag about moscow's role in the quartet?",
      "did putin play up russia's own part in the peace process?",
    ]) {
      const text = await replyTo(q);
      expect(text, q).not.toMatch(/^(?:Yes|Да)(?!\p{L})/mu);
      expect(text, q).toMatch(/^(?:No|Нет)(?!\p{L})/mu);
      expect(text, q).toMatch(/mention|упомина/);
    }
  }, 60_000);
  it("names Putin when asked whether Putin or Peskov spoke to Erdogan", async () => {
    expect(await replyTo("was it peskov or putin who had the call with erdogan?")).toMatch(/Putin/);
    expect(await replyTo("Это Песков или Путин говорил с Эрдоганом?")).toMatch(/Путин/);
  });
  it("says No to an unlisted Quartet member and refuses another group's membership", async () => {
    const brazil = await replyTo("is argentina one of the members of the quartet?");
    expect(brazil).toMatch(/^No\b/m);
    expect(brazil).toMatch(/European Union/);
    expect(await replyTo("is japan a member of the security council?")).toMatch(/doesn't cover/);
  });
  it("says No to the US weighing both sides' interests", async () => {
    const text = await replyTo("Did Putin say america weighed the interests of both sides?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/compromise/);
  });
});
