import { describe, expect, it } from 'vitest';
import { createOutbox, type KeyValueStore } from './outbox.ts';

// The outbox against a fake server that stores by clientKey, as the real one does (201 the first
// time, the stored record again after), and a network that can be cut.

class MemoryStore implements KeyValueStore {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

type Input = { clientKey: string; notes: string; total: number };

function setup() {
  const storage = new MemoryStore();
  const net = { online: true };
  const stored = new Map<string, { id: string; notes: string }>();
  const calls: string[] = [];
  const send = async (input: Input) => {
    calls.push(input.clientKey);
    if (!net.online) throw { status: 0, message: 'Không kết nối được máy chủ.' };
    if (input.total < 0)
      throw {
        status: 400,
        message: 'Dữ liệu không hợp lệ',
        issues: [{ path: ['participants', 'total'], message: 'Không được âm' }],
      };
    const had = stored.get(input.clientKey);
    if (had) return had;
    const record = { id: `r${stored.size + 1}`, notes: input.notes };
    stored.set(input.clientKey, record);
    return record;
  };
  const make = () =>
    createOutbox<Input, { id: string }>({ storage, key: 'u1', send, isOnline: () => net.online });
  return { storage, net, stored, calls, make };
}

describe('activity record outbox', () => {
  it('sends at once when the network is there, and keeps nothing', async () => {
    const { make, stored } = setup();
    const box = make();
    const r = await box.submit({ clientKey: 'k-000001', notes: 'a', total: 3 }, '1. Truyền thông');
    expect(r.status).toBe('sent');
    expect(stored.size).toBe(1);
    expect(box.pending()).toEqual([]);
  });

  it('queues a record when the request fails for the network, and keeps it across a reload', async () => {
    const { make, net, stored, calls } = setup();
    const box = make();
    net.online = false;
    expect(
      (await box.submit({ clientKey: 'k-000002', notes: 'loa', total: 0 }, '1. Truyền thông')).status,
    ).toBe('queued');
    expect(calls).toEqual([]); // offline: not even tried
    // Online according to the browser, but the request itself fails (fetch throws).
    const flaky = createOutbox<Input, { id: string }>({
      storage: new MemoryStore(),
      key: 'u2',
      send: async () => {
        throw { status: 0, message: 'network' };
      },
      isOnline: () => true,
    });
    expect((await flaky.submit({ clientKey: 'k-000003', notes: 'x', total: 1 }, 'x')).status).toBe('queued');
    expect(flaky.pending().map((e) => e.clientKey)).toEqual(['k-000003']);
    // A new page (a new outbox over the same storage) still has the queued record.
    expect(
      make()
        .pending()
        .map((e) => e.clientKey),
    ).toEqual(['k-000002']);
    expect(stored.size).toBe(0);
  });

  it('sends a queued record once when back online, removes it, and a resend is stored once', async () => {
    const { make, net, stored, calls } = setup();
    const box = make();
    net.online = false;
    await box.submit({ clientKey: 'k-000004', notes: 'loa', total: 0 }, '1. Truyền thông');
    expect(await box.flush()).toEqual({ sent: [], returned: [] }); // still offline: nothing tried
    net.online = true;
    // The `online` event and the page load both flush: one run, one request.
    const [a, b] = await Promise.all([box.flush(), make().flush()]);
    expect(a.sent.length + b.sent.length).toBeGreaterThanOrEqual(1);
    expect(stored.size).toBe(1);
    expect(box.pending()).toEqual([]);
    const before = calls.length;
    await box.flush();
    expect(calls.length).toBe(before); // nothing left to send
    // The same draft sent again (its answer was lost): the server keeps one record.
    await box.submit({ clientKey: 'k-000004', notes: 'loa', total: 0 }, '1. Truyền thông');
    expect(stored.size).toBe(1);
  });

  it('a record sent twice by two flushes of two pages is still stored once', async () => {
    const { make, net, stored } = setup();
    net.online = false;
    await make().submit({ clientKey: 'k-000005', notes: 'a', total: 1 }, 'x');
    net.online = true;
    await Promise.all([make().flush(), make().flush()]);
    expect(stored.size).toBe(1);
    expect(make().pending()).toEqual([]);
  });

  it('gives a refused record back to its form with the errors, and does not retry it', async () => {
    const { make, net, stored, calls } = setup();
    const box = make();
    net.online = false;
    await box.submit({ clientKey: 'k-000006', notes: 'bad', total: -1 }, '3. Tập huấn');
    await box.submit({ clientKey: 'k-000007', notes: 'good', total: 2 }, '1. Truyền thông');
    net.online = true;
    const r = await box.flush();
    expect(r.sent).toHaveLength(1);
    expect(r.returned).toHaveLength(1);
    expect(r.returned[0].issues).toEqual([{ path: ['participants', 'total'], message: 'Không được âm' }]);
    expect(box.pending()).toEqual([]);
    expect(box.returned().map((e) => [e.clientKey, e.label, e.input.notes])).toEqual([
      ['k-000006', '3. Tập huấn', 'bad'],
    ]);
    const tries = calls.filter((k) => k === 'k-000006').length;
    await box.flush();
    await box.flush();
    expect(calls.filter((k) => k === 'k-000006').length).toBe(tries);
    expect(stored.size).toBe(1);
    box.dismiss('k-000006');
    expect(box.returned()).toEqual([]);
  });

  it('throws a refusal at submit time instead of queueing it', async () => {
    const { make } = setup();
    const box = make();
    await expect(box.submit({ clientKey: 'k-000008', notes: 'x', total: -1 }, 'x')).rejects.toMatchObject({
      status: 400,
    });
    expect(box.pending()).toEqual([]);
  });
});
