import { describe, expect, it } from 'vitest';
import {
  checklistStorageKey,
  mergeTicks,
  migrateChecklistPayload,
  parseChecklistState,
  saveChecklistState,
  serialiseChecklistState,
  setTick,
  type TickWriter,
} from './checklist-store.ts';
import { checklistInstanceId, checklistProgress, groupStatus, guideIdFromPath } from './checklist-progress.ts';
import { safeStorage } from '../../lib/safe-storage.ts';
import { t } from '../../../tests/support/content.ts';

const known = ['check-timer', 'seller-first', 'extend', 'reason'];

/** A Storage stand-in: a Map, optionally full (setItem throws like a quota error) or broken on every call. */
function fakeStorage(opts: { full?: boolean; broken?: boolean } = {}): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => {
      if (opts.broken) throw new DOMException('denied', 'SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (opts.broken || (opts.full && k !== '__bg_probe__')) fail();
      data.set(k, v);
    },
    removeItem: (k: string) => {
      if (opts.broken) throw new DOMException('denied', 'SecurityError');
      data.delete(k);
    },
  };
}

describe('checklistStorageKey', () => {
  it('is versioned per checklist', () => {
    expect(checklistStorageKey('open-dispute')).toBe('bg:v1:checklist:open-dispute');
  });
});

describe('parseChecklistState', () => {
  it('starts empty when nothing is saved', () => {
    expect(parseChecklistState(null, known)).toEqual({ ticked: [], status: 'empty', dropped: 0 });
    expect(parseChecklistState(undefined, known).status).toBe('empty');
    expect(parseChecklistState('   ', known).status).toBe('empty');
  });

  it('reads a current payload in checklist order', () => {
    const raw = JSON.stringify({ v: 1, ticked: ['reason', 'check-timer'] });
    expect(parseChecklistState(raw, known)).toEqual({ ticked: ['check-timer', 'reason'], status: 'ok', dropped: 0 });
  });

  it('starts empty on unreadable JSON, without throwing', () => {
    for (const raw of ['{"v":1,"ticked":[', 'undefined', '<html>', '{']) {
      expect(parseChecklistState(raw, known)).toEqual({ ticked: [], status: 'corrupt', dropped: 0 });
    }
  });

  it('starts empty on JSON of the wrong shape', () => {
    for (const raw of [
      '42',
      '"text"',
      'null',
      'true',
      '{"v":1}',
      '{"v":1,"ticked":"reason"}',
      '{"v":1,"ticked":[1,2]}',
      '{"v":"1","ticked":[]}',
      '{"a":1}',
    ]) {
      expect(parseChecklistState(raw, known).status, raw).toBe('corrupt');
      expect(parseChecklistState(raw, known).ticked, raw).toEqual([]);
    }
  });

  it('migrates the unversioned formats: a bare list of ids and an id → boolean map', () => {
    expect(parseChecklistState('["extend","check-timer"]', known)).toEqual({
      ticked: ['check-timer', 'extend'],
      status: 'migrated',
      dropped: 0,
    });
    expect(parseChecklistState('{"extend":true,"reason":false,"seller-first":true}', known)).toEqual({
      ticked: ['seller-first', 'extend'],
      status: 'migrated',
      dropped: 0,
    });
    expect(parseChecklistState('{"v":0,"ticked":{"reason":true}}', known).ticked).toEqual(['reason']);
  });

  it('does not guess at a payload from a newer version', () => {
    const raw = JSON.stringify({ v: 2, done: { reason: '2031-01-01' } });
    expect(parseChecklistState(raw, known)).toEqual({ ticked: [], status: 'unsupported', dropped: 0 });
  });

  it('drops ids the checklist no longer has and keeps the rest', () => {
    const raw = JSON.stringify({ v: 1, ticked: ['renamed-item', 'extend', 'removed-item', 'extend'] });
    expect(parseChecklistState(raw, known)).toEqual({ ticked: ['extend'], status: 'ok', dropped: 2 });
  });

  it('leaves new items unticked', () => {
    const raw = JSON.stringify({ v: 1, ticked: ['check-timer'] });
    const grown = [...known, 'brand-new'];
    expect(parseChecklistState(raw, grown).ticked).toEqual(['check-timer']);
  });
});

describe('migrateChecklistPayload', () => {
  it('says corrupt for arrays with non-strings and for mixed maps', () => {
    expect(migrateChecklistPayload(['a', 1]).status).toBe('corrupt');
    expect(migrateChecklistPayload({ a: true, b: 'yes' }).status).toBe('corrupt');
    expect(migrateChecklistPayload({ v: 1.5, ticked: [] }).status).toBe('corrupt');
  });
});

describe('mergeTicks and setTick', () => {
  it('keeps known ids once each, in checklist order', () => {
    expect(mergeTicks(['reason', 'ghost', 'check-timer', 'reason'], known)).toEqual(['check-timer', 'reason']);
    expect(mergeTicks([], known)).toEqual([]);
  });

  it('ticks and unticks one item', () => {
    expect(setTick(['reason'], 'check-timer', true, known)).toEqual(['check-timer', 'reason']);
    expect(setTick(['check-timer', 'reason'], 'reason', false, known)).toEqual(['check-timer']);
    expect(setTick(['reason'], 'reason', true, known)).toEqual(['reason']);
    expect(setTick(['reason'], 'ghost', true, known)).toEqual(['reason']);
  });
});

describe('serialiseChecklistState', () => {
  it('writes the current version, known ids only, and round-trips', () => {
    const raw = serialiseChecklistState(new Set(['reason', 'ghost', 'extend']), known);
    expect(JSON.parse(raw)).toEqual({ v: 1, ticked: ['extend', 'reason'] });
    expect(parseChecklistState(raw, known)).toEqual({ ticked: ['extend', 'reason'], status: 'ok', dropped: 0 });
  });

  it('gives equal strings for equal states', () => {
    expect(serialiseChecklistState(['reason', 'extend'], known)).toBe(
      serialiseChecklistState(['extend', 'reason'], known),
    );
  });
});

describe('saveChecklistState', () => {
  it('saves through safe storage and reads back', () => {
    const raw = fakeStorage();
    const store = safeStorage(() => raw);
    expect(saveChecklistState(store, 'open-dispute', ['reason'], known)).toBe(true);
    expect(parseChecklistState(raw.data.get('bg:v1:checklist:open-dispute') ?? null, known).ticked).toEqual(['reason']);
  });

  it('removes the key when nothing is ticked', () => {
    const raw = fakeStorage();
    const store = safeStorage(() => raw);
    saveChecklistState(store, 'open-dispute', ['reason'], known);
    expect(saveChecklistState(store, 'open-dispute', [], known)).toBe(true);
    expect(raw.data.has('bg:v1:checklist:open-dispute')).toBe(false);
  });

  it('reports a full quota as "not kept" instead of throwing', () => {
    const store = safeStorage(() => fakeStorage({ full: true }));
    expect(store.persistent).toBe(true);
    expect(saveChecklistState(store, 'open-dispute', ['reason'], known)).toBe(false);
    expect(store.persistent).toBe(false);
    // …and the ticks are still there in memory for the rest of the visit.
    expect(parseChecklistState(store.get('bg:v1:checklist:open-dispute'), known).ticked).toEqual(['reason']);
  });

  it('copes with storage that throws on every call (private mode, disabled)', () => {
    const store = safeStorage(() => fakeStorage({ broken: true }));
    expect(store.persistent).toBe(false);
    expect(saveChecklistState(store, 'open-dispute', ['reason'], known)).toBe(false);
    expect(saveChecklistState(undefined, 'open-dispute', ['reason'], known)).toBe(false);
    const throwing: TickWriter = {
      set: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(saveChecklistState(throwing, 'open-dispute', ['reason'], known)).toBe(false);
  });

  it('copes with storage that is missing altogether', () => {
    const store = safeStorage(() => undefined);
    expect(store.persistent).toBe(false);
    expect(saveChecklistState(store, 'open-dispute', ['extend'], known)).toBe(false);
  });
});

describe('checklistProgress', () => {
  const groups = [['check-timer', 'seller-first'], ['extend', 'reason'], ['last']];

  it('counts per group and overall, with a status in words for each group', () => {
    const p = checklistProgress(groups, ['check-timer', 'seller-first', 'reason', 'ghost']);
    expect(p.done).toBe(3);
    expect(p.total).toBe(5);
    expect(p.groups.map((g) => g.status)).toEqual(['done', 'in-progress', 'not-started']);
    expect(
      p.groups.map((g) =>
        g.status === 'in-progress'
          ? t('checklist.groupInProgress', { done: g.done, total: g.total })
          : t(`checklist.groupStatus.${g.status}`),
      ),
    ).toEqual(['Готово', 'В\u00a0процессе, 1 из\u00a02', 'Не\u00a0начато']);
    expect(t('checklist.progress', { done: p.done, total: p.total })).toBe('Выполнено 3 из\u00a05');
  });

  it('handles nothing ticked and everything ticked', () => {
    expect(checklistProgress(groups, []).done).toBe(0);
    const all = checklistProgress(groups, groups.flat());
    expect(all.done).toBe(all.total);
    expect(all.groups.every((g) => g.status === 'done')).toBe(true);
  });

  it('maps counts to statuses', () => {
    expect(groupStatus(0, 3)).toBe('not-started');
    expect(groupStatus(2, 3)).toBe('in-progress');
    expect(groupStatus(3, 3)).toBe('done');
  });
});

describe('checklistInstanceId', () => {
  it('is deterministic: the first copy plain, later copies numbered, per checklist', () => {
    const seen = new Map<string, number>();
    expect(checklistInstanceId('evidence', seen)).toBe('cl-evidence');
    expect(checklistInstanceId('escalation', seen)).toBe('cl-escalation');
    expect(checklistInstanceId('evidence', seen)).toBe('cl-evidence-2');
    expect(checklistInstanceId('evidence', seen)).toBe('cl-evidence-3');
  });
});

describe('guideIdFromPath', () => {
  it('turns a guide path into its id and ignores other paths', () => {
    expect(guideIdFromPath('/disputes/when-to-open/')).toBe('disputes/when-to-open');
    expect(guideIdFromPath('/disputes/when-to-open/#срок')).toBe('disputes/when-to-open');
    expect(guideIdFromPath('/tools/message/')).toBe('tools/message');
    expect(guideIdFromPath('/faq/')).toBeNull();
    expect(guideIdFromPath('https://example.com/a/b/')).toBeNull();
  });
});
