/**
 * A one-event iCalendar file (RFC 5545): an event on the last day at a fixed hour of the reader's local time, with
 * reminders a few days before at the same hour, built as text with no dependencies.
 * Why not an all-day event: its reminders are relative to the day's start, so «3 days before» rang at midnight.
 * Here DTSTART is a floating local time (no Z, no TZID: 10:00 wherever the phone is), and each VALARM's TRIGGER is
 * relative to it (-P3D = 10:00 three days before), which every calendar app computes the same way.
 * Lines end with CRLF and are folded at 75 octets of UTF-8 without splitting a character (Cyrillic letters are
 * 2 octets each); TEXT values escape backslash, semicolon, comma and newlines.
 */
import { toBasicDate, type CalendarDate } from './deadline.ts';

export interface IcsAlarm {
  /** Days before the event's start (the same local hour): TRIGGER:-P<n>D. */
  daysBefore: number;
  description: string;
}

export interface IcsEvent {
  /** Globally unique, e.g. `<random>@<host>`. */
  uid: string;
  /** The event's calendar date (floating: the same day in every time zone). */
  date: CalendarDate;
  /** Local hour (0–23) the event starts at and the reminders ring at; floating, so 10 means 10:00 on the phone. */
  hour: number;
  /** Length of the event in minutes. */
  minutes?: number;
  /** When the file was made: written in UTC as DTSTAMP. */
  stamp: Date;
  summary: string;
  description?: string;
  /** An absolute http(s) address for the URL property. */
  url?: string;
  alarms?: IcsAlarm[];
}

export const PRODID = '-//Putevoditel pokupatelya//Deadline calculator//RU';
const MAX_OCTETS = 75;
const CRLF = '\r\n';

/** RFC 5545 §3.3.11: backslash first, then ; and , ; every kind of line break becomes \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on lines that start with one space (which counts). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** 20261101T093000Z */
export function formatUtcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** 20261206T100000: a floating local date-time (RFC 5545 §3.3.5, form #1). Minutes past 59 are not expected. */
export function localDateTime(date: CalendarDate, hour: number, minutes: number): string {
  const h = Math.min(23, Math.max(0, Math.trunc(hour))) + Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${toBasicDate(date)}T${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}00`;
}

/** A whole VCALENDAR with one VEVENT, every line folded, CRLF after each line including the last. */
export function buildIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid.replace(/[\r\n]/g, '')}`,
    `DTSTAMP:${formatUtcStamp(event.stamp)}`,
    `DTSTART:${localDateTime(event.date, event.hour, 0)}`,
    `DTEND:${localDateTime(event.date, event.hour, event.minutes ?? 30)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url && /^https?:\/\/[^\s]+$/.test(event.url) ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    ...(event.alarms ?? []).flatMap((alarm) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(alarm.description)}`,
      `TRIGGER:-P${Math.max(0, Math.trunc(alarm.daysBefore))}D`,
      'END:VALARM',
    ]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** «srok-spora-2026-11-16.ics»: ASCII only, so every browser and phone keeps the name. */
export function icsFileName(date: CalendarDate): string {
  const iso = toBasicDate(date);
  return `srok-spora-${iso.slice(0, 4)}-${iso.slice(4, 6)}-${iso.slice(6)}.ics`;
}
