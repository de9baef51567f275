/**
 * <bg-deadline>: upgrades the server-rendered GET form of /tools/deadline/ into a calculator.
 * Reads ?left / ?confirmed / ?start&days, fills the form, shows the result, writes the state back to the URL with
 * history.replaceState, and makes the calendar file on demand (the ICS code is loaded on first use).
 * Every text it writes goes through textContent: nothing typed or taken from the URL is ever parsed as HTML.
 */
import {
  computeDeadline,
  deadlineQuery,
  MODES,
  CALENDAR_ALARM_DAYS,
  parseDate,
  parseDeadlineParams,
  toIsoDate,
  todayFrom,
  type DeadlineResult,
  type Field,
  type Mode,
  type ParsedParams,
} from './deadline.ts';
import { formatLocalDateLong, formatLocalDateNumeric, weekdayRu } from './dates-local.ts';
import { createT, tFromElement, type T } from '../../lib/i18n.ts';
import { confirmedBasis, daysLeftText, fieldErrorText, urgentText } from './deadline-words.ts';

/** Words from data-strings (content/ui/ru.yaml, group deadline). */
let t: T = createT({});
const FIELDS: readonly Field[] = ['left', 'confirmed', 'start', 'days'];
const MODE_FIELDS: Record<Mode, Field[]> = { left: ['left'], confirmed: ['confirmed'], start: ['start', 'days'] };

class DeadlineElement extends HTMLElement {
  /** content/ladder.yaml `urgentDays`, written into the page at build time. */
  private urgentDays(): number {
    const n = Number(this.dataset.urgentDays);
    return Number.isInteger(n) && n > 0 ? n : 0;
  }

  private form!: HTMLFormElement;
  private result!: HTMLElement;
  private current: DeadlineResult | null = null;
  /** Values from the link that a date field could not display: quoted beside the field. */
  private unshown = new Map<Field, string>();

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-form]');
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (!form || !result) return;
    this.form = form;
    t = tFromElement(this);
    this.result = result;
    const todayIso = toIsoDate(this.today());
    for (const f of ['confirmed', 'start'] as const) this.input(f)?.setAttribute('max', todayIso);

    form.addEventListener('change', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.name === 'mode') {
        this.showMode(target.value as Mode);
        this.clearErrors();
        this.result.hidden = true;
      }
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.querySelector('[data-calendar]')?.addEventListener('click', () => void this.download());

    const parsed = parseDeadlineParams(new URLSearchParams(location.search), this.today());
    this.fill(parsed);
    this.show(parsed, false);
  }

  private today() {
    return todayFrom(new Date());
  }

  private input(field: Field) {
    return this.form.querySelector<HTMLInputElement>(`input[name="${field}"]`);
  }

  private mode(): Mode {
    const checked = this.form.querySelector<HTMLInputElement>('input[name="mode"]:checked');
    return (MODES as readonly string[]).includes(checked?.value ?? '') ? (checked!.value as Mode) : 'left';
  }

  private showMode(mode: Mode) {
    this.form.querySelectorAll<HTMLElement>('[data-panel]').forEach((panel) => {
      panel.hidden = panel.dataset.panel !== mode;
    });
  }

  private fill(parsed: ParsedParams) {
    const mode = parsed.mode ?? this.mode();
    const radio = this.form.querySelector<HTMLInputElement>(`input[name="mode"][value="${mode}"]`);
    if (radio) radio.checked = true;
    this.showMode(mode);
    this.unshown.clear();
    for (const f of FIELDS) {
      const el = this.input(f);
      const raw = parsed.values[f];
      if (!el || !raw) continue;
      if (el.type === 'date') {
        // A date field only holds a real yyyy-mm-dd; anything else is quoted in the error message instead.
        const d = parseDate(raw);
        if (d.ok) el.value = toIsoDate(d.date);
        else this.unshown.set(f, raw);
      } else el.value = raw;
    }
  }

  private submit() {
    const mode = this.mode();
    const params = new URLSearchParams();
    params.set('mode', mode);
    for (const f of MODE_FIELDS[mode]) params.set(f, this.input(f)?.value ?? '');
    const parsed = parseDeadlineParams(params, this.today());
    // The URL mirrors the form: the short form for a valid input, the raw fields otherwise.
    params.delete('mode');
    const query = parsed.input ? deadlineQuery(parsed.input) : `?${params.toString()}`;
    try {
      history.replaceState(history.state, '', `${location.pathname}${query}`);
    } catch {
      /* a sandboxed frame may refuse; the result still shows */
    }
    this.show(parsed, true);
  }

  private clearErrors() {
    for (const f of FIELDS) this.setError(f, null);
  }

  private setError(field: Field, message: string | null) {
    const el = this.input(field);
    const out = this.form.querySelector<HTMLElement>(`[data-error="${field}"]`);
    if (!el || !out) return;
    out.textContent = message ?? '';
    out.hidden = !message;
    const hint = `dl-${field}-hint`;
    if (message) {
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', `${hint} ${out.id}`);
    } else {
      el.removeAttribute('aria-invalid');
      el.setAttribute('aria-describedby', hint);
    }
  }

  /** Errors beside their fields, or the result; `moveFocus` after the reader pressed «Посчитать». */
  private show(parsed: ParsedParams, moveFocus: boolean) {
    this.clearErrors();
    const invalid = FIELDS.filter((f) => parsed.errors[f]);
    for (const f of invalid) {
      const raw = this.unshown.get(f);
      const message = fieldErrorText(t, f, parsed.errors[f]!);
      this.setError(f, raw ? `${t('deadline.rawValue', { raw: raw.slice(0, 40) })} ${message}` : message);
    }
    this.unshown.clear();
    if (!parsed.input || invalid.length) {
      this.result.hidden = true;
      this.current = null;
      if (moveFocus && invalid[0]) this.input(invalid[0])?.focus();
      return;
    }
    const r = computeDeadline(parsed.input, this.today(), this.urgentDays());
    this.current = r;
    this.render(r);
    this.result.hidden = false;
    if (moveFocus) this.result.querySelector<HTMLElement>('#dl-result-title')?.focus();
  }

  private out(name: string, text: string) {
    const el = this.result.querySelector<HTMLElement>(`[data-out="${name}"]`);
    if (el) el.textContent = text;
  }

  private togglePart(name: string, visible: boolean) {
    this.result.querySelectorAll<HTMLElement>(`[data-part="${name}"]`).forEach((el) => {
      el.hidden = !visible;
      el.classList.toggle('hidden', !visible);
    });
  }

  private render(r: DeadlineResult) {
    const expired = r.status === 'expired';
    this.out('last-long', formatLocalDateLong(r.lastDay));
    this.out('last-short', `${formatLocalDateNumeric(r.lastDay)}, ${weekdayRu(r.lastDay)}`);
    this.out('days-left', daysLeftText(t, r.daysLeft));
    const safeIsToday = r.safeDay.y === r.today.y && r.safeDay.m === r.today.m && r.safeDay.d === r.today.d;
    this.out('safe-long', safeIsToday ? t('deadline.safeToday') : formatLocalDateLong(r.safeDay));
    this.out('safe-short', `${formatLocalDateNumeric(r.safeDay)}, ${weekdayRu(r.safeDay)}`);
    const input = r.input;
    this.out(
      'basis',
      input.mode === 'left'
        ? t('deadline.basis.left', { today: formatLocalDateLong(r.today), n: input.left })
        : input.mode === 'confirmed'
          ? confirmedBasis(t, formatLocalDateLong(input.confirmed))
          : t('deadline.basis.start', { date: formatLocalDateLong(input.start), n: input.days }),
    );
    this.out(
      'alert',
      expired ? t('deadline.expired') : r.status === 'urgent' || r.status === 'today' ? urgentText(t, r.daysLeft) : '',
    );
    this.togglePart('safe', !expired);
    this.togglePart('calendar', !expired);
    this.togglePart('expired', expired);
    this.out('calendar-status', '');
  }

  private async download() {
    const r = this.current;
    if (!r) return;
    try {
      const { buildIcs, icsFileName } = await import('./ics.ts');
      const last = `${formatLocalDateLong(r.lastDay)} (${weekdayRu(r.lastDay)})`;
      const safe = formatLocalDateLong(r.safeDay);
      const uid = `${globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`}@${location.hostname || 'localhost'}`;
      const text = buildIcs({
        uid,
        date: r.lastDay,
        stamp: new Date(),
        summary: t('deadline.calendarSummary'),
        description: t('deadline.calendarDescription', {
          last,
          safe,
          guideUrl: `${location.origin}${t('deadline.nextLinks.openDispute.href')}`,
        }),
        url: `${location.origin}${location.pathname}${location.search}`,
        alarms: [
          ...CALENDAR_ALARM_DAYS.map((n) => ({
            daysBefore: n,
            description: n === 1 ? t('deadline.calendarAlarmTomorrow') : t('deadline.calendarAlarmDays', { n }),
          })),
        ],
      });
      const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = icsFileName(r.lastDay);
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.out('calendar-status', t('deadline.calendarDone', { file: a.download }));
    } catch {
      this.out('calendar-status', t('deadline.calendarFailed'));
    }
  }
}

if (!customElements.get('bg-deadline')) customElements.define('bg-deadline', DeadlineElement);
