/**
 * <bg-message-builder>: upgrades the server-rendered form on /tools/message/ into a live builder. The texts come
 * from src/features/message/message-templates.ts, the saved draft from src/features/message/message-draft.ts; this file only wires the DOM.
 *
 * User text reaches the page through textContent and form values only, never as HTML.
 */
import {
  buildMessage,
  downloadName,
  findPersonalData,
  isEvidenceId,
  isProblemId,
  isTemplateId,
  isWantId,
  orderNumberMessage,
  placeholdersLeft,
  validateOrderNumber,
  type MessageInput,
  type TemplateId,
} from './message-templates.ts';
import type { MessageTemplate } from './template-format.ts';
import {
  DEFAULT_TEMPLATE,
  DRAFT_KEY,
  emptyDraft,
  isBlankDraft,
  parseDraft,
  serializeDraft,
  templateFromSearch,
  type MessageDraft,
} from './message-draft.ts';
import { safeStorage, type SafeStorage } from '../../lib/safe-storage.ts';
import { createT, tFromElement, type T } from '../../lib/i18n.ts';

/** Words from data-strings (content/ui/ru.yaml, group message). */
let t: T = createT({});

const SAVE_DELAY_MS = 400;

class MessageBuilder extends HTMLElement {
  private form!: HTMLFormElement;
  private preview!: HTMLElement;
  private status!: HTMLElement;
  private storageNote!: HTMLElement;
  private orderField!: HTMLInputElement;
  private orderError!: HTMLElement;
  private storage!: SafeStorage;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private storageWarned = false;
  /** The [placeholders] left in the preview, and the text the copy warning was last given for. */
  private left: string[] = [];
  private warnedFor: string | null = null;
  /** The letters as the page rendered them (content/tools/messages/, typeset at build time). */
  private templates = new Map<string, MessageTemplate>();

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-mb-form]');
    const preview = this.querySelector<HTMLElement>('[data-mb-preview]');
    if (!form || !preview) return;
    t = tFromElement(this);
    try {
      const list = JSON.parse(this.dataset.templates ?? '[]') as MessageTemplate[];
      for (const tpl of list) this.templates.set(tpl.id, tpl);
    } catch {
      return; // without its letters the builder cannot work: the static templates stay readable
    }
    this.form = form;
    this.preview = preview;
    this.status = this.need('[data-mb-status]');
    this.storageNote = this.need('[data-mb-storage]');
    this.orderField = this.need<HTMLInputElement>('[name="orderNumber"]');
    this.orderError = this.need('[data-mb-order-error]');
    this.storage = safeStorage();

    this.restore();
    this.render();

    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', (event) => this.onEdit(event));
    form.addEventListener('change', (event) => this.onEdit(event));
    this.orderField.addEventListener('blur', () => this.showOrderError(true));
    this.need('[data-mb-copy]').addEventListener('click', () => void this.copy());
    this.need('[data-mb-download]').addEventListener('click', () => this.download());
    this.need('[data-mb-clear]').addEventListener('click', () => this.askToClear());
    window.addEventListener('pagehide', () => this.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
  }

  private need<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`bg-message-builder: ${selector} is missing`);
    return element;
  }

  /* ---------------------------------------------------------------------------------------------- form state */

  private read(): MessageDraft {
    const data = new FormData(this.form);
    const str = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const template = str('template');
    const problem = str('problem');
    const want = str('want');
    const input: MessageInput = {
      orderNumber: str('orderNumber'),
      orderDate: str('orderDate'),
      item: str('item'),
      problem: isProblemId(problem) ? problem : '',
      want: isWantId(want) ? want : '',
      evidence: data.getAll('evidence').filter(isEvidenceId),
      details: str('details'),
      extra: {},
    };
    for (const [name, value] of data.entries()) {
      if (name.startsWith('x-') && typeof value === 'string' && value.trim()) input.extra[name.slice(2)] = value;
    }
    return { template: isTemplateId(template) ? template : DEFAULT_TEMPLATE, input };
  }

  private write(draft: MessageDraft) {
    const { input } = draft;
    const elements = this.form.elements;
    const set = (name: string, value: string) => {
      const field = elements.namedItem(name);
      if (
        field instanceof HTMLInputElement ||
        field instanceof HTMLSelectElement ||
        field instanceof HTMLTextAreaElement
      ) {
        field.value = value;
      }
    };
    set('template', draft.template);
    for (const field of this.form.querySelectorAll<HTMLInputElement>('input[name^="x-"]')) {
      const id = field.name.slice(2);
      field.value = Object.hasOwn(input.extra, id) ? (input.extra[id] ?? '') : '';
    }
    set('orderNumber', input.orderNumber);
    set('orderDate', input.orderDate);
    set('item', input.item);
    set('problem', input.problem);
    set('want', input.want);
    set('details', input.details);
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="evidence"]')) {
      box.checked = isEvidenceId(box.value) && input.evidence.includes(box.value);
    }
  }

  private restore() {
    if (!this.storage.persistent) this.noteStorage('unavailable');
    const result = parseDraft(this.storage.get(DRAFT_KEY));
    if (result.status === 'corrupt') this.noteStorage('corrupt');
    const draft = result.status === 'ok' ? result.draft : emptyDraft();
    const fromUrl = templateFromSearch(window.location.search);
    if (fromUrl) draft.template = fromUrl;
    this.write(draft);
    this.showOrderError(true);
  }

  /* ------------------------------------------------------------------------------------------------ rendering */

  private onEdit(event: Event) {
    const target = event.target;
    if (target === this.orderField) this.showOrderError(event.type === 'change');
    this.render();
    this.dirty = true;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** While typing only a fixed error is cleared; a new error appears when the field is left or changed. */
  private showOrderError(force: boolean) {
    const message = orderNumberMessage(t, validateOrderNumber(this.orderField.value));
    if (!message) {
      this.orderError.textContent = '';
      this.orderError.hidden = true;
      this.orderField.removeAttribute('aria-invalid');
      return;
    }
    if (!force && this.orderError.hidden) return;
    this.orderError.textContent = message;
    this.orderError.hidden = false;
    this.orderField.setAttribute('aria-invalid', 'true');
  }

  private render() {
    const { template, input } = this.read();
    const tpl = this.templates.get(template) ?? this.templates.get(DEFAULT_TEMPLATE);
    if (!tpl) return;
    const built = buildMessage(tpl, input, t);
    this.preview.textContent = built.text;
    this.left = built.placeholders;
    this.need('[data-mb-title]').textContent = tpl.title;
    this.need('[data-mb-line]').textContent = tpl.line;
    const guide = this.need<HTMLAnchorElement>('[data-mb-guide]');
    guide.href = tpl.guideHref;
    guide.textContent = tpl.guideLabel;
    this.need('[data-mb-note]').textContent = tpl.note;
    // Only the fields the chosen letter uses are shown; the others keep their values for the letters that do.
    let shown = 0;
    for (const box of this.querySelectorAll<HTMLElement>('[data-mb-for]')) {
      box.hidden = !(box.dataset.mbFor ?? '').split(' ').includes(tpl.id);
      if (!box.hidden) shown += 1;
    }
    this.need('[data-mb-extra]').hidden = shown === 0;

    const left = this.need('[data-mb-left]');
    left.textContent = built.placeholders.length
      ? `${placeholdersLeft(t, built.placeholders.length)}: ${t('message.preview.replaceTail')}`
      : t('message.preview.allFilled');

    const warning = this.need('[data-mb-pd]');
    const addressWords = t('message.addressWords').split('|').filter(Boolean);
    const kinds = template === 'public' ? findPersonalData(`${input.item}\n${input.details}`, addressWords) : [];
    warning.hidden = kinds.length === 0;
    this.need('[data-mb-pd-text]').textContent = kinds.length
      ? `${kinds.map((kind) => t(`message.preview.personalKinds.${kind}`)).join(', ')}. ${t('message.preview.personalDataAdvice')}`
      : '';
  }

  /* -------------------------------------------------------------------------------------------------- saving */

  private flush() {
    clearTimeout(this.saveTimer);
    if (!this.dirty) return;
    this.dirty = false;
    const draft = this.read();
    if (isBlankDraft(draft)) {
      this.storage.remove(DRAFT_KEY);
      return;
    }
    if (!this.storage.set(DRAFT_KEY, serializeDraft(draft))) this.noteStorage('unavailable');
  }

  private noteStorage(kind: 'unavailable' | 'corrupt') {
    if (kind === 'unavailable' && this.storageWarned) return;
    if (kind === 'unavailable') this.storageWarned = true;
    this.storageNote.textContent = t(`message.storage.${kind}`);
  }

  /* ------------------------------------------------------------------------------------------------- actions */

  private say(message: string) {
    // Emptied first so that the same message said twice is announced twice.
    this.status.textContent = '';
    requestAnimationFrame(() => {
      this.status.textContent = message;
    });
  }

  private async copy() {
    const text = this.preview.textContent ?? '';
    // Empty [placeholders] are easy to send by mistake: the first press names them, the second copies as is.
    if (this.left.length && this.warnedFor !== text) {
      this.warnedFor = text;
      this.say(t('message.actions.copyLeft', { n: this.left.length, list: this.left.join('; ') }));
      return;
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.say(t('message.actions.copied'));
    } catch {
      const selection = window.getSelection();
      if (selection) {
        const range = document.createRange();
        range.selectNodeContents(this.preview);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      this.say(t('message.actions.copyFallback'));
    }
  }

  private download() {
    const { template, input } = this.read();
    const text = this.preview.textContent ?? '';
    const blob = new Blob([text], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = downloadName(template, input.orderNumber);
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.say(t('message.actions.downloaded'));
  }

  private askToClear() {
    const dialog = this.querySelector<HTMLDialogElement>('[data-mb-dialog]');
    if (!dialog || typeof dialog.showModal !== 'function') {
      if (window.confirm(t('message.actions.confirmClear'))) this.clear();
      return;
    }
    dialog.returnValue = '';
    dialog.addEventListener(
      'close',
      () => {
        if (dialog.returnValue === 'confirm') this.clear();
        else this.need('[data-mb-clear]').focus();
      },
      { once: true },
    );
    dialog.showModal();
  }

  private clear() {
    const template: TemplateId = this.read().template;
    this.write({ ...emptyDraft(), template });
    this.showOrderError(true);
    clearTimeout(this.saveTimer);
    this.dirty = false;
    this.storage.remove(DRAFT_KEY);
    this.render();
    this.orderField.focus();
    this.say(t('message.actions.cleared'));
  }
}

if (!customElements.get('bg-message-builder')) customElements.define('bg-message-builder', MessageBuilder);
