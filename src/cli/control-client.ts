import fs from 'node:fs';
import net from 'node:net';
import { type ControlRequest, controlSocketPath } from '../server/control-channel.ts';
import { AppError } from '../shared/errors.ts';

/**
 * Connects to the running server's control socket (PGlite only, see control-channel.ts), or
 * returns null when no server answers there, so the command opens the folder itself.
 */
export async function connectToServer(dataDir: string): Promise<net.Socket | null> {
  const socketPath = controlSocketPath(dataDir);
  if (!fs.existsSync(socketPath)) return null;
  return new Promise((resolve) => {
    const socket = net.connect(socketPath);
    socket.once('connect', () => resolve(socket));
    socket.once('error', () => resolve(null));
  });
}

/** Sends the request and reads the server's status line; the socket is left at what follows. */
export async function askServer(
  socket: net.Socket,
  request: ControlRequest,
): Promise<Record<string, unknown>> {
  socket.write(`${JSON.stringify(request)}\n`);
  let buffered = Buffer.alloc(0);
  const line = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf(10);
      if (end < 0) return;
      socket.off('data', onData);
      socket.pause();
      // What came after the line belongs to the payload: hand it back to the stream.
      const rest = buffered.subarray(end + 1);
      if (rest.length) socket.unshift(rest);
      resolve(buffered.subarray(0, end).toString('utf8'));
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('end', () => reject(new Error('closed')));
  }).catch(() => {
    throw new AppError('INTERNAL', { detail: 'Máy chủ Cân Bằng đang chạy không trả lời yêu cầu.' });
  });
  const status = JSON.parse(line) as Record<string, unknown>;
  if (!status.ok)
    throw new AppError('INTERNAL', { detail: `Máy chủ Cân Bằng từ chối: ${String(status.message ?? '')}` });
  return status;
}
