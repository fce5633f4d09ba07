import { t } from '../i18n/i18n.js';
import { h, screenHeading } from '../ui/dom.js';
import { qrSvg } from './qr.js';

export interface ProjectorInput {
  readonly title: string;
  readonly code: string;
  readonly joinUrl: string;
  readonly onBack: () => void;
}

/**
 * What goes on the wall: the code in very large type, the join address and a
 * QR code of it, black on white for any projector. `setCount` updates the
 * number of students who joined.
 */
export function projectorView(input: ProjectorInput): {
  element: HTMLElement;
  heading: HTMLElement;
  setCount: (n: number, closed: boolean) => void;
  qrReady: Promise<void>;
} {
  const heading = screenHeading(1, t('proj.heading', { title: input.title }));
  const qr = h('div', { class: 'projector-qr' });
  const count = h('p', { class: 'projector-count', attrs: { role: 'status' } });
  const qrReady = qrSvg(input.joinUrl).then((markup) => {
    const image = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    image.setAttribute('role', 'img');
    image.setAttribute('aria-label', t('proj.qr', { url: input.joinUrl }));
    image.dataset.text = input.joinUrl;
    qr.replaceChildren(document.importNode(image, true));
  });
  const element = h(
    'main',
    { class: 'screen projector', attrs: { 'aria-label': t('proj.label'), lang: undefined } },
    h(
      'div',
      { class: 'projector-main' },
      heading,
      h('p', { class: 'projector-steps', text: t('proj.steps') }),
      h('p', { class: 'projector-url', text: input.joinUrl }),
      h(
        'p',
        { class: 'projector-code-block' },
        h('span', { class: 'projector-code-label', text: t('proj.code') }),
        h('span', { class: 'projector-code', text: input.code }),
      ),
      count,
    ),
    qr,
    h('button', {
      class: 'button projector-back',
      text: t('teach.back'),
      attrs: { type: 'button' },
      on: { click: input.onBack },
    }),
  );
  return {
    element,
    heading,
    qrReady,
    setCount: (n, closed) => {
      count.textContent = closed
        ? `${t('proj.players', { n })} · ${t('proj.closed')}`
        : t('proj.players', { n });
    },
  };
}
