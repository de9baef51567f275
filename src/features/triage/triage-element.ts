/**
 * <bg-triage>: one question at a time over the tree from content/tools/triage.yaml (src/features/triage/triage.ts). The answers live in `?a=…`; each answer
 * is a real link (so it opens in a new tab, can be shared, and Back works), and a plain click is handled in place
 * with history.pushState. Focus moves to the new heading on every step. The server-rendered tree stays
 * available, collapsed, under «Все ситуации списком». Text is only ever set with textContent.
 */
import {
  checklistHref,
  decodeAnswers,
  guideHref,
  triageHref,
  walk,
  type Step,
  type TriageQuestion,
  type TriageResult,
} from './triage.ts';
import { createT, tFromElement, type T } from '../../lib/i18n.ts';

/** Words from data-strings (content/ui/ru.yaml, group triage); the tree from data-tree (content/tools/triage.yaml). */
let t: T = createT({});

interface Titles {
  guides: Record<string, string>;
  checklists: Record<string, string>;
}

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string; href?: string; id?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  if (props.href) el.setAttribute('href', props.href);
  if (props.text !== undefined) el.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

class TriageElement extends HTMLElement {
  private stepper!: HTMLElement;
  private titles: Titles = { guides: {}, checklists: {} };
  private baseTitle = document.title;
  private tree!: TriageQuestion;

  connectedCallback() {
    const stepper = this.querySelector<HTMLElement>('[data-stepper]');
    if (!stepper) return;
    this.stepper = stepper;
    t = tFromElement(this);
    this.tree = JSON.parse(this.dataset.tree ?? 'null') as TriageQuestion;
    if (!this.tree) return;
    try {
      const parsed = JSON.parse(this.dataset.titles ?? '{}') as Partial<Titles>;
      this.titles = { guides: parsed.guides ?? {}, checklists: parsed.checklists ?? {} };
    } catch {
      /* titles are a nicety: links still work with fallback labels */
    }
    const tree = this.querySelector<HTMLDetailsElement>('details[data-tree]');
    if (tree) tree.open = false;
    stepper.hidden = false;

    this.addEventListener('click', (e) => this.onClick(e));
    window.addEventListener('popstate', () => this.render(true));
    this.render(false);
  }

  private onClick(e: MouseEvent) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[data-step]');
    if (!link || !this.stepper.contains(link)) return;
    e.preventDefault();
    try {
      history.pushState(null, '', link.href);
    } catch {
      location.href = link.href;
      return;
    }
    this.render(true);
  }

  private render(moveFocus: boolean) {
    const keys = decodeAnswers(new URLSearchParams(location.search).get('a'));
    const w = walk(keys, this.tree);
    const invalid = !w.valid || keys.length !== w.keys.length;
    const content =
      w.node.kind === 'question'
        ? this.question(w.node, w.steps, w.keys, invalid)
        : this.result(w.node, w.steps, w.keys);
    this.stepper.replaceChildren(content);
    const heading = this.stepper.querySelector<HTMLElement>('#triage-step-title');
    document.title = `${heading?.textContent ?? ''} — ${this.baseTitle}`;
    if (moveFocus) heading?.focus();
  }

  private heading(text: string) {
    return h('h2', {
      id: 'triage-step-title',
      class: 'mt-1 text-2xl font-bold focus:outline-none sm:text-3xl',
      text,
      attrs: { tabindex: '-1' },
    });
  }

  private nav(keys: string[]) {
    if (!keys.length) return null;
    return h(
      'nav',
      { class: 'mt-6 flex flex-wrap gap-3', attrs: { 'aria-label': t('triage.stepsNav') } },
      h('a', {
        href: triageHref(keys.slice(0, -1)),
        class: 'btn',
        text: `← ${t('triage.back')}`,
        attrs: { 'data-step': '' },
      }),
      h('a', { href: triageHref([]), class: 'btn', text: t('triage.restart'), attrs: { 'data-step': '' } }),
    );
  }

  private answers(steps: Step[]) {
    if (!steps.length) return null;
    return h(
      'section',
      { class: 'mt-6 text-base', attrs: { 'aria-label': t('triage.yourAnswers') } },
      h('p', { class: 'font-semibold text-muted', text: `${t('triage.yourAnswers')}:` }),
      h(
        'ol',
        { class: 'mt-1 list-decimal space-y-1 pl-6' },
        ...steps.map((s, i) =>
          h(
            'li',
            {},
            `${s.question.text} `,
            h('a', {
              href: triageHref(steps.slice(0, i).map((x) => x.option.key)),
              text: s.option.label,
              attrs: { 'data-step': '', title: t('triage.changeAnswer') },
            }),
          ),
        ),
      ),
    );
  }

  private question(q: TriageQuestion, steps: Step[], keys: string[], invalid: boolean) {
    return h(
      'div',
      {},
      // The introduction belongs to the first question only: later questions and results start with themselves.
      steps.length === 0
        ? h('p', { class: 'mb-6 max-w-prose text-lg', text: t('triage.intro'), attrs: { 'data-intro': '' } })
        : null,
      h('p', { class: 'text-base font-semibold text-muted', text: t('triage.step', { n: steps.length + 1 }) }),
      this.heading(q.text),
      q.hint ? h('p', { class: 'mt-2 max-w-prose text-muted', text: q.hint }) : null,
      invalid
        ? h('p', {
            class: 'mt-3 max-w-prose rounded-card border-l-6 border-important bg-important-soft p-3',
            text: t('triage.invalid'),
          })
        : null,
      h(
        'ul',
        { class: 'mt-4 grid gap-3' },
        ...q.options.map((o) =>
          h(
            'li',
            {},
            h(
              'a',
              {
                href: triageHref([...keys, o.key]),
                class:
                  'card flex min-h-11 items-center justify-between gap-3 font-semibold text-ink no-underline hover:border-accent',
                attrs: { 'data-step': '' },
                text: '',
              },
              h('span', { text: o.label }),
              h('span', { text: '→', class: 'text-accent', attrs: { 'aria-hidden': 'true' } }),
            ),
          ),
        ),
      ),
      this.nav(keys),
      this.answers(steps),
    );
  }

  private card(label: string, href: string, text: string) {
    return h(
      'li',
      { class: 'card' },
      h('span', { class: 'block text-base font-semibold text-muted', text: label }),
      h('a', { href, class: 'mt-1 inline-flex min-h-11 items-center font-semibold', text }),
    );
  }

  private result(r: TriageResult, steps: Step[], keys: string[]) {
    const guideTitle = this.titles.guides[r.guide] ?? guideHref(r.guide);
    const checklistTitle = this.titles.checklists[r.checklist] ?? checklistHref(r.checklist);
    const tone = r.deadline.urgent ? 'border-important bg-important-soft' : 'border-deadline bg-deadline-soft';
    return h(
      'div',
      {},
      h('p', { class: 'text-base font-semibold text-muted', text: t('triage.resultLabel') }),
      this.heading(r.title),
      h('p', { class: 'mt-3 max-w-prose text-lg', text: r.action }),
      // The first action comes with the link that performs it, before the deadline and the reading.
      h(
        'p',
        { class: 'mt-3' },
        h('a', { href: r.first.href, class: 'btn btn-primary', text: r.first.label, attrs: { 'data-first': '' } }),
      ),
      h(
        'aside',
        {
          class: `mt-4 max-w-prose rounded-card border-l-6 p-4 ${tone}`,
          attrs: { 'aria-label': r.deadline.urgent ? t('triage.deadlineUrgent') : t('triage.deadline') },
        },
        h('p', {
          class: `font-bold ${r.deadline.urgent ? 'text-important' : 'text-deadline'}`,
          text: r.deadline.urgent ? `${t('triage.deadlineUrgent')}!` : t('triage.deadline'),
        }),
        h('p', { class: 'mt-1', text: r.deadline.text }),
        h('a', {
          href: r.deadline.link.href,
          class: 'mt-1 inline-flex min-h-11 items-center',
          text: r.deadline.link.label,
        }),
      ),
      h(
        'ul',
        { class: 'mt-6 grid gap-3 sm:grid-cols-3' },
        this.card(t('triage.guide'), guideHref(r.guide), guideTitle),
        this.card(t('triage.checklist'), checklistHref(r.checklist), checklistTitle),
        this.card(t('triage.tool'), r.tool.href, r.tool.label),
      ),
      r.more?.length
        ? h(
            'section',
            { class: 'mt-6', attrs: { 'aria-label': t('triage.more') } },
            h('p', { class: 'font-semibold', text: t('triage.more') }),
            h(
              'ul',
              { class: 'mt-1 grid gap-1' },
              ...r.more.map((id) =>
                h(
                  'li',
                  {},
                  h('a', {
                    href: guideHref(id),
                    class: 'inline-flex min-h-11 items-center',
                    text: this.titles.guides[id] ?? guideHref(id),
                  }),
                ),
              ),
            ),
          )
        : null,
      this.nav(keys),
      this.answers(steps),
    );
  }
}

if (!customElements.get('bg-triage')) customElements.define('bg-triage', TriageElement);
