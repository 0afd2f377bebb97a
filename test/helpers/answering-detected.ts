// The checks of answering.ts with the language read from the question, as the bot reads a message: the Russian
// test files ask this way (a Russian question may carry English words, be transliterated, or be English).
import { answerChecks } from "./answering.js";

export const { ask, expectAnswered, expectNotAnswered, expectRefused } = answerChecks();
