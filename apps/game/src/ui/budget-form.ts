import type { DomainError, EventDefinition, LeverId, PartnerId } from '@smile-curve/domain';
import { formatter } from '../i18n/format.js';
import { lang, t } from '../i18n/i18n.js';
import { terms } from '../i18n/terms.js';
import { budgetPreview, fieldForPath, type FormValues } from '../view-models/decision-form.js';
import { h, uid } from './dom.js';
import { eventCards } from './event-cards.js';

export interface BudgetFormInput {
  readonly year: number;
  readonly cash: number;
  /** How much more the bank lends this year (0: no borrow field). */
  readonly credit: number;
  readonly debt: number;
  readonly loanRate: number;
  readonly levers: readonly LeverId[];
  readonly partnerIds: readonly PartnerId[];
  readonly partners: readonly PartnerId[];
  readonly events: readonly EventDefinition[];
  onSubmit(values: FormValues): void;
}

export interface BudgetForm {
  readonly element: HTMLFormElement;
  /** Shows a refused decision's message next to the field its path names, and focuses it. */
  showError(error: DomainError): void;
}

interface Field {
  readonly input: HTMLElement;
  readonly error: HTMLElement;
}

function numberField(
  label: string,
  hint: string | null,
  min = 0,
): { wrap: HTMLElement; input: HTMLInputElement; error: HTMLElement } {
  const id = uid('field');
  const error = h('p', { id: `${id}-error`, class: 'field-error', attrs: { hidden: true } });
  const hintEl = hint ? h('p', { id: `${id}-hint`, class: 'hint', text: hint }) : null;
  const input = h('input', {
    id,
    attrs: {
      type: 'number',
      inputmode: 'numeric',
      min,
      step: 1,
      placeholder: '0',
      'aria-describedby': [hintEl ? `${id}-hint` : '', `${id}-error`].join(' ').trim(),
    },
  });
  const wrap = h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id }, text: label }),
    hintEl,
    input,
    error,
  );
  return { wrap, input, error };
}

/** The year's decisions: one number per lever, borrowing, partners, event cards, and End year. */
export function budgetForm(input: BudgetFormInput): BudgetForm {
  const f = formatter(lang());
  const words = terms();
  const fields = new Map<string, Field>();
  const levers = input.levers.map((lever) => {
    const field = numberField(words.levers[lever].label, words.levers[lever].hint);
    fields.set(`lever:${lever}`, field);
    return [lever, field] as const;
  });
  const borrow =
    input.credit > 0
      ? numberField(
          t('budget.borrow'),
          t('budget.borrowHint', { credit: f.money(input.credit), rate: f.pct(input.loanRate) }),
        )
      : null;
  if (borrow) fields.set('borrow', borrow);
  const repay =
    input.debt > 0
      ? numberField(t('budget.repay'), t('budget.repayHint', { debt: f.money(input.debt) }))
      : null;
  if (repay) fields.set('repay', repay);

  const partnerError = h('p', {
    id: uid('partners-error'),
    class: 'field-error',
    attrs: { hidden: true },
  });
  const partnerBoxes = input.partnerIds.map((p) =>
    h('input', { attrs: { type: 'checkbox', value: p, checked: input.partners.includes(p) } }),
  );
  const partners = h(
    'fieldset',
    {
      class: 'choice-group partners',
      attrs: { hidden: true, 'aria-describedby': partnerError.id },
    },
    h('legend', { text: t('partners.legend') }),
    ...partnerBoxes.map((box, i) =>
      h(
        'label',
        { class: 'check' },
        box,
        h('span', { text: words.partners[input.partnerIds[i] ?? 'university'] }),
      ),
    ),
    partnerError,
  );
  fields.set('partners', { input: partnerBoxes[0] ?? partners, error: partnerError });

  const summary = h('output', {
    class: 'budget-summary',
    attrs: { 'aria-live': 'polite', tabindex: -1 },
  });
  const totalError = h('p', { class: 'field-error', attrs: { hidden: true } });
  fields.set('total', { input: summary, error: totalError });
  const formError = h('div', { class: 'form-error', attrs: { role: 'alert' } });

  const values = (): FormValues => ({
    levers: levers.map(([lever, field]) => [lever, field.input.value] as const),
    borrow: borrow?.input.value ?? '',
    repay: repay?.input.value ?? '',
    partners: partnerBoxes.filter((b) => b.checked).map((b) => b.value as PartnerId),
    answers: cards.answers(),
  });
  const optionCost = (eventId: string, optionId: string): number =>
    input.events.find((e) => e.id === eventId)?.options.find((o) => o.id === optionId)?.cost ?? 0;
  const refresh = (): void => {
    const v = values();
    const p = budgetPreview(input.cash, v, optionCost);
    summary.textContent = `${t('budget.summary', { planned: f.money(p.planned), available: f.money(p.available), left: f.money(p.left) })}${p.left < 0 ? ` ⚠ ${t('budget.over', { amount: f.money(-p.left) })}` : ''}`;
    summary.classList.toggle('over', p.left < 0);
    // Partners matter only when the ties lever is used.
    const ties = v.levers.find(([lever]) => lever === 'ties')?.[1] ?? '';
    partners.hidden = ties.trim() === '' || Number(ties) === 0;
  };
  const cards = eventCards(input.events, refresh);
  for (const [id, card] of cards.cards)
    fields.set(`event:${id}`, { input: card.first ?? card.group, error: card.error });

  const headingId = uid('budget');
  const element = h(
    'form',
    { class: 'panel budget-form', attrs: { 'aria-labelledby': headingId, novalidate: true } },
    h('h2', { id: headingId, text: t('budget.heading', { year: input.year }) }),
    h('p', { class: 'muted', text: t('budget.cashNow', { cash: f.money(input.cash) }) }),
    formError,
    h(
      'fieldset',
      { class: 'levers' },
      h('legend', { text: t('budget.levers') }),
      ...levers.map(([, field]) => field.wrap),
    ),
    borrow?.wrap ?? null,
    repay?.wrap ?? null,
    partners,
    cards.element,
    h(
      'div',
      { class: 'form-footer' },
      summary,
      totalError,
      h('button', {
        class: 'button button--primary',
        text: t('play.endYear', { year: input.year }),
        attrs: { type: 'submit' },
      }),
    ),
  );
  element.addEventListener('input', refresh);
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    input.onSubmit(values());
  });
  refresh();

  const clearErrors = (): void => {
    formError.replaceChildren();
    for (const field of fields.values()) {
      field.error.hidden = true;
      field.error.textContent = '';
      field.input.removeAttribute('aria-invalid');
    }
  };
  return {
    element,
    showError: (error) => {
      clearErrors();
      const message =
        lang() === 'en' ? error.message : `${words.errors[error.code]}（${error.message}）`;
      const where = fieldForPath(error.path);
      const key =
        where.kind === 'lever'
          ? `lever:${where.lever}`
          : where.kind === 'event'
            ? `event:${where.eventId}`
            : where.kind;
      const field = fields.get(key);
      formError.replaceChildren(
        h('p', {
          text: `${t('play.refused', { message })} ${field ? t('play.fixField') : ''}`.trim(),
        }),
      );
      if (!field) return;
      field.error.textContent = `⚠ ${message}`;
      field.error.hidden = false;
      field.input.setAttribute('aria-invalid', 'true');
      field.input.focus();
    },
  };
}
