/**
 * Runs in <head> before the first paint so a reader who chose a theme never sees the other one flash, and marks
 * <html class="js"> so controls that need JavaScript take their place at once instead of shifting the layout later.
 * Kept as a string so its CSP hash can be computed at build time (see inline-script-hashes.ts).
 * Storage may be unavailable (private mode, disabled): then the system preference stands.
 */
export const THEME_STORAGE_KEY = 'bg:v1:theme';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** A stored or chosen value as a theme; anything else (missing, corrupt) means following the system. */
export function readTheme(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

export const THEME_INIT_SCRIPT = `(function(){document.documentElement.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark'){document.documentElement.dataset.theme=t}}catch(e){}})();`;
