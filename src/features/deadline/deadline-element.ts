/**
 * <bg-deadline>: the calculator on /tools/deadline/. The form and the result are rendered by the page; without
 * JavaScript the element is not shown at all (data-js-only) and the page states the rule in words instead.
 *
 * Every address it writes carries the absolute last day, `?until=YYYY-MM-DD`, never a count of days: a link
 * shared or reopened later shows the same last day and the days left from the day it is opened.
 * Old links (`?left=`, `?confirmed=`, `?start=&days=`, `?mode=`) still work: they are converted once on load,
 * against today, and the address is rewritten to `?until=` with history.replaceState (src/features/deadline/deadline.ts
 * parseDeadlineParams). The rules' numbers come from content/facts.yaml through the data-facts attribute.
 * Every text it writes goes through textContent: nothing typed or taken from the URL is ever parsed as HTML.
 */
import {
  CALENDAR_ALARM_DAYS,
  computeDeadline,
  deadlineQuery,
  FIELDS,
  lastDayOf,
  MODES,
  parseDate,
  parseDeadlineParams,
  REMINDER_HOUR,
  rulesFrom,
  toIsoDate,
  todayFrom,
  type DeadlineInput,
  type DeadlineResult,
  type DeadlineRules,
  type Field,
  type Mode,
  type ParsedParams,
} from './deadline.ts';
import { formatDayLong, formatDayNumeric, weekdayOf } from '../../lib/dates-ru.ts';
import { createT, tFromElement, type T } from '../../lib/i18n.ts';
import { confirmedBasis, daysLeftText, fieldErrorText, urgentText } from './deadline-words.ts';

/** Words from data-strings (content/ui/ru.yaml, group deadline). */
let t: T = createT({});
const MODE_FIELDS: Record<Mode, Field[]> = { left: ['left', 'hours'], confirmed: ['confirmed'] };

const pad = (n: number) => String(n).padStart(2, '0');

class DeadlineElement extends HTMLElement {
  private form!: HTMLFormElement;
  private result!: HTMLElement;
  private rules: DeadlineRules = { confirmDays: 0, urgentDays: 0 };
  private current: DeadlineResult | null = null;
  /** Values from the link that a date field could not display: quoted beside the field. */
  private unshown = new Map<Field, string>();

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-form]');
    const result = this.querySelector<HTMLElement>('[data-result]');
    const rules = rulesFrom(this.dataset.facts);
    if (!form || !result || !rules) return;
    this.form = form;
    this.result = result;
    this.rules = rules;
    t = tFromElement(this);
    this.input('confirmed')?.setAttribute('max', toIsoDate(this.today()));

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
      if (f === 'until' && raw) this.unshown.set(f, raw);
      if (!el || !raw) continue;
      if (el.type === 'date') {
        // A date field only holds a real yyyy-mm-dd; anything else is quoted in the error message instead.
        const d = parseDate(raw);
        if (d.ok) el.value = toIsoDate(d.date);
        else this.unshown.set(f, raw);
      } else el.value = raw;
    }
  }

  /** Writes the address: `?until=` for a result, the raw fields while they are wrong. */
  private writeUrl(query: string) {
    try {
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    } catch {
      /* a sandboxed frame may refuse; the result still shows */
    }
  }

  private submit() {
    const mode = this.mode();
    const params = new URLSearchParams();
    params.set('mode', mode);
    for (const f of MODE_FIELDS[mode]) params.set(f, this.input(f)?.value ?? '');
    const parsed = parseDeadlineParams(params, this.today());
    this.show(parsed, true);
    if (!this.current) {
      params.delete('mode');
      this.writeUrl(`?${params.toString()}`);
    }
  }

  private clearErrors() {
    for (const f of FIELDS) this.setError(f, null);
  }

  private setError(field: Field, message: string | null) {
    const el = this.input(field);
    const out = this.querySelector<HTMLElement>(`[data-error="${field}"]`);
    if (!out) return;
    out.textContent = message ?? '';
    out.hidden = !message;
    if (!el) return;
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
      if (f === 'until') this.setError(f, t('deadline.untilError', { raw: (raw ?? '').slice(0, 40), message }));
      else this.setError(f, raw ? `${t('deadline.rawValue', { raw: raw.slice(0, 40) })} ${message}` : message);
    }
    this.unshown.clear();
    if (!parsed.input || invalid.length) {
      this.result.hidden = true;
      this.current = null;
      if (moveFocus && invalid[0]) this.input(invalid[0])?.focus();
      return;
    }
    const now = new Date();
    const lastDay = lastDayOf(parsed.input, now, this.rules);
    const r = computeDeadline(lastDay, todayFrom(now), this.rules);
    this.current = r;
    // The address always names the absolute day: an old relative link is converted here, once.
    if (moveFocus || parsed.legacy || parsed.input.mode !== 'until') this.writeUrl(deadlineQuery(lastDay));
    this.render(r, parsed.input, now);
    // Opened from a link, the reader came for the result: it goes first, above the form (moved in the DOM, so the
    // reading and focus order match what is seen). After «Посчитать» it stays under the form that produced it.
    this.place(!moveFocus);
    this.result.hidden = false;
    if (moveFocus) this.result.querySelector<HTMLElement>('#dl-result-title')?.focus();
  }

  private place(first: boolean) {
    if (first) this.form.before(this.result);
    else this.form.after(this.result);
    this.result.classList.toggle('mt-8', !first);
    this.result.classList.toggle('mb-8', first);
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

  private basis(r: DeadlineResult, input: DeadlineInput, now: Date): string {
    if (input.mode === 'confirmed') {
      return confirmedBasis(t, formatDayLong(input.confirmed), this.rules.confirmDays);
    }
    if (input.mode === 'until') return t('deadline.basis.until', { date: formatDayLong(input.until) });
    if (input.hours === null) return t('deadline.basis.left', { today: formatDayLong(r.today), n: input.left });
    const end = new Date(now.getTime() + input.left * 86_400_000 + input.hours * 3_600_000);
    return t('deadline.basis.leftHours', {
      today: formatDayLong(r.today),
      n: input.left,
      h: input.hours,
      time: `${pad(end.getHours())}:${pad(end.getMinutes())}`,
    });
  }

  private shareUrl(r: DeadlineResult) {
    return `${location.origin}${location.pathname}${deadlineQuery(r.lastDay)}`;
  }

  private render(r: DeadlineResult, input: DeadlineInput, now: Date) {
    const expired = r.status === 'expired';
    this.out('last-long', formatDayLong(r.lastDay));
    this.out('last-short', `${formatDayNumeric(r.lastDay)}, ${weekdayOf(r.lastDay)}`);
    this.out('days-left', daysLeftText(t, r.daysLeft));
    if (r.safeDay) {
      this.out('safe-long', formatDayLong(r.safeDay));
      this.out('safe-short', `${formatDayNumeric(r.safeDay)}, ${weekdayOf(r.safeDay)}`);
    }
    this.out('basis', this.basis(r, input, now));
    this.out(
      'alert',
      expired ? t('deadline.expired') : r.status === 'urgent' || r.status === 'today' ? urgentText(t, r.daysLeft) : '',
    );
    const share = this.result.querySelector<HTMLAnchorElement>('[data-share]');
    if (share) share.href = this.shareUrl(r);
    this.togglePart('safe', r.safeDay !== null);
    this.togglePart('calendar', !expired);
    this.togglePart('expired', expired);
    this.out('calendar-status', '');
  }

  private async download() {
    const r = this.current;
    if (!r) return;
    try {
      const { buildIcs, icsFileName } = await import('./ics.ts');
      const last = `${formatDayLong(r.lastDay)} (${weekdayOf(r.lastDay)})`;
      const uid = `${globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`}@${location.hostname || 'localhost'}`;
      const shareUrl = this.shareUrl(r);
      const text = buildIcs({
        uid,
        date: r.lastDay,
        hour: REMINDER_HOUR,
        stamp: new Date(),
        summary: t('deadline.calendarSummary'),
        description: t('deadline.calendarDescription', {
          last,
          shareUrl,
          guideUrl: `${location.origin}${t('deadline.nextLinks.openDispute.href')}`,
        }),
        url: shareUrl,
        alarms: CALENDAR_ALARM_DAYS.map((n) => ({
          daysBefore: n,
          description: n === 1 ? t('deadline.calendarAlarmTomorrow') : t('deadline.calendarAlarmDays', { n }),
        })),
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
