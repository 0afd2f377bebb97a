// The curation loop: what people asked, what failed, what they thought, for the person who keeps the knowledge
// base. No grammY here: the bot's feedback buttons and /stats are in src/bot/features/.
export { type AddPhrasingResult, addPhrasing, phrasingLanguage } from "./add-phrasing.js";
export {
  type Curation,
  type CurationOptions,
  type CurationStore,
  createCuration,
  DEFAULT_RETENTION,
  QUESTIONS_LOG,
  type Retention,
  readReport,
  VOTES_LOG,
  type VoteResult,
} from "./curation.js";
export { addPhrasingCommand, CLOSE_SCORE, type QuestionReader, type SuggestedAction } from "./meaning.js";
export { LOW_CONFIDENCE, type QuestionRecord, type Vote, type VoteRecord } from "./records.js";
export { buildReport, type FailedGroup, type Report, type ReportDetails } from "./report.js";
export { formatReportTable } from "./report-table.js";
