// dialog52: the call convention settled (call-convention.ts: a bare call or talk with another party doesn't say,
// the reported call presupposed or by its matter No), a wrong occasion for the call's words ("did he say that in a
// call with X?", «он это X'у говорил?»), the call's own party asked of other words (doesn't say), a detail asked
// "exactly" (exact-detail.ts), a meeting agreed (contact-mode.ts), "X, а не Y?" with Y a name the article never
// gives (not-but.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { callMatterAsked } from "../../src/dialogue/call-convention.js";
import { exactDetailAsked } from "../../src/dialogue/exact-detail.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";

describe("a call with a party the article never names", () => {
  it("bare, with or without the phone, doesn't say, naming Erdogan's call", () => {
    const en = lastAnswer(["did putin call the spanish prime minister?"]);
    expect(en.verdict).toBe("not-said");
    expect(en.answer.answer).toMatch(/Erdogan/);
    expect(lastVerdict(["did putin talk to the french president on the phone?"])).toBe("not-said");
    expect(lastVerdict(["путин разговаривал с шольцем?"], "ru")).toBe("not-said");
    expect(lastVerdict(["путин созванивался с премьером италии?"], "ru")).toBe("not-said");
  });
  it("presupposed or by its matter is No", () => {
    expect(lastVerdict(["was the call with the spanish prime minister?"])).toBe("no");
    expect(lastVerdict(["did putin phone scholz to discuss gaza?"])).toBe("no");
    expect(lastVerdict(["путин обсуждал с шольцем перемирие?"], "ru")).toBe("no");
    expect(lastVerdict(["путин звонил шольцу по поводу газы?"], "ru")).toBe("no");
  });
  it("reads the matter after the party, not the phone or an office's country", () => {
    expect(callMatterAsked("did putin call scholz about gaza", "scholz about gaza", "en")).toBe(true);
    expect(callMatterAsked("did putin call scholz on the phone", "scholz on the phone", "en")).toBe(false);
    expect(callMatterAsked("путин звонил президенту израиля", "президенту израиля", "ru")).toBe(false);
    expect(callMatterAsked("путин говорил с нетаньяху по телефону", "нетаньяху по телефону", "ru")).toBe(
      false,
    );
  });
});

describe("the call's words put on another occasion or party", () => {
  it("'in a call with X' and «X'у» are No with the call; the call's party of other words doesn't say", () => {
    expect(
      lastVerdict(["what does putin think of us policy?", "did he say that on a call with scholz?"]),
    ).toBe("no");
    expect(lastVerdict(["что путин сказал эрдогану?", "он говорил это Scholz'у?"], "ru")).toBe("no");
    expect(lastVerdict(["что путин сказал эрдогану?", "он это Scholz'у сказал?"], "ru")).toBe("no");
    expect(lastVerdict(["в чём путин упрекает сша?", "он это эрдогану сказал?"], "ru")).toBe("not-said");
  });
});

describe("a detail asked exactly, a meeting agreed, a voice the article never gives", () => {
  it("is doesn't say for 'how exactly' and a meeting agreed", () => {
    expect(exactDetailAsked("did peskov explain how exactly the kremlin would help?", "en")).toBe(true);
    expect(exactDetailAsked("did peskov say the kremlin would help?", "en")).toBe(false);
    expect(lastVerdict(["what does the kremlin aim for?", "did they say how exactly?"])).not.toBe("yes");
    expect(lastVerdict(["что сказал эрдогану путин?", "они договорились встретиться?"], "ru")).toBe(
      "not-said",
    );
    expect(lastVerdict(["what did putin tell erdogan?", "did they agree to meet?"])).toBe("not-said");
  });
  it("«это точно X, а не Y?» with Y unknown is No naming X, through the bot", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("что сказал песков?");
    await t.send("а это точно песков, а не лавров?");
    expect(visibleText(t.api.lastReply())).toMatch(/Нет[\s\S]*Песков/);
  });
});
