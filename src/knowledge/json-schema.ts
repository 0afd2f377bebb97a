// JSON Schema for the knowledge files, generated from the zod schemas so editors get completion and errors.
import { z } from "zod";
import { KNOWLEDGE_FILES, LOCAL_KNOWLEDGE_FILES, LOCAL_LANGUAGES } from "./schema.js";

/** File name of the JSON Schema that describes a knowledge file, e.g. entries.schema.json. */
export function schemaFileName(dataFile: string): string {
  return dataFile.replace(/\.json$/, ".schema.json");
}

/** File name of the JSON Schema of a language folder's file, e.g. entries-ru.schema.json. */
export function localSchemaFileName(dataFile: string, lang: string): string {
  return dataFile.replace(/\.json$/, `-${lang}.schema.json`);
}

/** Every knowledge file's JSON Schema, as the text to write to knowledge/schema/. */
export function renderJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const { file, schema } of Object.values(KNOWLEDGE_FILES)) {
    const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" });
    out.set(schemaFileName(file), `${JSON.stringify(json, null, 2)}\n`);
  }
  for (const lang of LOCAL_LANGUAGES) {
    for (const { file, schema } of Object.values(LOCAL_KNOWLEDGE_FILES)) {
      const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" });
      out.set(localSchemaFileName(file, lang), `${JSON.stringify(json, null, 2)}\n`);
    }
  }
  return out;
}
