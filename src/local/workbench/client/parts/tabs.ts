// The tab list: the search box filters it as one types (Enter opens the first match), and the
// last sheet opened is remembered in localStorage; /sheets opened without a name goes back to it.
const KEY = 'kinerja.viewer.lastTab';

function remembered(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function tabList(): void {
  const filter = document.getElementById(
    'tab-filter',
  ) as HTMLInputElement | null;
  const links = Array.from(
    document.querySelectorAll<HTMLAnchorElement>('#tab-list a[data-name]'),
  );
  const current = links.find(a => a.getAttribute('aria-current') === 'page');
  const params = new URLSearchParams(location.search);
  const last = remembered();
  // Back to the tab of last time, unless a sheet or a selected cell was asked for.
  if (
    !params.get('name') &&
    params.get('active') !== '1' &&
    last &&
    last !== current?.dataset.name
  ) {
    const again = links.find(a => a.dataset.name === last);
    if (again) {
      location.replace(again.href);
      return;
    }
  }
  if (current) {
    try {
      localStorage.setItem(KEY, current.dataset.name ?? '');
    } catch {
      // Storage refused (private mode): nothing to remember.
    }
    current.scrollIntoView({block: 'nearest', inline: 'nearest'});
  }
  if (!filter) return;
  const groups = Array.from(
    document.querySelectorAll<HTMLElement>('#tab-list .group'),
  );
  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const a of links) {
      const name = (a.dataset.name ?? '').toLowerCase();
      a.hidden = !words.every(w => name.includes(w));
    }
    for (const g of groups) {
      let next = g.nextElementSibling as HTMLAnchorElement | null;
      let any = false;
      for (
        ;
        next && next.tagName === 'A';
        next = next.nextElementSibling as HTMLAnchorElement | null
      )
        any = any || !next.hidden;
      g.hidden = !any;
    }
  });
  filter.addEventListener('keydown', event => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = links.find(a => !a.hidden);
    if (first) location.href = first.href;
  });
}
