// A story person's name asked by name ("what is the turkish leader's full name?", "peskov's first name?", "give me
// erdogan's complete name as written"): the answer is who the person is, whose card names them in full (Recep Tayyip
// Erdogan, Vladimir Putin, Dmitry Peskov). Read as typed, "full"/"first" were unknown words beside a name, and the
// question stayed unsure between the person's card, his views and the call (wave AE, blind52). A person the article
// never names ("macron's full name") keeps the question as typed, so the gate still refuses it.

/** "full name", "first name", "complete name", "surname", "whole name", "name in full", "called in full". */
const NAME_ASKED =
  /\b(?:(?:full|first|given|complete|whole|entire|real|proper|last|family)\s+names?|surnames?|names?\s+in\s+full|called\s+in\s+full|full\s+title)\b/i;
/** Someone or something else of the person's ("erdogan's wife's full name"): a name the article never gives. */
const OTHER_PERSON =
  /\b(?:wife|wives|husband|spouse|sons?|daughters?|child(?:ren)?|kids?|mother|mom|mum|father|dad|brothers?|sisters?|grandchild(?:ren)?|dogs?|cats?|pets?|aides?|advisers?|advisors?|bodyguards?|ministers?|party|plane|yacht)\b/i;
/** The story's people, by name or by the office the article gives them. */
const PERSONS: readonly (readonly [RegExp, string])[] = [
  [
    /\b(?:erdogan|turkish\s+(?:leader|president)|turkey'?s\s+(?:leader|president)|leader\s+of\s+turkey)/i,
    "erdogan",
  ],
  [/\b(?:peskov|spokes(?:person|man)|press\s+secretary)/i, "peskov"],
  [/\b(?:putin|russian\s+(?:leader|president)|russia'?s\s+(?:leader|president))/i, "putin"],
];

/** The question as "who is <person>" when a story person's name is asked, or as it came. */
export function asNameAsked(text: string): string {
  if (text.length > 120 || !NAME_ASKED.test(text) || OTHER_PERSON.test(text)) return text;
  const found = PERSONS.filter(([pattern]) => pattern.test(text));
  return found.length === 1 ? `who is ${found[0]![1]}` : text;
}
