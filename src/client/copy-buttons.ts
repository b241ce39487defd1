/**
 * Copy buttons: copy the text of their target element and confirm visibly
 * ("Copied") and to screen readers (the button's own text changes, and a live
 * region repeats it).
 */
const live = document.createElement('div');
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
document.body.append(live);

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure context, permissions): fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function announce(message: string): void {
  live.textContent = '';
  window.setTimeout(() => {
    live.textContent = message;
  }, 50);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  const target = document.getElementById(button.dataset['copyTarget'] ?? '');
  if (!target) continue;
  const label = button.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', async () => {
    if (!(await copyText(target.innerText.trim()))) return;
    const copied = button.dataset['copiedLabel'] ?? '✓';
    button.textContent = `✓ ${copied}`;
    announce(copied);
    window.setTimeout(() => {
      button.textContent = label;
    }, 2000);
  });
}
