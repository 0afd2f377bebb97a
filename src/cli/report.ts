// npm run report [-- --days N] [-- --json]: what people asked, what failed and what they thought, from the bot's
// store (REDIS_URL, else the SQLite file in DATA_DIR; .env is read too), for the person who keeps the knowledge base.
import { resolve } from "node:path";
import dotenv from "dotenv";
import { createEngine } from "../answering/index.js";
import { formatReportTable, readReport } from "../curation/index.js";
import { createLogger } from "../logger.js";
import { openStore, StoreUnavailableError } from "../storage/index.js";
import { loadKnowledgeBaseOrExit } from "./load.js";

const USAGE = "Usage: npm run report [-- --days N] [-- --json]   (N: whole days, 1 to 3650; default 7)";

function parseArgs(args: string[]): { days: number; json: boolean } | string {
  let days = 7;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--days" || arg.startsWith("--days=")) {
      const value = arg === "--days" ? args[++i] : arg.slice("--days=".length);
      if (!/^\d+$/.test(value ?? "") || Number(value) < 1 || Number(value) > 3650) {
        return `--days takes a whole number of days from 1 to 3650 (got ${value === undefined ? "nothing" : `"${value}"`})`;
      }
      days = Number(value);
    } else return `unknown argument "${arg}"`;
  }
  return { days, json };
}

const options = parseArgs(process.argv.slice(2));
if (typeof options === "string") {
  console.error(`${options}\n${USAGE}`);
  process.exit(2);
}
dotenv.config({ quiet: true });
const kb = loadKnowledgeBaseOrExit();
const redisUrl = process.env.REDIS_URL?.trim() || undefined;
const dataDir = resolve(process.env.DATA_DIR?.trim() || "data");
let store: Awaited<ReturnType<typeof openStore>>;
try {
  store = await openStore({ redisUrl, dataDir }, createLogger({ level: "silent" }));
} catch (error) {
  if (!(error instanceof StoreUnavailableError)) throw error;
  console.error(error.message);
  process.exit(1);
}
try {
  const details = await readReport(store, createEngine(kb), options.days);
  if (options.json) {
    console.log(JSON.stringify(details.report));
  } else {
    process.stdout.write(formatReportTable(details));
    if (details.report.asked === 0) {
      console.log(
        `\nNothing recorded in this period in ${store.location}. The bot records questions in the store it runs with: run this with the same DATA_DIR or REDIS_URL.`,
      );
    }
  }
} finally {
  await store.close();
}
