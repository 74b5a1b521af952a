// The preview card of citation markers: one shared popover, filled from the article's own source
// list, so markers stay plain links that work without JavaScript. It opens on hover, keyboard
// focus, or a first click or tap (a second one follows the link); it stays open while the pointer
// is on it, and Esc closes it (WCAG 1.4.13).
const card = document.getElementById('bronkaart')!;
let shown: HTMLAnchorElement | null = null;
// Closed with Esc: stays closed while it keeps focus, so sending focus back does not reopen it.
let dismissed: HTMLAnchorElement | null = null;
let closing = 0;

function show(marker: HTMLAnchorElement) {
  clearTimeout(closing);
  if (shown === marker) return;
  hide();
  card.replaceChildren(
    ...marker.dataset.cites!.split(' ').map((id) => {
      const entry = document.createElement('p');
      entry.append(document.querySelector(`#bron-${id} .source`)!.cloneNode(true));
      return entry;
    }),
  );
  // Right after the marker in the DOM, so Tab goes from the marker into the card's links.
  marker.after(card);
  marker.style.setProperty('anchor-name', '--bron');
  marker.setAttribute('aria-expanded', 'true');
  card.showPopover();
  shown = marker;
}

function hide() {
  if (!shown) return;
  card.hidePopover();
  shown.style.removeProperty('anchor-name');
  shown.removeAttribute('aria-expanded');
  shown = null;
}

function hideSoon() {
  clearTimeout(closing);
  closing = window.setTimeout(hide, 300);
}

for (const marker of document.querySelectorAll<HTMLAnchorElement>('a.cite')) {
  marker.addEventListener('pointerenter', (event) => event.pointerType === 'mouse' && show(marker));
  marker.addEventListener('pointerleave', hideSoon);
  marker.addEventListener(
    'focus',
    () => marker !== dismissed && marker.matches(':focus-visible') && show(marker),
  );
  marker.addEventListener('blur', () => (dismissed = null));
  marker.addEventListener('click', (event) => {
    if (shown === marker) return hide();
    event.preventDefault();
    show(marker);
  });
}
card.addEventListener('pointerenter', () => clearTimeout(closing));
card.addEventListener('pointerleave', hideSoon);

const outside = (target: EventTarget | null) => shown && target !== shown && !card.contains(target as Node);
document.addEventListener('focusin', (event) => outside(event.target) && hide());
document.addEventListener('pointerdown', (event) => outside(event.target) && hide());
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !shown) return;
  const marker = shown;
  const hadFocus = card.contains(document.activeElement) || document.activeElement === marker;
  hide();
  if (hadFocus) {
    dismissed = marker;
    marker.focus();
  }
});

// A module, so these names stay out of the global scope other scripts share.
export {};
