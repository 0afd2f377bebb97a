import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localSchemaFileName, renderJsonSchemas, schemaFileName } from "../../src/knowledge/json-schema.js";
import { KNOWLEDGE_FILES, LOCAL_KNOWLEDGE_FILES, LOCAL_LANGUAGES } from "../../src/knowledge/schema.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("knowledge/schema/", () => {
  it("matches the zod schemas (run npm run kb:schema after changing src/knowledge/schema.ts)", () => {
    for (const [name, text] of renderJsonSchemas()) {
      expect(readFileSync(join(REAL_KB_DIR, "schema", name), "utf8"), name).toBe(text);
    }
  });

  it("is referenced by every knowledge file, so editors check it as you type", () => {
    for (const { file } of Object.values(KNOWLEDGE_FILES)) {
      const data = JSON.parse(readFileSync(join(REAL_KB_DIR, file), "utf8"));
      expect(data.$schema, file).toBe(`./schema/${schemaFileName(file)}`);
    }
  });

  it("is referenced by every file of a language folder that is there (knowledge/ru/)", () => {
    for (const lang of LOCAL_LANGUAGES) {
      if (!existsSync(join(REAL_KB_DIR, lang))) continue;
      for (const { file } of Object.values(LOCAL_KNOWLEDGE_FILES)) {
        const data = JSON.parse(readFileSync(join(REAL_KB_DIR, lang, file), "utf8"));
        expect(data.$schema, `${lang}/${file}`).toBe(`../schema/${localSchemaFileName(file, lang)}`);
      }
    }
  });
});
