/**
 * Theme choice: stored per browser, applied as data-theme on <html>. "system"
 * leaves it to prefers-color-scheme. Runs as a module, so it is deferred; the
 * stylesheet defaults to the system scheme, so a stored choice that equals the
 * system one causes no flash, and only an explicit override repaints once.
 */
const STORAGE_KEY = 'baogao-theme';
type Theme = 'system' | 'light' | 'dark';

function readTheme(): Theme {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

applyTheme(readTheme());

for (const label of document.querySelectorAll<HTMLLabelElement>('.theme-switch')) {
  const select = label.querySelector('select');
  if (!select) continue;
  select.value = readTheme();
  select.addEventListener('change', () => {
    const theme = select.value as Theme;
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
    applyTheme(theme);
  });
  label.removeAttribute('data-pending');
}

export {};
