// A part of the article named by what it is about ("summarize the bit about the quartet", "the section on
// peskov", "the passage covering the phone call"): the part word is no topic of the story, and "bit", "section",
// "passage" are words the knowledge base does not know, so the question was refused as off the article. Read
// as "about <topic>", the topic answers it. A part named by its place ("the last bit", "the opening section")
// is named-paragraph.ts's and paragraph-asked.ts's: only "the/that/this <part> about|on|…" is read here.
import { lean } from "../lib/lean-regexp.js";

/** "the bit about", "that section on", "this passage covering", "the part where it talks about". */
const PART_ABOUT = lean(
  /\b(?:the|that|this)\s+(?:bit|section|passage|portion|segment|part|paragraph|chunk)(?:\s+of\s+(?:the|this)\s+(?:article|piece|story|text|report))?\s+(?:about|on|regarding|concerning|covering|dealing\s+with|that\s+(?:talks|deals)\s+(?:about|with)|where\s+(?:it|they|the\s+article|he)\s+(?:talks?|speaks?|goes\s+on)\s+about)\b/gi,
);

/** The question with a part named by its topic read as "about" that topic, or as it came. */
export function asPartAbout(text: string): string {
  return text.replace(PART_ABOUT, "about");
}
