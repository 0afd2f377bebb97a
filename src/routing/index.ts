// Which path a plain message takes: the Q&A engine (a question or request) or the claim checker (a statement to
// verify). No grammY import: the bot's /check feature and inline mode call these as plain functions.

export { CLAIM_MIN_WORDS, looksLikeClaim, looksLikeQuestion } from "./route.js";
