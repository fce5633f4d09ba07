import type { Notice } from '../app/app-state.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';

/** A dismissible notice (saved game lost, game resumed…), announced politely. */
export function noticeBanner(notice: Notice, onDismiss: () => void): HTMLElement {
  const box: HTMLElement = h(
    'div',
    { class: 'notice', attrs: { role: 'status' } },
    h('p', { text: t(notice.key, notice.values) }),
    h('button', {
      class: 'button button--quiet',
      text: t('notice.dismiss'),
      attrs: { type: 'button' },
      on: {
        click: () => {
          box.remove();
          onDismiss();
        },
      },
    }),
  );
  return box;
}

/** Takes the pending notice (shown once) and renders it, or nothing. */
export function takeNotice(holder: { notice: Notice | null }): HTMLElement | null {
  const notice = holder.notice;
  if (!notice) return null;
  holder.notice = null;
  return noticeBanner(notice, () => undefined);
}
