/**
 * qa51: a note's image on another host (语雀's `cdn.nlark.com`, 有道云笔记's `note.youdao.com`, an
 * image host) that does not load — the site read offline, or a host that asks for a login or
 * refuses other sites — showed as a broken picture, or as nothing at all when the export wrote no
 * alt text (`![](…)`). Such an image (the engine marks it `referrerpolicy="no-referrer"`,
 * markdown.ts `rehypeRemoteImages`) is replaced by a link that says it did not load, names its
 * host and its alt text, and opens the image (the reader may be online later). The text is the
 * reader's language (`note.remoteImage`, switched with the rest of the page by `data-i18n`).
 */
import { currentUiLang } from './preferences.ts';
import tables from 'virtual:ui-strings/images';

const KEY = 'note.remoteImage';

function replace(img: HTMLImageElement): void {
  if (!img.isConnected || !img.closest('.prose')) return;
  let url: URL;
  try {
    url = new URL(img.currentSrc || img.src, document.baseURI);
  } catch {
    return;
  }
  if (url.origin === location.origin) return;
  const a = document.createElement('a');
  a.className = 'remote-image-failed';
  a.href = url.href;
  a.rel = 'noopener noreferrer';
  a.referrerPolicy = 'no-referrer';
  a.target = '_blank';
  const alt = img.alt.trim();
  if (alt) {
    const name = document.createElement('span');
    name.className = 'remote-image-alt';
    name.textContent = alt;
    a.append(name, ' ');
  }
  const note = document.createElement('span');
  note.dataset.i18n = KEY;
  note.dataset.i18nVars = JSON.stringify({ host: url.host });
  const lang = currentUiLang();
  note.textContent = (tables[lang][KEY] ?? tables['zh-CN'][KEY] ?? KEY).replace('{host}', url.host);
  a.append(note);
  img.replaceWith(a);
}

export function initRemoteImages(): void {
  // An image that fails after this runs (lazy images load when scrolled near) …
  document.addEventListener('error', (e) => {
    const t = e.target;
    if (t instanceof HTMLImageElement && t.referrerPolicy === 'no-referrer') replace(t);
  }, true);
  // … and one that failed before.
  for (const img of document.querySelectorAll<HTMLImageElement>('.prose img[referrerpolicy="no-referrer"]')) {
    if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) replace(img);
  }
}
