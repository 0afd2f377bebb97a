// A knowledge table beside the knowledge base (parties.json, contrary-deeds.json): read as JSON and checked with its
// zod schema, every problem one line naming the row (with its id where it has one), the field and the fix.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { KnowledgeBaseError, type Problem } from "./problems.js";

/** The file's JSON; unreadable or broken JSON is a KnowledgeBaseError saying so. */
export function readTableJson(dir: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (error) {
    throw new KnowledgeBaseError([
      {
        file,
        message: `cannot be read as JSON (${(error as Error).message})`,
        fix: "restore the file from git and edit it again",
      },
    ]);
  }
}

/** The file checked against its schema (rows in `list`); a KnowledgeBaseError lists every issue at once. */
export function parseTable<S extends z.ZodType>(
  file: string,
  schema: S,
  raw: unknown,
  list: string,
  schemaAt: string,
): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const rows = (raw as Record<string, { id?: unknown }[] | undefined> | undefined)?.[list];
  const problems: Problem[] = parsed.error.issues.map((issue) => {
    const [top, row, ...field] = issue.path;
    const id = typeof row === "number" ? rows?.[row]?.id : undefined;
    return {
      file,
      where:
        top === list && typeof row === "number"
          ? `${list}[${row}]${typeof id === "string" ? ` ("${id}")` : ""}`
          : "",
      field: field.join(".") || String(top ?? ""),
      message: issue.message,
      fix: `see the schema in ${schemaAt}`,
    };
  });
  throw new KnowledgeBaseError(problems);
}
