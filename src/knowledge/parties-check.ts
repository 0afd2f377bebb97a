// The checks of knowledge/parties.json (zod, kept off a start's path): the schema, unique ids, and against the
// speakers: each speaker id exists, and each speaker (but the article's own voice) is in exactly one party.
import { z } from "zod";
import { PARTIES_FILE, type Party, type SpeakerFlag, withSpeaking } from "./parties.js";
import { KnowledgeBaseError, type Problem } from "./problems.js";
import { parseTable, readTableJson } from "./table-file.js";

const form = z
  .string()
  .regex(
    /^[\p{Ll}\d.'’-]+\*?(?: [\p{Ll}\d.'’-]+\*?)*$/u,
    "use lower-case words, each with a trailing * for any letters where needed (e.g. израил*, сектор* газа)",
  );
const forms = z.object({ en: z.array(form), ru: z.array(form) }).strict();
const said = z.object({ en: z.string().min(1), ru: z.string().min(1) }).strict();

const personSchema = z
  .object({
    speaker: z.string().optional().describe("The speaker id in knowledge/speakers.json, where there is one"),
    en: z.array(form).min(1),
    ru: z.array(form).min(1),
    say: said.optional().describe("How a reading names this voice: Putin / Путин"),
  })
  .strict();

const partySchema = z
  .object({
    id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, "use lower-case words joined by hyphens"),
    kind: z.enum(["country", "movement", "people", "place", "organisation", "collective"]),
    names: forms.describe("The party itself: nouns a short follow-up may name alone"),
    mentions: forms.describe("Other words for it: adjectives, peoples, offices"),
    people: z.array(personSchema),
  })
  .strict();

export const partiesFileSchema = z
  .object({
    $schema: z.string().optional(),
    about: z.string().optional(),
    parties: z.array(partySchema).min(1),
  })
  .strict();

/** The table checked against the speakers: each speaker (but the article's own voice) in exactly one party. */
export function parseParties(raw: unknown, speakers: readonly SpeakerFlag[]): Party[] {
  const problems: Problem[] = [];
  const add = (where: string, field: string, message: string, fix: string) =>
    problems.push({ file: PARTIES_FILE, where, field, message, fix });
  const data = parseTable(PARTIES_FILE, partiesFileSchema, raw, "parties", "src/knowledge/parties-check.ts");
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  for (const [i, p] of data.parties.entries()) {
    if (ids.has(p.id)) add(`parties[${i}]`, "id", `"${p.id}" is used twice`, "give each party its own id");
    ids.add(p.id);
    for (const [j, person] of p.people.entries()) {
      if (!person.speaker) continue;
      const field = `people[${j}].speaker`;
      if (!byId.has(person.speaker))
        add(
          `party "${p.id}"`,
          field,
          `"${person.speaker}" is not a speaker id`,
          "use an id of knowledge/speakers.json",
        );
      else if (owner.has(person.speaker))
        add(
          `party "${p.id}"`,
          field,
          `"${person.speaker}" is in party "${owner.get(person.speaker)}" already`,
          "list a speaker in one party only",
        );
      owner.set(person.speaker, p.id);
    }
  }
  for (const s of speakers)
    if (s.id !== "article" && !owner.has(s.id))
      add(
        `speaker "${s.id}"`,
        "",
        "belongs to no party",
        `add it to a party's people with "speaker": "${s.id}"`,
      );
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return withSpeaking(data.parties, speakers);
}

/** Reads and checks knowledge/parties.json in `dir`, with the speakers file beside it; throws KnowledgeBaseError. */
export function loadParties(dir: string): Party[] {
  const speakers = (readTableJson(dir, "speakers.json") as { speakers?: SpeakerFlag[] }).speakers ?? [];
  return parseParties(readTableJson(dir, PARTIES_FILE), speakers);
}
