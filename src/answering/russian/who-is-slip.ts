// "Кто такой X" with the «такой» slipped or in its older form ("кто такй песков", "кто таков песков", "кто тако
// эрдоган"): the short who-is question about one of the story's people, read as «кто такой X». Read as typed, the
// slipped word is too short for the typo fixer and no dictionary word, so the question kept only "кто" and the
// name, and the ranker stayed unsure between the person's card, his statement and the date (probes-ru64). Only
// the whole short question (кто, the slipped word, one person, glue such as «вообще»/«этот»): anything more asked
// stays as typed.

import { foldedRussian } from "./plain-text.js";
import { PEOPLE } from "./role-asked.js";

/** Words a bare who-is question may carry besides the person. */
const GLUE = new Set("вообще этот такой же а ну и в статье тексте".split(" "));

/** Whether `w` is «такой»/«таков» with at most one letter dropped, added or changed (and not «так» itself). */
function slippedSuch(w: string): boolean {
  if (w.length < 4 || w.length > 6 || !/^т[ао]к/.test(w)) return false;
  return ["такой", "таков"].some((target) => withinOneEdit(w, target));
}

/** Whether two short words differ by at most one letter dropped, added or changed. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : b.slice(i + 1) === a.slice(i);
}

/** The Russian question as «кто такой <person>» when «такой» is slipped, or as it came. */
export function asRussianWhoIsSlip(text: string): string {
  if (text.length > 60) return text;
  const words = foldedRussian(text).split(" ").filter(Boolean);
  if (words[0] !== "кто" || words.length > 6) return text;
  const slip = words.findIndex(slippedSuch);
  if (slip !== 1 || words[1] === "такой") return text;
  const people = new Set<string>();
  for (const w of words.slice(2)) {
    if (GLUE.has(w)) continue;
    const person = PEOPLE.find(([, form]) => form.test(w));
    if (person === undefined) return text;
    people.add(person[0]);
  }
  return people.size === 1 ? `кто такой ${[...people][0]}` : text;
}
