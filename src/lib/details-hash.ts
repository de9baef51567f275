/** `/faq/#slug` opens the question it points to, on load and whenever the fragment changes. */
export function openDetailsFromHash(win: Window, doc: Document): void {
  const open = () => {
    const id = decodeURIComponent(win.location.hash.slice(1));
    if (!id) return;
    const target = doc.getElementById(id);
    if (target instanceof HTMLDetailsElement) {
      target.open = true;
      target.scrollIntoView();
      target.querySelector('summary')?.focus({ preventScroll: true });
    }
  };
  open();
  win.addEventListener('hashchange', open);
}
