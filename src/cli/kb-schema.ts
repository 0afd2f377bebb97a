// npm run kb:schema — rewrites knowledge/schema/*.schema.json from the zod schemas.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultKnowledgeDir } from "../knowledge/index.js";
import { renderJsonSchemas } from "../knowledge/json-schema.js";

const dir = join(defaultKnowledgeDir(), "schema");
for (const [name, text] of renderJsonSchemas()) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${join("knowledge/schema", name)}`);
}
