import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, formatUtcStamp, icsFileName, PRODID, type IcsEvent } from './ics.ts';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

/** Undo RFC 5545 folding: a CRLF followed by one space or tab joins the lines. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const event: IcsEvent = {
  uid: 'abc123@example.test',
  date: { y: 2026, m: 11, d: 16 },
  hour: 10,
  stamp: new Date(Date.UTC(2026, 10, 5, 9, 30, 15, 123)),
  summary: 'Последний день, чтобы открыть спор по заказу AliExpress',
  description:
    'По расчёту калькулятора последний день — 16 ноября 2026. Наш совет — открыть спор до 13 ноября 2026; сверьтесь с таймером.\nКак открыть спор: https://example.test/disputes/open-dispute/',
  url: 'https://example.test/tools/deadline/?until=2026-11-16',
  alarms: [
    { daysBefore: 3, description: 'Через 3 дня — последний день' },
    { daysBefore: 1, description: 'Завтра — последний день' },
  ],
};

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every line break', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
    // Backslash first, so an escaped comma is not escaped twice.
    expect(escapeText('\\,')).toBe('\\\\\\,');
    expect(escapeText('двоеточие: можно')).toBe('двоеточие: можно');
  });
});

describe('foldLine', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const exactly75 = `X:${'a'.repeat(73)}`;
    expect(foldLine(exactly75)).toBe(exactly75);
  });

  it('folds at 75 octets, counting the leading space of continuation lines', () => {
    const folded = foldLine(`DESCRIPTION:${'a'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    lines.forEach((l) => expect(octets(l)).toBeLessThanOrEqual(75));
    expect(octets(lines[0]!)).toBe(75);
    lines.slice(1).forEach((l) => expect(l.startsWith(' ')).toBe(true));
    expect(unfold(folded)).toBe(`DESCRIPTION:${'a'.repeat(200)}`);
  });

  it('counts Cyrillic as two octets and never splits a character', () => {
    const text = `SUMMARY:${'ж'.repeat(100)}`;
    const lines = foldLine(text).split('\r\n');
    lines.forEach((l) => {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
    });
    // 'SUMMARY:' is 8 octets, then 33 letters make 74: the 34th would be 76.
    expect(lines[0]).toBe(`SUMMARY:${'ж'.repeat(33)}`);
    expect(unfold(lines.join('\r\n'))).toBe(text);
  });

  it('keeps four-octet characters (emoji) whole', () => {
    const text = `SUMMARY:${'📦'.repeat(40)}`;
    const folded = foldLine(text);
    folded.split('\r\n').forEach((l) => {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(l)).toBe(false);
    });
    expect(unfold(folded)).toBe(text);
  });
});

describe('buildIcs', () => {
  const ics = buildIcs(event);
  const lines = ics.split('\r\n');

  it('uses CRLF everywhere and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.at(-1)).toBe('');
  });

  it('keeps every physical line within 75 octets', () => {
    lines.forEach((l) => expect(octets(l)).toBeLessThanOrEqual(75));
    // The Russian description really needed folding.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('has the calendar and event properties RFC 5545 requires, in a valid nesting', () => {
    const content = unfold(ics).split('\r\n').filter(Boolean);
    expect(content[0]).toBe('BEGIN:VCALENDAR');
    expect(content.at(-1)).toBe('END:VCALENDAR');
    expect(content).toContain('VERSION:2.0');
    expect(content).toContain(`PRODID:${PRODID}`);
    expect(content).toContain('UID:abc123@example.test');
    expect(content).toContain('DTSTAMP:20261105T093015Z');
    const stack: string[] = [];
    for (const line of content) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
      expect(line).toMatch(/^[A-Z-]+[;:]/);
    }
    expect(stack).toEqual([]);
    expect(content.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('puts the event on the absolute last day at 10:00 floating local time, never at midnight', () => {
    const content = unfold(ics);
    // Floating: no Z and no TZID, so 10:00 is 10:00 on the reader's phone wherever it is.
    expect(content).toContain('\r\nDTSTART:20261116T100000\r\n');
    expect(content).toContain('\r\nDTEND:20261116T103000\r\n');
    expect(content).not.toMatch(/VALUE=DATE[:;]/);
    expect(content).not.toMatch(/T000000/);
    expect(content).not.toMatch(/TZID|DTSTART:[^\r]*Z/);
  });

  it('keeps the date of a year-end and a leap-day event as given', () => {
    expect(buildIcs({ ...event, date: { y: 2026, m: 12, d: 31 } })).toContain('DTSTART:20261231T100000');
    expect(buildIcs({ ...event, date: { y: 2028, m: 2, d: 29 } })).toContain('DTSTART:20280229T100000');
  });

  it('adds two display alarms at 10:00 local, 3 days and 1 day before (relative to the 10:00 start)', () => {
    const content = unfold(ics);
    const alarms = content.match(/BEGIN:VALARM\r\n[\s\S]*?END:VALARM/g) ?? [];
    expect(alarms).toHaveLength(2);
    expect(alarms[0]).toContain('TRIGGER:-P3D');
    expect(alarms[1]).toContain('TRIGGER:-P1D');
    alarms.forEach((a) => {
      expect(a).toContain('ACTION:DISPLAY');
      expect(a).toMatch(/DESCRIPTION:.+/);
      // Relative whole days to a 10:00 start: 13 November 10:00 and 15 November 10:00, never midnight.
      expect(a).toMatch(/\r\nTRIGGER:-P\d+D\r\n/);
    });
  });

  it('rings at the hour asked for', () => {
    expect(buildIcs({ ...event, hour: 9 })).toContain('DTSTART:20261116T090000');
    expect(buildIcs({ ...event, hour: 9, minutes: 90 })).toContain('DTEND:20261116T103000');
  });

  it('escapes text values and round-trips them after unfolding', () => {
    const content = unfold(ics);
    const description = content.split('\r\n').find((l) => l.startsWith('DESCRIPTION:По'))!;
    expect(description).toContain('2026\\; сверьтесь');
    expect(description).toContain('\\nКак открыть спор');
    expect(content).toContain('SUMMARY:Последний день\\, чтобы открыть спор по заказу AliExpress');
    expect(content).toContain('URL:https://example.test/tools/deadline/?until=2026-11-16');
  });

  it('keeps hostile text as text: no property or component can be injected', () => {
    const hostile = buildIcs({
      ...event,
      summary: 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil',
      description: 'a;b,c\\d\nATTACH:http://evil',
      uid: 'id\r\nX-EVIL:1',
      url: 'javascript:alert(1)',
    });
    const content = unfold(hostile).split('\r\n');
    expect(content.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(content.some((l) => l.startsWith('ATTACH'))).toBe(false);
    expect(content.some((l) => l.startsWith('X-EVIL'))).toBe(false);
    expect(content.some((l) => l.startsWith('URL:'))).toBe(false);
  });

  it('omits optional parts cleanly', () => {
    const bare = buildIcs({ uid: 'u@x', date: { y: 2026, m: 1, d: 5 }, hour: 10, stamp: new Date(0), summary: 's' });
    expect(bare).not.toContain('DESCRIPTION');
    expect(bare).not.toContain('VALARM');
    expect(bare).toContain('DTSTAMP:19700101T000000Z');
  });
});

describe('helpers', () => {
  it('formats DTSTAMP in UTC without milliseconds', () => {
    expect(formatUtcStamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 999)))).toBe('20260102T030405Z');
  });

  it('names the file in ASCII with the date', () => {
    expect(icsFileName({ y: 2026, m: 11, d: 6 })).toBe('srok-spora-2026-11-06.ics');
  });
});
