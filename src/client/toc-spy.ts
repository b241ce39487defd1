/**
 * Marks the table-of-contents entry of the section being read (aria-current).
 * The current section is the last heading above a line 30% down the viewport.
 */
const links = new Map<string, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) {
  links.set(decodeURIComponent(link.hash.slice(1)), link);
}
const targets = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);

function update(): void {
  const line = Math.max(window.innerHeight * 0.3, 100);
  let currentId: string | undefined;
  for (const target of targets) {
    if (target.getBoundingClientRect().top <= line) currentId = target.id;
    else break;
  }
  for (const [id, link] of links) {
    if (id === currentId) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

if (targets.length > 0) {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  update();
}
