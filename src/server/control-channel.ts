import fs from 'node:fs';
import net from 'node:net';
import readline from 'node:readline';
import { writeBackupTo } from './db/backup.ts';
import type { Database } from './db/client.ts';
import { lockPathFor } from './db/lock.ts';
import { sealAudit, verifyAudit } from './modules/audit/audit-chain.ts';

/**
 * PGlite lets one process open its folder, so while the server runs, `canbang backup` and
 * `canbang audit verify` ask the server itself, over a Unix socket beside the data folder
 * (`<folder>.sock`, mode 0600: only the account that runs the server — or root — can connect, the
 * same people who could read the folder). No network port is opened for this.
 *
 * Protocol: the client sends one JSON line {"op": "backup" | "audit-verify"}; the server answers
 * one JSON line {"ok": true|false, …}; for a backup the gzip stream follows and the socket closes.
 */
export type ControlRequest = { op: 'backup' } | { op: 'audit-verify' };

export function controlSocketPath(dataDir: string): string {
  return lockPathFor(dataDir).replace(/\.lock$/, '.sock');
}

export interface ControlChannel {
  path: string;
  close(): Promise<void>;
}

export async function openControlChannel(database: Database, dataDir: string): Promise<ControlChannel> {
  const socketPath = controlSocketPath(dataDir);
  // We hold the data folder's lock, so a socket file left here is from a dead server.
  fs.rmSync(socketPath, { force: true });
  const server = net.createServer((socket) => void serve(database, socket));
  // Created 0600 from the start (umask), not chmod-ed after a window in which anyone could connect;
  // chmod as well, for where the umask cannot be set (worker threads).
  let umask: number | undefined;
  try {
    umask = process.umask(0o177);
  } catch {}
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => resolve());
    });
  } finally {
    if (umask !== undefined) process.umask(umask);
  }
  fs.chmodSync(socketPath, 0o600);
  return {
    path: socketPath,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(socketPath, { force: true });
      }),
  };
}

async function serve(database: Database, socket: net.Socket): Promise<void> {
  socket.on('error', () => {});
  const reply = (body: object) => socket.write(`${JSON.stringify(body)}\n`);
  try {
    const lines = readline.createInterface({ input: socket });
    const first = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      lines.once('close', () => reject(new Error('closed before a request')));
    });
    lines.close();
    const request = JSON.parse(first) as ControlRequest;
    if (request.op === 'backup') {
      await sealAudit(database.db);
      reply({ ok: true });
      await writeBackupTo(database.db, socket);
      return;
    }
    if (request.op === 'audit-verify') {
      reply({ ok: true, report: await verifyAudit(database.db) });
      socket.end();
      return;
    }
    reply({ ok: false, message: 'Yêu cầu không hợp lệ.' });
    socket.end();
  } catch (err) {
    if (!socket.destroyed) {
      if (socket.bytesWritten === 0) reply({ ok: false, message: (err as Error).message });
      socket.destroy();
    }
  }
}
