// dialog29 (session 29): the chat's yes/no verdicts on the kinds of dialogues54, in our own wordings. "X too or only
// Y" (too-or-only.ts) and a party's part in the peace process (peace-role.ts).
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { peaceRoleOf } from "../../src/dialogue/peace-role.js";
import { bothHalvesQuoted, tooOrOnlyOf } from "../../src/dialogue/too-or-only.js";
import { withoutVagueTag } from "../../src/dialogue/vague-tag.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb, realParties } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("an 'X too or only Y' question", () => {
  it("finds its two halves, in either order and in Russian", () => {
    expect(tooOrOnlyOf("does he mind the israeli victims too, or just the palestinian ones?")).toEqual([
      "the israeli victims",
      "the palestinian ones",
    ]);
    expect(tooOrOnlyOf("does he feel for gazans only or for israelis as well?")).toEqual([
      "israelis",
      "feel for gazans",
    ]);
    expect(tooOrOnlyOf("он переживает только за газу или за израиль тоже?")).toEqual([
      "за израиль",
      "за газу",
    ]);
    expect(tooOrOnlyOf("is he worried about israel or gaza?")).toBeNull();
  });

  it("holds both halves only where the quotes name both", () => {
    const quoted = "concern over the rising number of civilian casualties in Israel and the Gaza Strip";
    expect(bothHalvesQuoted(["israeli victims", "the gaza ones"], quoted)).toBe(true);
    expect(
      bothHalvesQuoted(["израильтян", "жителей газы"], `${quoted} (перевод: в Израиле и секторе Газа)`),
    ).toBe(true);
    expect(bothHalvesQuoted(["israeli victims", "lebanon"], quoted)).toBe(false);
  });

  it("is Yes on the casualties, in English and Russian", () => {
    expect(
      lastVerdict([
        "what is putin's reaction to the deaths",
        "is he upset about israeli victims as well or only gaza?",
      ]),
    ).toBe("yes");
    expect(
      lastVerdict(
        [
          "как путин реагирует на гибель людей",
          "он переживает только за жителей газы или за израильтян тоже?",
        ],
        "ru",
      ),
    ).toBe("yes");
  });

  it("does so through the bot", async () => {
    const conversation = loadConversation(REAL_KB_DIR, realKb);
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("putin and the civilian deaths");
    await t.send("is he concerned for israeli civilians as well or only about gaza?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b|\nYes\b/);
    expectValidOutput(t.api);
  });
});

describe("a party's part in the peace process", () => {
  it("is asked as membership of the group formed for the talks, only of its members", () => {
    expect(peaceRoleOf("is the eu actually involved in the peace process?", realKb, realParties)).toBe(
      "is the eu part of the quartet?",
    );
    expect(peaceRoleOf("does the un take part in the peace talks at all?", realKb, realParties)).toBe(
      "is the un part of the quartet?",
    );
    expect(peaceRoleOf("а евросоюз участвует в мирном процессе?", realKb, realParties)).toBe(
      "евросоюз входит в квартет?",
    );
    // Turkey is not in the group's sentence: read as typed, no No made of the group.
    expect(peaceRoleOf("is turkey involved in the peace process?", realKb, realParties)).toBeNull();
  });

  it("is Yes for a member after another turn", () => {
    expect(
      lastVerdict(["who does putin blame", "so is the united nations even in on the peace efforts?"]),
    ).toBe("yes");
  });
});

describe("a vague 'or something' / «или как» tag", () => {
  it("is dropped, a real alternative kept", () => {
    expect(withoutVagueTag("did they speak about a truce or something?")).toBe(
      "did they speak about a truce?",
    );
    expect(withoutVagueTag("москва общается с хамасом или как?")).toBe("москва общается с хамасом?");
    expect(withoutVagueTag("did they speak about a truce or about talks?")).toBeNull();
    expect(withoutVagueTag("москва общается с хамасом или с израилем?")).toBeNull();
  });

  it("leaves a long English ramble's question without a verdict rather than its whole statement's", () => {
    const ramble = `${"so my friend keeps telling me things and ".repeat(3)}do they talk to hamas or something?`;
    expect(withoutVagueTag(ramble)).toBeNull();
  });

  it("gives the verdict, in Russian through the bot", async () => {
    expect(lastVerdict(["did putin and erdogan discuss a truce or something?"])).toBe("yes");
    const conversation = loadConversation(REAL_KB_DIR, realKb);
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("кремль на связи с обеими воюющими сторонами или как?");
    expect(visibleText(t.api.lastReply())).toMatch(/(?:^|\n)Да\./u);
    expectValidOutput(t.api);
  });
});
