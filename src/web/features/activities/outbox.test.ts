import { describe, expect, it, vi } from 'vitest';
import { createOutbox, type KeyValueStore, type OutboxStorage } from './outbox.ts';

// The outbox against a fake server that stores by clientKey, as the real one does (201 the first
// time, the stored record again after), and a network that can be cut. Its IndexedDB store is a Map
// here (values copied in and out, as IndexedDB clones them); the browser's own is in the offline e2e.

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

class MemoryDb implements OutboxStorage {
  readonly map = new Map<string, unknown>();
  async get(k: string) {
    return structuredClone(this.map.get(k));
  }
  async update(k: string, fn: (old: unknown) => unknown[]) {
    this.map.set(k, structuredClone(fn(structuredClone(this.map.get(k)))));
  }
}

type Input = { clientKey: string; notes: string; total: number };

function setup() {
  const storage = new MemoryDb();
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
    expect(await box.pending()).toEqual([]);
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
      storage: new MemoryDb(),
      key: 'u2',
      send: async () => {
        throw { status: 0, message: 'network' };
      },
      isOnline: () => true,
    });
    expect((await flaky.submit({ clientKey: 'k-000003', notes: 'x', total: 1 }, 'x')).status).toBe('queued');
    expect((await flaky.pending()).map((e) => e.clientKey)).toEqual(['k-000003']);
    // A new page (a new outbox over the same storage) still has the queued record.
    expect((await make().pending()).map((e) => e.clientKey)).toEqual(['k-000002']);
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
    expect(await box.pending()).toEqual([]);
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
    expect(await make().pending()).toEqual([]);
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
    expect(await box.pending()).toEqual([]);
    expect((await box.returned()).map((e) => [e.clientKey, e.label, e.input.notes])).toEqual([
      ['k-000006', '3. Tập huấn', 'bad'],
    ]);
    const tries = calls.filter((k) => k === 'k-000006').length;
    await box.flush();
    await box.flush();
    expect(calls.filter((k) => k === 'k-000006').length).toBe(tries);
    expect(stored.size).toBe(1);
    await box.dismiss('k-000006');
    expect(await box.returned()).toEqual([]);
  });

  it('throws a refusal at submit time instead of queueing it', async () => {
    const { make } = setup();
    const box = make();
    await expect(box.submit({ clientKey: 'k-000008', notes: 'x', total: -1 }, 'x')).rejects.toMatchObject({
      status: 400,
    });
    expect(await box.pending()).toEqual([]);
  });

  it('shows the entry being sent while it goes, and what this page has sent', async () => {
    const { net, stored, calls } = setup();
    const storage = new MemoryDb();
    let release = () => {};
    const seen: (string | null)[] = [];
    const box = createOutbox<Input, { id: string }>({
      storage,
      key: 'u1',
      isOnline: () => net.online,
      // The server answers when the test says so: meanwhile the entry is "đang gửi".
      send: async (input) => {
        calls.push(input.clientKey);
        await new Promise<void>((r) => {
          release = r;
        });
        stored.set(input.clientKey, { id: 'r1', notes: input.notes });
        return { id: 'r1' };
      },
      onChange: () => seen.push(box.sending()),
    });
    net.online = false;
    await box.submit({ clientKey: 'k-000010', notes: 'a', total: 1 }, '1. Truyền thông');
    expect(box.sending()).toBeNull();
    net.online = true;
    const run = box.flush();
    await vi.waitFor(() => expect(calls).toEqual(['k-000010']));
    expect(box.sending()).toBe('k-000010');
    expect(box.sent()).toEqual([]);
    // Saved again while it is on its way (a newer version): that one is kept to be sent too.
    net.online = false;
    await box.submit({ clientKey: 'k-000010', notes: 'b', total: 1 }, '1. Truyền thông');
    net.online = true;
    release();
    await run;
    expect(box.sending()).toBeNull();
    expect(seen).toEqual(['k-000010', null]);
    expect(box.sent().map((e) => e.clientKey)).toEqual(['k-000010']);
    expect((await box.pending()).map((e) => e.input.notes)).toEqual(['b']);
    box.clearSent();
    expect(box.sent()).toEqual([]);
  });

  it('keeps a record queued while another is being sent', async () => {
    const { make, net, stored } = setup();
    const box = make();
    net.online = false;
    await box.submit({ clientKey: 'k-000011', notes: 'a', total: 1 }, 'x');
    net.online = true;
    const run = box.flush();
    net.online = false;
    await box.submit({ clientKey: 'k-000012', notes: 'b', total: 1 }, 'y');
    net.online = true;
    await run;
    expect((await box.pending()).map((e) => e.clientKey)).toContain('k-000012');
    await box.flush();
    expect([...stored.keys()].sort()).toEqual(['k-000011', 'k-000012']);
    expect(await box.pending()).toEqual([]);
  });

  it('moves what an older version kept in localStorage into its store once, and removes it there', async () => {
    const { net, stored } = setup();
    const storage = new MemoryDb();
    const legacy = new MemoryStore();
    const queued = (clientKey: string, notes: string) => ({
      clientKey,
      input: { clientKey, notes, total: 1 },
      label: notes,
      queuedAt: '2026-12-01T01:00:00.000Z',
    });
    legacy.setItem(
      'canbang.activities.u1.outbox',
      JSON.stringify([queued('k-000020', 'old'), queued('k-000021', 'dup')]),
    );
    legacy.setItem(
      'canbang.activities.u1.returned',
      JSON.stringify([{ ...queued('k-000022', 'refused'), message: 'Sai', issues: [] }]),
    );
    legacy.setItem('canbang.activities.u1.draft.p.a', '{"values":{}}');
    // Already in IndexedDB under the same key: the stored one wins.
    await storage.update('activities.outbox', () => [queued('k-000021', 'newer')]);
    const make = () =>
      createOutbox<Input, { id: string }>({
        storage,
        key: 'activities',
        legacy: { storage: legacy, key: 'canbang.activities.u1' },
        send: async (i) => {
          stored.set(i.clientKey, { id: i.clientKey, notes: i.notes });
          return { id: i.clientKey };
        },
        isOnline: () => net.online,
      });
    const box = make();
    expect((await box.pending()).map((e) => [e.clientKey, e.input.notes])).toEqual([
      ['k-000020', 'old'],
      ['k-000021', 'newer'],
    ]);
    expect((await box.returned()).map((e) => e.clientKey)).toEqual(['k-000022']);
    expect([...legacy.map.keys()]).toEqual(['canbang.activities.u1.draft.p.a']); // drafts stay
    // Sent once, and a new page does not bring them back.
    await box.flush();
    expect(stored.size).toBe(2);
    expect(await make().pending()).toEqual([]);
  });
});
