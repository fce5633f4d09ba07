import type { Scenario } from '@smile-curve/domain';
import { formatter } from '../i18n/format.js';
import { lang, localized, t } from '../i18n/i18n.js';
import { h, uid } from './dom.js';

/** One card per scenario: what it teaches, its difficulty, and a Start button. */
export function scenarioCards(
  scenarios: readonly Scenario[],
  onStart: (scenario: Scenario) => void,
): HTMLElement {
  const f = formatter(lang());
  return h(
    'ul',
    { class: 'cards' },
    ...scenarios.map((s) => {
      const id = uid('scenario');
      const title = localized(s.title);
      const stars = '★'.repeat(s.difficulty) + '☆'.repeat(3 - s.difficulty);
      return h(
        'li',
        {},
        h(
          'article',
          { class: 'card', attrs: { 'aria-labelledby': id } },
          h('h2', { id, text: title }),
          h(
            'p',
            { class: 'difficulty' },
            h('span', { text: stars, attrs: { 'aria-hidden': 'true' } }),
            ` ${t('choice.difficulty', { n: s.difficulty })}`,
          ),
          h('p', {
            class: 'muted',
            text: t('choice.span', {
              years: s.years,
              start: s.startYear,
              end: s.startYear + s.years - 1,
            }),
          }),
          h('h3', { text: t('choice.teaches') }),
          h('p', { text: localized(s.teaches) }),
          h('p', {
            class: 'muted',
            text: t('choice.firm', { firm: localized(s.firm.name), cash: f.money(s.firm.cash) }),
          }),
          h('button', {
            class: 'button button--primary',
            text: t('choice.start'),
            attrs: { type: 'button', 'aria-label': t('choice.startNamed', { title }) },
            on: {
              click: () => {
                onStart(s);
              },
            },
          }),
        ),
      );
    }),
  );
}
