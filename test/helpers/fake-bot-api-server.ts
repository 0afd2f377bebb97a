// The recording Bot API behind a real HTTP port, for running the whole program (npm start) against it
// through BOT_API_ROOT.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BOT_INFO } from "./harness.js";
import { RecordingApi } from "./recording-api.js";

export interface FakeBotApiServer {
  api: RecordingApi;
  /** BOT_API_ROOT for the program under test. */
  root: string;
  close: () => Promise<void>;
}

export async function startFakeBotApiServer(): Promise<FakeBotApiServer> {
  const api = new RecordingApi(BOT_INFO);
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let response: Response;
    try {
      response = await api.fetch(`http://fake${req.url}`, { body: Buffer.concat(chunks).toString("utf8") });
    } catch {
      // A simulated network failure: drop the connection, as a reset would.
      req.socket.destroy();
      return;
    }
    const body = await response.text();
    // Telegram answers a failed call with its error code as the HTTP status.
    const status = (JSON.parse(body) as { ok: boolean; error_code?: number }).error_code ?? 200;
    res.writeHead(status, { "content-type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api,
    root: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
