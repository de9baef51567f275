/**
 * <bg-checklist>: upgrades the server-rendered checklist from Checklist.astro. Ticks are kept in localStorage
 * (through safe-storage, which never throws) under `bg:v1:checklist:<id>`; copies of one checklist on the page
 * share one in-memory state and copies in other tabs follow through the `storage` event. When storage is
 * unavailable or full the list keeps working in memory and says so quietly.
 */
import { safeStorage } from '../../lib/safe-storage.ts';
import { checklistStorageKey, parseChecklistState, saveChecklistState, setTick } from './checklist-store.ts';
import { checklistProgress, type ChecklistProgress } from './checklist-progress.ts';
import { createT, tFromElement, type T } from '../../lib/i18n.ts';

const storage = safeStorage();
/** Ticks per checklist id, shared by every copy on this page; the only copy when storage fails. */
const ticks = new Map<string, string[]>();
/** A quiet notice per checklist id, when something is wrong with saving. */
const notices = new Map<string, string>();
const BLANK = 'bg-print-blank';
/** Words come from the first checklist's data-strings (content/ui/ru.yaml, group checklist). */
let t: T = createT({});

function printedOn(): string {
  const date = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });
  return ` · ${t('checklist.footPrinted')} ${date.format(new Date()).replace(/\s*г\.$/, '')}`;
}

function copiesOf(id: string): BgChecklist[] {
  return [...document.querySelectorAll<BgChecklist>('bg-checklist')].filter(
    (el) => el.dataset.checklistId === id && el instanceof BgChecklist,
  );
}

class BgChecklist extends HTMLElement {
  private id_ = '';
  private boxes: HTMLInputElement[] = [];
  private known: string[] = [];
  private groups: string[][] = [];
  private upgraded = false;
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== checklistStorageKey(this.id_)) return;
    ticks.set(this.id_, parseChecklistState(event.newValue, this.known).ticked);
    this.render();
  };

  connectedCallback() {
    window.addEventListener('storage', this.onStorage);
    if (this.upgraded) return;
    this.upgraded = true;
    t = tFromElement(this);
    const id = (this.id_ = this.dataset.checklistId ?? '');
    const sections = [...this.querySelectorAll<HTMLElement>('[data-cl-group]')];
    this.groups = sections.map((s) =>
      [...s.querySelectorAll<HTMLInputElement>('input[data-item-id]')].map((b) => b.dataset.itemId ?? ''),
    );
    this.boxes = [...this.querySelectorAll<HTMLInputElement>('input[data-item-id]')];
    this.known = this.groups.flat();

    if (!ticks.has(id)) {
      const loaded = parseChecklistState(storage.get(checklistStorageKey(id)), this.known);
      ticks.set(id, loaded.ticked);
      if (loaded.status === 'corrupt' || loaded.status === 'unsupported') notices.set(id, t('checklist.unreadable'));
    }
    if (!storage.persistent) notices.set(id, t('checklist.notKept'));

    for (const box of this.boxes) box.addEventListener('change', () => this.tick(box));
    const dialog = this.querySelector<HTMLDialogElement>('[data-cl-dialog]');
    const reset = this.querySelector<HTMLButtonElement>('[data-cl-reset]');
    this.button('[data-cl-print]', () => window.print());
    this.button('[data-cl-print-blank]', () => {
      document.documentElement.classList.add(BLANK);
      window.print();
    });
    this.button('[data-cl-reset]', () => {
      if (!dialog) return;
      dialog.showModal();
      this.querySelector<HTMLButtonElement>('[data-cl-cancel]')?.focus();
    });
    this.button('[data-cl-cancel]', () => dialog?.close());
    this.button('[data-cl-confirm]', () => {
      dialog?.close();
      this.commit([], t('checklist.resetDone'));
    });
    dialog?.addEventListener('close', () => reset?.focus());

    const date = this.querySelector('[data-cl-date]');
    if (date) date.textContent = printedOn();
    this.render();
    this.dataset.ready = '';
  }

  disconnectedCallback() {
    window.removeEventListener('storage', this.onStorage);
  }

  private button(selector: string, action: () => void) {
    this.querySelector(selector)?.addEventListener('click', action);
  }

  private progress(): ChecklistProgress {
    return checklistProgress(this.groups, ticks.get(this.id_) ?? []);
  }

  private tick(box: HTMLInputElement) {
    const before = this.progress();
    const next = setTick(ticks.get(this.id_) ?? [], box.dataset.itemId ?? '', box.checked, this.known);
    const g = this.groups.findIndex((ids) => ids.includes(box.dataset.itemId ?? ''));
    const after = checklistProgress(this.groups, next);
    const words = [];
    if (after.groups[g]?.status === 'done' && before.groups[g]?.status !== 'done') {
      const title = this.querySelectorAll('[data-cl-group] .cl-group-title')[g]?.textContent?.trim() ?? '';
      words.push(t('checklist.groupDone', { title }));
    }
    if (after.done === after.total) words.push(t('checklist.allDone'));
    this.commit(next, words.join(' '));
  }

  /** New ticks: keep them, tell every copy on the page and announce the progress here only. */
  private commit(next: string[], message: string) {
    const id = this.id_;
    ticks.set(id, next);
    if (saveChecklistState(storage, id, next, this.known) && storage.persistent) notices.delete(id);
    else notices.set(id, t('checklist.notKept'));
    for (const copy of copiesOf(id)) copy.render();
    const { done, total } = this.progress();
    const live = this.querySelector('[data-cl-live]');
    if (live) live.textContent = `${message} ${t('checklist.progress', { done, total })}.`.trim();
  }

  render() {
    const set = new Set(ticks.get(this.id_) ?? []);
    for (const box of this.boxes) box.checked = set.has(box.dataset.itemId ?? '');
    const { done, total, groups } = this.progress();
    const text = this.querySelector('[data-cl-progress]');
    if (text) text.textContent = t('checklist.progress', { done, total });
    const bar = this.querySelector<HTMLProgressElement>('[data-cl-bar]');
    if (bar) {
      bar.max = total;
      bar.value = done;
    }
    this.querySelectorAll<HTMLElement>('[data-cl-status]').forEach((el, i) => {
      const group = groups[i];
      if (!group) return;
      el.dataset.state = group.status;
      el.textContent =
        group.status === 'in-progress'
          ? t('checklist.groupInProgress', { done: group.done, total: group.total })
          : t(`checklist.groupStatus.${group.status}`);
    });
    const notice = this.querySelector('[data-cl-notice]');
    if (notice) notice.textContent = notices.get(this.id_) ?? t('checklist.savedHere');
  }
}

if (!customElements.get('bg-checklist')) {
  customElements.define('bg-checklist', BgChecklist);
  window.addEventListener('beforeprint', () => {
    document.querySelectorAll('bg-checklist [data-cl-date]').forEach((el) => (el.textContent = printedOn()));
  });
  window.addEventListener('afterprint', () => document.documentElement.classList.remove(BLANK));
}
