import { addCjkFontFaces } from '../app/cjk-font.js';
import type { Lang } from '../app/settings.js';
import { t, lang } from '../i18n/i18n.js';
import { GLOSSARY_IDS, glossaryEntry, tl, type GlossaryId } from '../i18n/learn.js';
import { h, uid } from './dom.js';
import { trapFocus } from './focus-trap.js';

const LANG_ATTR: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };
const LANGS: readonly Lang[] = ['en', 'zh'];

/** One entry, English and Chinese side by side (the current language first). */
function entry(id: GlossaryId, first: Lang): HTMLElement {
  const order = first === 'zh' ? [...LANGS].reverse() : LANGS;
  return h(
    'article',
    { class: 'glossary-entry', id: `glossary-${id}`, attrs: { 'data-glossary': id } },
    h(
      'h3',
      { attrs: { tabindex: -1 } },
      ...order.flatMap((l, i) => [
        i > 0 ? ' · ' : null,
        h('span', { text: glossaryEntry(l, id).term, attrs: { lang: LANG_ATTR[l] } }),
      ]),
    ),
    h(
      'div',
      { class: 'glossary-defs' },
      ...order.map((l) =>
        h('p', { text: glossaryEntry(l, id).definition, attrs: { lang: LANG_ATTR[l] } }),
      ),
    ),
  );
}

/**
 * The glossary as a modal dialog (native <dialog>: focus stays inside, Escape
 * closes, focus returns to the opener). Opened on an entry, it focuses it.
 */
export function openGlossary(focus: GlossaryId | null = null): HTMLDialogElement {
  void addCjkFontFaces(); // the Chinese side of each entry, in English too
  const headingId = uid('glossary');
  const dialog = h(
    'dialog',
    { class: 'dialog dialog--wide', attrs: { 'aria-labelledby': headingId } },
    h(
      'div',
      { class: 'dialog-header' },
      h('h2', { id: headingId, text: tl('learn.glossary') }),
      h(
        'form',
        { attrs: { method: 'dialog' } },
        h('button', { class: 'button', text: t('common.close') }),
      ),
    ),
    h('div', { class: 'glossary' }, ...GLOSSARY_IDS.map((id) => entry(id, lang()))),
  );
  trapFocus(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
  });
  const layer = document.getElementById('ui') ?? document.body;
  layer.append(dialog);
  dialog.showModal();
  if (focus) {
    const target = dialog.querySelector<HTMLElement>(`#glossary-${focus} h3`);
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }
  return dialog;
}

/** An indicator's label as a button that opens its glossary entry. */
export function glossaryLabel(text: string, id: GlossaryId): HTMLButtonElement {
  return h('button', {
    class: 'term-link',
    text,
    attrs: { type: 'button', 'aria-haspopup': 'dialog', 'data-glossary': id },
    on: {
      click: () => {
        openGlossary(id);
      },
    },
  });
}
