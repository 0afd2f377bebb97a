// The dialogue layer: follow-ups in context, yes/no verdicts, two questions at once, small talk and slips.

export { rememberingChecks } from "./check-cache.js";
export {
  CONVERSATION_FILE,
  type Conversation,
  loadConversation,
  loadConversationIfPresent,
} from "./conversation-file.js";
export { readCheckedConversation } from "./conversation-read.js";
export { createDialogue, type Dialogue, type DialogueDeps } from "./dialogue.js";
export { dialogueAsText, dialogueRecord } from "./plain-text.js";
export {
  CONTEXT_TTL_MS,
  type DialogueContext,
  type DialogueReply,
  type DialogueTurn,
  type FollowUpKind,
  type SmallTalk,
  type YesNo,
} from "./types.js";
