// dialog30: the chat's yes/no verdicts of wave AN's kinds, through the bot's dialogue (helpers/dialogue.ts).
import { describe, expect, it } from "vitest";
import { lastVerdict } from "../helpers/dialogue.js";

describe("a role asked in other words than the article's", () => {
  it("is Yes where the asked role is the article's role (leader = president, 'putins spokesman')", () => {
    expect(lastVerdict(["who was putin on the phone with", "so he is the president of turkey?"])).toBe("yes");
    expect(lastVerdict(["tell me who peskov is", "so he is putins spokesman?"])).toBe("yes");
    expect(lastVerdict(["с кем говорил путин по телефону", "он президент турции?"])).toBe("yes");
  });
  it("keeps another office not said or No", () => {
    expect(lastVerdict(["tell me who peskov is", "is he putins foreign minister?"])).not.toBe("yes");
    expect(lastVerdict(["с кем говорил путин по телефону", "он премьер-министр турции?"])).not.toBe("yes");
  });
});
