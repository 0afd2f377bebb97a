// The asker's own words around an English question, rewritten before tokenising (word-rewrites.ts runs them first):
// chat spellings and shorthand, a label before a colon, someone else's claim offered for checking, apologies and
// doubt, a sceptic's aside, an objection after a why-clause. None asks anything; left in, their unknown words
// counted as names and the question was refused or went ambiguous.

import { lean } from "../lib/lean-regexp.js";
import { CHAT_SLASHES } from "./chat-shorthand.js";

/** Someone close to the asker offering a claim: "my grandpa says", "my uncle keeps saying". */
const CLAIM_OF_KIN = lean(
  /\b(?:my|a|our) (?:grandpa|grandma|granddad|grandad|grandfather|grandmother|dad|father|mum|mom|mother|uncle|aunt|brother|sister|friend|mate|buddy|teacher|professor|colleague|boss|neighbour|neighbor|wife|husband|partner|roommate|cousin|son|daughter) (?:says|said|thinks|claims|reckons|insists|told me|keeps saying|keeps telling me|keeps claiming|always says|has been saying|is always saying)(?: that)?\b/g,
);

/** [word that must occur, pattern, replacement], as in word-rewrites.ts; tried in this order, before its own. */
export const ASKER_ASIDES: [string, RegExp, string][] = [
  ...CHAT_SLASHES,
  // Chat spellings of two words: an unknown "gimme" would count as a name and refuse "gimme the gist".
  ["gimme", /\bgimme\b/g, "give me"],
  ["lemme", /\blemme\b/g, "let me"],
  ["dunno", /\bdunno\b/g, "do not know"],
  // Chat shorthand: "r u able to tell me smth abt the US role acc to putin".
  ["smth", /\bsmth\b/g, "something"],
  ["abt", /\babt\b/g, "about"],
  ["acc", /\bacc\.? to\b/g, "according to"],
  ["r u", /\br u\b/g, "are you"],
  // A label before a colon ("debate prep: …", "for a quiz: …", "fact check: …") says why one asks, not what.
  [
    ":",
    /^\s*(?:(?:for )?(?:a |my |the )?(?:debate|quiz|homework|school|class|exam|essay|assignment|fact check|fact-check|factcheck|quick question|question|test|revision|study|research)(?: prep| question| time| notes)?)\s*:/,
    " ",
  ],
  // Someone else's claim offered for checking ("my grandpa says X. does the article back that up?"): X is asked.
  [" says", CLAIM_OF_KIN, " "],
  // …also when it is said over and over ("my uncle keeps saying X", "my dad is always saying X").
  [" saying", CLAIM_OF_KIN, " "],
  // The asker's apology and doubt ("sorry if this is a dumb question", "and i'm not sure") ask nothing: left in,
  // "dumb", "sorry" and "sure" counted as unknown words and the ramble was refused as ambiguous.
  [
    "question",
    /\b(?:sorry|apologies) (?:if |for )?(?:this is |it is |this |that is )?(?:a |such a |the )?(?:dumb|stupid|silly|basic|naive|noob|newbie|obvious) question\b/g,
    " ",
  ],
  ["not sure", /\b(?:and |but )?i am (?:just )?not (?:sure|certain)\b/g, " "],
  // A sceptic's aside ("sounds like propaganda to me", "or is that just PR") judges the claim; the claim is the topic.
  [
    "like",
    /\b(?:(?:it|that|this) )?(?:sounds|seems|looks|smells|feels) like (?:a lot of |total |pure |just |more )?(?:propaganda|spin|pr|bs|bullshit|nonsense|lies|a lie|marketing|a pr stunt|talk|hot air)(?: to me)?\b/g,
    " ",
  ],
  [
    "just ",
    /\b(?:or )?(?:is )?(?:that|it|this) (?:is )?just (?:propaganda|spin|pr|bs|talk|words|for show|hot air|a pr stunt)\b/g,
    " ",
  ],
  // "why would Russia care about Israel, aren't they friends with Hamas": the objection after the comma is the
  // asker's reasoning; the why-clause is the question.
  [
    "why",
    /^(\s*why\b[^,.;?]+)[,;]\s*(?:but |i mean |like )?(?:are|is|do|does|did|was|were|have|has) not (?:they|he|it|she|the \w+)\b.*$/,
    "$1",
  ],
];
