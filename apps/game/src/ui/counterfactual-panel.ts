import type {
  ArchetypeName,
  Decision,
  GameState,
  LeverId,
  ScoreBreakdown,
} from '@smile-curve/domain';
import { formatter } from '../i18n/format.js';
import { lang, t } from '../i18n/i18n.js';
import { terms } from '../i18n/terms.js';
import type { Continuation, CounterfactualResult } from '../view-models/counterfactual.js';
import { parseAmount } from '../view-models/decision-form.js';
import { scoreRows } from '../view-models/debrief-view.js';
import { h, uid } from './dom.js';

export interface CounterfactualPanelInput {
  readonly years: readonly number[];
  readonly decisions: readonly Decision[];
  readonly levers: readonly LeverId[];
  readonly bots: readonly ArchetypeName[];
  readonly yours: { readonly state: GameState; readonly score: ScoreBreakdown };
  run(turn: number, lever: LeverId, amount: number, rest: Continuation): CounterfactualResult;
  onResult(result: Extract<CounterfactualResult, { ok: true }>): void;
}

function select(
  label: string,
  options: readonly (readonly [string, string])[],
): { wrap: HTMLElement; el: HTMLSelectElement } {
  const id = uid('cf');
  const el = h(
    'select',
    { id },
    ...options.map(([value, text]) => h('option', { text, attrs: { value } })),
  );
  return {
    wrap: h('div', { class: 'field' }, h('label', { attrs: { for: id }, text: label }), el),
    el,
  };
}

function statusText(state: GameState): string {
  return state.status === 'bankrupt'
    ? t('status.bankrupt', { year: state.year - 1 })
    : t(`status.${state.status}`);
}

/** Pick a year, change one amount, replay the rest, compare the scores side by side. */
export function counterfactualPanel(input: CounterfactualPanelInput): HTMLElement {
  const f = formatter(lang());
  const words = terms();
  const year = select(
    t('cf.year'),
    input.years.map((y, i) => [String(i), String(y)] as const),
  );
  const lever = select(
    t('cf.lever'),
    input.levers.map((l) => [l, words.levers[l].label] as const),
  );
  const amountId = uid('cf-amount');
  const hint = h('p', { id: `${amountId}-hint`, class: 'hint' });
  const error = h('p', { id: `${amountId}-error`, class: 'field-error', attrs: { hidden: true } });
  const amount = h('input', {
    id: amountId,
    attrs: {
      type: 'number',
      inputmode: 'numeric',
      min: 0,
      step: 1,
      'aria-describedby': `${amountId}-hint ${amountId}-error`,
    },
  });
  const group = uid('cf-rest');
  const restMine = h('input', {
    attrs: { type: 'radio', name: group, value: 'mine', checked: true },
  });
  const restBot = h('input', { attrs: { type: 'radio', name: group, value: 'bot' } });
  const bot = select(
    t('cf.bot'),
    input.bots.map((b) => [b, t(`bot.${b}`)] as const),
  );
  bot.el.disabled = true;
  const result = h('div', { class: 'cf-result', attrs: { 'aria-live': 'polite' } });

  const spentThen = (): number => {
    const decision = input.decisions[Number(year.el.value)];
    return decision?.spend[lever.el.value] ?? 0;
  };
  const prefill = (): void => {
    const spent = spentThen();
    hint.textContent = t('cf.amountWas', { amount: f.money(spent) });
    amount.value = String(spent);
  };
  year.el.addEventListener('change', prefill);
  lever.el.addEventListener('change', prefill);
  for (const radio of [restMine, restBot]) {
    radio.addEventListener('change', () => {
      bot.el.disabled = !restBot.checked;
    });
  }
  prefill();

  const compare = (ok: Extract<CounterfactualResult, { ok: true }>): HTMLElement => {
    const mine = scoreRows(input.yours.score, lang());
    const theirs = scoreRows(ok.score, lang());
    const diff = ok.score.total - input.yours.score.total;
    const row = (label: string, a: string, b: string): HTMLElement =>
      h(
        'tr',
        {},
        h('th', { text: label, attrs: { scope: 'row' } }),
        h('td', { class: 'num', text: a }),
        h('td', { class: 'num', text: b }),
      );
    return h(
      'div',
      {},
      h('p', {
        class: 'cf-verdict',
        text:
          diff > 0
            ? t('cf.better', { n: diff })
            : diff < 0
              ? t('cf.worse', { n: -diff })
              : t('cf.same'),
      }),
      ok.fallbackYears.length > 0
        ? h('p', { class: 'hint', text: t('cf.fallback', { years: ok.fallbackYears.join(', ') }) })
        : null,
      h(
        'table',
        { class: 'cf-table' },
        h('caption', { text: t('cf.compare') }),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { text: t('cf.measure'), attrs: { scope: 'col' } }),
            h('th', { class: 'num', text: t('cf.yours'), attrs: { scope: 'col' } }),
            h('th', { class: 'num', text: t('cf.theirs'), attrs: { scope: 'col' } }),
          ),
        ),
        h(
          'tbody',
          {},
          ...mine.map((r, i) => row(r.label, String(r.points), String(theirs[i]?.points ?? ''))),
          row(t('cf.status'), statusText(input.yours.state), statusText(ok.state)),
          row(
            t('cf.finalMode'),
            words.modes[input.yours.state.firm.mode].name,
            words.modes[ok.state.firm.mode].name,
          ),
          row(
            t('cf.finalShare'),
            f.pct(input.yours.state.last?.valueAddedShare ?? 0),
            f.pct(ok.state.last?.valueAddedShare ?? 0),
          ),
          row(
            t('cf.profit'),
            f.money(input.yours.state.totals.profit),
            f.money(ok.state.totals.profit),
          ),
          row(t('cf.cash'), f.money(input.yours.state.firm.cash), f.money(ok.state.firm.cash)),
        ),
      ),
    );
  };

  const form = h(
    'form',
    { class: 'cf-form', attrs: { novalidate: true } },
    year.wrap,
    lever.wrap,
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: amountId }, text: t('cf.amount') }),
      hint,
      amount,
      error,
    ),
    h(
      'fieldset',
      { class: 'choice-group' },
      h('legend', { text: t('cf.rest') }),
      h('label', { class: 'radio' }, restMine, h('span', { text: t('cf.rest.mine') })),
      h('label', { class: 'radio' }, restBot, h('span', { text: t('cf.rest.bot') })),
      bot.wrap,
    ),
    h('button', { class: 'button button--primary', text: t('cf.run'), attrs: { type: 'submit' } }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    error.hidden = true;
    amount.removeAttribute('aria-invalid');
    const rest: Continuation = restBot.checked ? (bot.el.value as ArchetypeName) : 'mine';
    const outcome = input.run(
      Number(year.el.value),
      lever.el.value as LeverId,
      parseAmount(amount.value),
      rest,
    );
    if (!outcome.ok) {
      const message =
        lang() === 'en'
          ? outcome.error.message
          : `${words.errors[outcome.error.code]}（${outcome.error.message}）`;
      error.textContent = `⚠ ${message}`;
      error.hidden = false;
      amount.setAttribute('aria-invalid', 'true');
      amount.focus();
      result.replaceChildren();
      return;
    }
    result.replaceChildren(compare(outcome));
    input.onResult(outcome);
  });
  const headingId = uid('cf-heading');
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': headingId } },
    h('h2', { id: headingId, text: t('cf.heading') }),
    h('p', { text: t('cf.intro') }),
    h('p', { class: 'hint', text: t('cf.adapted') }),
    form,
    result,
  );
}
