/**
 * Paper cannot be clicked: open every <details> before printing and close again the ones that were closed.
 * Takes window and document as arguments so the behaviour can be tested without a browser global.
 */
export function openDetailsForPrint(win: Pick<Window, 'addEventListener'>, doc: Pick<Document, 'querySelectorAll'>) {
  let opened: HTMLDetailsElement[] = [];
  win.addEventListener('beforeprint', () => {
    opened = [...doc.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    opened.forEach((d) => (d.open = true));
  });
  win.addEventListener('afterprint', () => {
    opened.forEach((d) => (d.open = false));
    opened = [];
  });
}
