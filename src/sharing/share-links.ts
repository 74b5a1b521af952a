import { ui } from '../i18n/nl.ts';

export interface SharedPage {
  /** The canonical, absolute URL: never with tracking parameters. */
  url: string;
  title: string;
}

export interface ShareLink {
  name: string;
  href: string;
}

// encodeURIComponent, not URLSearchParams: mail programs read "+" literally, not as a space.
const q = encodeURIComponent;

/** Plain share links: they work without JavaScript and load nothing from those sites. */
export function shareLinks({ url, title }: SharedPage): ShareLink[] {
  const text = q(`${title} ${url}`);
  return [
    { name: 'WhatsApp', href: `https://wa.me/?text=${text}` },
    {
      name: ui.share.mail,
      href: `mailto:?subject=${q(ui.share.mailSubject(title))}&body=${q(ui.share.mailBody(title, url))}`,
    },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${text}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}` },
  ];
}
