// The 500 clients of bench:rush, in their own process: sharing the server's event loop they would
// steal its CPU and their own callbacks would count in its latency. Forked by bench/rush.ts, which
// sends the server URL, the plan and the signed-in sessions; each client opens its draft over HTTP,
// then all submit at the same instant (a tenth send their submission twice, as a retry would).
// Latencies are measured here and sent back.
import net from 'node:net';

export interface RushJob {
  url: string;
  planId: string;
  sessions: { token: string; csrfToken: string }[];
}

export interface RushTimes {
  openedMs: number[];
  openSeconds: number;
  submitMs: number[];
  submitSeconds: number;
}

type Report = { id: string; version: number; status: string; message?: string };

const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * One unit's browser: a keep-alive HTTP/1.1 connection of its own, one request at a time. Written
 * on the socket directly, as load generators (wrk, autocannon) do: node:http's client took twice
 * the CPU (about 0.4 ms a request against 0.2 ms), and here the clients share the server's two
 * cores, where 500 browsers would bring their own.
 */
class Client {
  private socket: net.Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting?: { resolve: (r: { status: number; body: string }) => void; reject: (e: Error) => void };
  private failed?: Error;

  constructor(
    private host: string,
    private port: number,
    private session: RushJob['sessions'][number],
  ) {
    this.socket = net.connect({ host, port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.parse();
    });
    this.socket.on('error', (err) => this.fail(err));
    this.socket.on('close', () => this.fail(new Error('the server closed the connection')));
  }

  private fail(err: Error) {
    this.failed = err;
    this.waiting?.reject(err);
    this.waiting = undefined;
  }

  /** A complete response in the buffer: status line, headers, then content-length bytes. */
  private parse() {
    const end = this.buffer.indexOf(CRLF2);
    if (end < 0 || !this.waiting) return;
    const head = this.buffer.subarray(0, end).toString('latin1');
    if (/\r\ntransfer-encoding:/i.test(head))
      return this.fail(new Error('a chunked response: not expected here'));
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffer.length < end + 4 + length) return;
    const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
    this.buffer = this.buffer.subarray(end + 4 + length);
    const { resolve } = this.waiting;
    this.waiting = undefined;
    resolve({ status: Number(head.slice(9, 12)), body });
  }

  async post(path: string, data: unknown): Promise<Report> {
    if (this.failed) throw this.failed;
    const payload = JSON.stringify(data);
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(
        `POST ${path} HTTP/1.1\r\nhost: ${this.host}:${this.port}\r\ncontent-type: application/json\r\n` +
          `content-length: ${Buffer.byteLength(payload)}\r\ncookie: cb_sid=${this.session.token}\r\n` +
          `x-csrf-token: ${this.session.csrfToken}\r\n\r\n${payload}`,
      );
    });
    const json = JSON.parse(res.body) as Report;
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${json.message}`);
    return json;
  }

  close() {
    this.socket.removeAllListeners('close');
    this.socket.destroy();
  }
}

async function run(job: RushJob): Promise<RushTimes> {
  const target = new URL(job.url);
  // The server listens on 127.0.0.1; "localhost" could resolve to ::1 first.
  const host = target.hostname === 'localhost' ? '127.0.0.1' : target.hostname;
  const clients = job.sessions.map((s) => new Client(host, Number(target.port), s));
  try {
    // Units open their drafts during the last days; the rush is the submissions of the last hours.
    const openedMs: number[] = [];
    const tOpen = performance.now();
    const drafts = await Promise.all(
      clients.map(async (c) => {
        const start = performance.now();
        const report = await c.post('/api/reports', { planId: job.planId });
        openedMs.push(performance.now() - start);
        return report;
      }),
    );
    const openSeconds = (performance.now() - tOpen) / 1000;

    const submitMs: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      clients.map(async (c, i) => {
        const report = drafts[i];
        const start = performance.now();
        const sent = await c.post(`/api/reports/${report.id}/submit`, { version: report.version });
        submitMs.push(performance.now() - start);
        if (i % 10 === 0) {
          // A retry: the same submission again must return the report as it is, not a second one.
          const again = await c.post(`/api/reports/${report.id}/submit`, { version: report.version });
          if (again.version !== sent.version) throw new Error(`report ${report.id} was submitted twice`);
        }
        if (sent.status !== 'submitted') throw new Error(`report ${report.id} is ${sent.status}`);
      }),
    );
    const submitSeconds = (performance.now() - t0) / 1000;
    return { openedMs, openSeconds, submitMs, submitSeconds };
  } finally {
    for (const c of clients) c.close();
  }
}

process.once('message', (job: RushJob) => {
  run(job).then(
    (times) => process.send!({ times }, () => process.exit(0)),
    (err: Error) => process.send!({ error: err.stack ?? String(err) }, () => process.exit(1)),
  );
});
