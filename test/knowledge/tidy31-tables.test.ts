// The article's tables (parties.json, contrary-deeds.json) travel on the loaded knowledge base: a knowledge folder
// other than the project's (KNOWLEDGE_DIR) brings its own, which is what the readers see; a broken row is one clear
// line of the load's error; a folder without the tables has none (no reader falls back to the project's file).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClaimChecker } from "../../src/claims/index.js";
import { createDialogueKit } from "../../src/dialogue/dialogue-kit.js";
import { partyAskedOf } from "../../src/dialogue/party-swap.js";
import { agreementAsked } from "../../src/dialogue/third-party-agreement.js";
import { KnowledgeBaseError } from "../../src/knowledge/index.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { partyMentions } from "../../src/knowledge/parties.js";
import { realClaims, realKb, realParties } from "../helpers/engine.js";
import { copyFixtureKb, editJson, REAL_KB_DIR } from "../helpers/knowledge.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real knowledge base in a temp folder, edited. */
// biome-ignore lint/suspicious/noExplicitAny: the tables are edited in whatever shape a test needs
function copyEdited(file: string, edit: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-tables-"));
  made.push(dir);
  cpSync(REAL_KB_DIR, dir, { recursive: true });
  editJson(dir, file, edit);
  return dir;
}

const never = () => false;
// biome-ignore lint/suspicious/noExplicitAny: a row of parties.json as written
const party = (data: any, id: string) => data.parties.find((p: { id: string }) => p.id === id);

describe("another knowledge folder's tables are what the readers see", () => {
  // Ankara renamed Istanbul in the copy's parties.json; Turkey made a party that speaks no more.
  const dir = copyEdited("parties.json", (data) => {
    party(data, "turkey").names.en = ["turkey", "istanbul"];
  });
  const other = loadKnowledgeBase(dir);

  it("the loaded knowledge base holds the folder's parties, not the project's", () => {
    expect(other.parties?.find((p) => p.id === "turkey")?.names.en).toEqual(["turkey", "istanbul"]);
    expect(realKb.parties?.find((p) => p.id === "turkey")?.names.en).toEqual(["turkey", "ankara"]);
  });

  it("the party readers read the table they are handed", () => {
    const parties = other.parties ?? [];
    expect(partyAskedOf("and istanbul?", "en", parties)?.party.id).toBe("turkey");
    expect(partyAskedOf("and istanbul?", "en", realParties)).toBeNull();
    expect(partyAskedOf("and ankara?", "en", parties)).toBeNull();
    expect(partyMentions(parties, "did istanbul agree?").map((m) => m.id)).toEqual(["turkey"]);
    expect(agreementAsked("does istanbul agree with that", "en", never, parties)?.party).toBe("istanbul");
    expect(agreementAsked("does istanbul agree with that", "en", never, realParties)).toBeNull();
  });

  it("the dialogue hands its readers the knowledge base's table", () => {
    const kit = createDialogueKit({
      engine: {} as never,
      kb: other,
      conversation: { storyPoint: [], verdicts: new Map() },
    });
    expect(kit.parties).toBe(other.parties);
  });

  it("the claim checker reads the folder's contrary deeds", () => {
    const claim = "Putin said the US walked away from the peace efforts";
    expect(realClaims(claim).verdict).toBe("altered");
    const deeds = copyEdited("contrary-deeds.json", (data) => {
      const held = data.deeds.find((d: { deed: string[] }) => d.deed.includes("monopoli[sz]"));
      held.contrary = ["by\\s+letter"];
    });
    expect(createClaimChecker(loadKnowledgeBase(deeds))(claim).verdict).toBe("not-in-article");
  });
});

describe("a broken table stops the load with one line per problem", () => {
  it("names the row, the field and the fix, for both tables at once", () => {
    const dir = copyEdited("parties.json", (data) => {
      party(data, "turkey").id = "Turkey";
      party(data, "china").people.push({ speaker: "xi", en: ["xi"], ru: ["си"] });
    });
    editJson(dir, "contrary-deeds.json", (data) => {
      data.deeds[0].deed = ["monopoli(s"];
    });
    let message = "";
    try {
      loadKnowledgeBase(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(KnowledgeBaseError);
      message = (error as Error).message;
    }
    const lines = message.split("\n");
    expect(lines[0]).toMatch(/has 2 problems/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^parties\.json: parties\[6\] \("Turkey"\), id: use lower-case words joined by hyphens\. Fix: /,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^contrary-deeds\.json: deeds\[0\] \(.*\), deed: is not a regular expression .*Fix: mend/,
      ),
    );
  });

  it("checks a party's speaker against the folder's speakers", () => {
    const dir = copyEdited("parties.json", (data) => {
      party(data, "china").people.push({ speaker: "xi", en: ["xi"], ru: ["си"] });
    });
    expect(() => loadKnowledgeBase(dir)).toThrow(
      /parties\.json: party "china", people\[0\]\.speaker: "xi" is not a speaker id\. Fix: use an id of knowledge\/speakers\.json\./,
    );
  });
});

describe("a knowledge folder without the tables", () => {
  it("has none, and its readers get an empty table", () => {
    const kb = loadKnowledgeBase(copyFixtureKb());
    expect(kb.parties).toBeUndefined();
    expect(kb.contraryDeeds).toBeUndefined();
    const kit = createDialogueKit({
      engine: {} as never,
      kb,
      conversation: { storyPoint: [], verdicts: new Map() },
    });
    expect(kit.parties).toEqual([]);
  });
});
