import type { EventDefinition } from '@smile-curve/domain';
import { formatter } from '../i18n/format.js';
import { eventSource, lang, localized, t } from '../i18n/i18n.js';
import { h, uid } from './dom.js';

export interface EventCardsView {
  readonly element: HTMLElement;
  /** The error slot and first control of each card, by event id. */
  readonly cards: ReadonlyMap<
    string,
    { readonly error: HTMLElement; readonly first: HTMLElement | null; readonly group: HTMLElement }
  >;
  /** Event id → chosen option id. */
  answers(): Record<string, string>;
}

/** The year's event cards: a story, its source and a radio group of options with their costs. */
export function eventCards(
  events: readonly EventDefinition[],
  onChange: () => void,
): EventCardsView {
  const f = formatter(lang());
  const cards = new Map<
    string,
    { error: HTMLElement; first: HTMLElement | null; group: HTMLElement }
  >();
  const headingId = uid('events');
  const items = events.map((e) => {
    const name = uid(`event-${e.id}`);
    const errorId = `${name}-error`;
    const error = h('p', { id: errorId, class: 'field-error', attrs: { hidden: true } });
    const radios = e.options.map((o) =>
      h(
        'label',
        { class: 'radio option' },
        h('input', { attrs: { type: 'radio', name, value: o.id }, on: { change: onChange } }),
        h('span', {
          text: `${localized(o.label)} (${o.cost > 0 ? t('events.cost', { cost: f.money(o.cost) }) : t('events.free')})`,
        }),
      ),
    );
    const legendId = uid('event-title');
    const group =
      e.options.length > 0
        ? h(
            'fieldset',
            { class: 'event-card', attrs: { 'aria-describedby': errorId } },
            h('legend', { id: legendId, text: localized(e.title) }),
          )
        : h(
            'section',
            { class: 'event-card', attrs: { 'aria-labelledby': legendId } },
            h('h3', { id: legendId, text: localized(e.title) }),
          );
    group.append(
      h('p', { text: localized(e.story) }),
      h('p', { class: 'source', text: t('events.source', { source: eventSource(e) }) }),
      ...(e.options.length > 0 ? radios : [h('p', { class: 'muted', text: t('events.happens') })]),
      error,
    );
    cards.set(e.id, { error, first: group.querySelector('input'), group });
    return h('li', {}, group);
  });
  const element = h(
    'section',
    { class: 'events', attrs: { 'aria-labelledby': headingId } },
    h('h2', { id: headingId, text: t('events.heading') }),
    events.length === 0
      ? h('p', { class: 'muted', text: t('events.none') })
      : h('ul', { class: 'event-list' }, ...items),
  );
  return {
    element,
    cards,
    answers: () => {
      const answers: Record<string, string> = {};
      for (const [id, card] of cards) {
        const checked = card.group.querySelector<HTMLInputElement>('input[type="radio"]:checked');
        if (checked) answers[id] = checked.value;
      }
      return answers;
    },
  };
}
