// Kind (dialog47, d112-11#2): "and which aspect of that policy does he criticize in particular?", "what part of this
// policy does he single out?" after a question on US policy ("what does Putin regard as evidence of the failure of US
// policy?"). "that policy" is the policy the last question named, but the engine, reading the words as typed, split
// between the US entries and answered "I'm not sure which of these you mean". The policy's owner is put back in its
// place ("… of us policy …"); only when the last question names one owner's policy, else the message is read as typed.
import { foldQuestion } from "../lib/fold-question.js";
import type { DialogueContext } from "./types.js";

const THAT_POLICY_EN = /(?<!\p{L})(?:that|this|the same|said) (polic(?:y|ies)|approach|strategy)(?!\p{L})/u;
/** The owner of the policy the last question asked of: "us policy", "the policy of the united states", "washington's". */
const OWNED_POLICY_EN =
  /(?<!\p{L})(?:(?:the )?(us|u\.s\.|american|america's|united states'?|washington's|russian|russia's|moscow's|israeli|israel's)(?: government's)? (?:middle east |foreign )?(?:polic(?:y|ies)|approach|strategy)|(?:polic(?:y|ies)|approach|strategy) of (?:the )?(us|united states|america|washington|russia|moscow|israel))(?!\p{L})/u;
const OWNER: Record<string, string> = {
  us: "us",
  "u.s.": "us",
  american: "us",
  "america's": "us",
  america: "us",
  "united states": "us",
  "united states'": "us",
  "washington's": "us",
  washington: "us",
  russian: "russian",
  "russia's": "russian",
  russia: "russian",
  "moscow's": "russian",
  moscow: "russian",
  israeli: "israeli",
  "israel's": "israeli",
  israel: "israeli",
};

/** The message with "that policy" as the policy the last question named ("us policy"), or null. */
export function thatPolicyOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (!context?.question || context.refused || text.length > 120) return null;
  const q = foldQuestion(text);
  if (!THAT_POLICY_EN.test(q)) return null;
  const owned = OWNED_POLICY_EN.exec(context.question.toLowerCase());
  const owner = owned ? OWNER[owned[1] ?? owned[2] ?? ""] : undefined;
  if (!owner) return null;
  return q.replace(THAT_POLICY_EN, (_, noun: string) => `${owner} ${noun}`);
}
