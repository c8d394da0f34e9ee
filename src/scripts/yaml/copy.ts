/** Copy buttons of YAML examples: copy the code exactly as written (not the rendered text). */

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the textarea fallback */
  }
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.append(ta);
  ta.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

/**
 * The code a button without `data-code` copies: its example's code as the page shows it (the
 * `<pre>`'s text without the finding markers, which are not part of the code). The build leaves
 * `data-code` out only where that text is the code exactly (highlight.ts `copyShowsCode`).
 */
export function shownCode(btn: HTMLElement): string {
  const code = btn.closest('figure')?.querySelector(':scope > pre > code');
  if (!code) return '';
  const copy = code.cloneNode(true) as HTMLElement;
  for (const marker of copy.querySelectorAll('.finding-marker')) marker.remove();
  return copy.textContent ?? '';
}

export function initCopyButtons(root: ParentNode, str: (key: string) => string): void {
  for (const btn of root.querySelectorAll<HTMLButtonElement>('button.yaml-copy:not([data-ready])')) {
    btn.dataset.ready = '1';
    btn.addEventListener('click', async () => {
      const code = btn.dataset.code ?? shownCode(btn);
      const ok = await writeClipboard(code);
      const status = btn.closest('.yaml-tools')?.querySelector<HTMLElement>('.yaml-copy-status');
      if (status) {
        status.textContent = str(ok ? 'yaml.copied' : 'yaml.copyFailed');
        status.classList.toggle('is-error', !ok);
        window.setTimeout(() => {
          if (status.textContent === str(ok ? 'yaml.copied' : 'yaml.copyFailed')) status.textContent = '';
        }, 2500);
      }
    });
  }
}
