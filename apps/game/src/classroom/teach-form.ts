import type { Scenario } from '@smile-curve/domain';
import { localized, t } from '../i18n/i18n.js';
import type { NewClass, Visibility } from '../net/classroom.js';
import { h, uid } from '../ui/dom.js';

const VISIBILITIES: readonly Visibility[] = ['all', 'top10', 'self'];
const MAX_SEED = 0xffff_ffff;

export interface TeachFormInput {
  readonly scenarios: readonly Scenario[];
  /** Creates the class; resolves to an error message, or null when it worked. */
  readonly onCreate: (input: NewClass) => Promise<string | null>;
}

function labelled(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = uid('teach');
  control.id = id;
  if (hint !== undefined) control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id }, text: label }),
    hint === undefined ? null : h('p', { id: `${id}-hint`, class: 'hint', text: hint }),
    control,
  );
}

/** A new competition: title, scenario, seed (random or fixed), visibility, optional end time. */
export function teachForm(input: TeachFormInput): HTMLElement {
  const title = h('input', { attrs: { type: 'text', maxlength: 80, autocomplete: 'off' } });
  const scenario = h(
    'select',
    {},
    ...input.scenarios.map((s) =>
      h('option', { text: localized(s.title), attrs: { value: s.id } }),
    ),
  );
  const seedName = uid('seed');
  const radio = (value: 'random' | 'fixed', text: string, checked: boolean): HTMLElement =>
    h(
      'label',
      { class: 'radio' },
      h('input', { attrs: { type: 'radio', name: seedName, value, checked } }),
      h('span', { text }),
    );
  const seedValue = h('input', {
    attrs: { type: 'number', min: 0, max: MAX_SEED, step: 1, inputmode: 'numeric' },
  });
  const seed = h(
    'fieldset',
    {},
    h('legend', { text: t('teach.form.seed') }),
    radio('random', t('teach.form.seedRandom'), true),
    radio('fixed', t('teach.form.seedFixed'), false),
    labelled(t('teach.form.seedValue'), seedValue),
  );
  const visibility = h(
    'select',
    {},
    ...VISIBILITIES.map((v) => h('option', { text: t(`teach.vis.${v}`), attrs: { value: v } })),
  );
  const closesAt = h('input', { attrs: { type: 'datetime-local' } });
  const status = h('p', { class: 'status-line', attrs: { role: 'status' } });
  const submit = h('button', {
    class: 'button button--primary',
    text: t('teach.form.create'),
    attrs: { type: 'submit' },
  });
  const form = h(
    'form',
    { class: 'cf-form panel', attrs: { novalidate: true, 'aria-label': t('teach.form.heading') } },
    h('h2', { text: t('teach.form.heading') }),
    labelled(t('teach.form.title'), title, t('teach.form.titleHint')),
    labelled(t('teach.form.scenario'), scenario),
    seed,
    labelled(t('teach.form.visibility'), visibility),
    labelled(t('teach.form.closesAt'), closesAt, t('teach.form.closesAtHint')),
    submit,
    status,
  );
  const refuse = (el: HTMLElement, message: string): void => {
    el.setAttribute('aria-invalid', 'true');
    status.textContent = message;
    el.focus();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    for (const el of [title, seedValue, closesAt]) el.removeAttribute('aria-invalid');
    const name = title.value.trim();
    if (name === '') {
      refuse(title, t('teach.form.needTitle'));
      return;
    }
    const fixed = form.querySelector<HTMLInputElement>(`input[name="${seedName}"]:checked`);
    let seedNumber: number | undefined;
    if (fixed?.value === 'fixed') {
      seedNumber = Number(seedValue.value);
      if (
        seedValue.value.trim() === '' ||
        !Number.isInteger(seedNumber) ||
        seedNumber < 0 ||
        seedNumber > MAX_SEED
      ) {
        refuse(seedValue, t('teach.form.badSeed', { max: MAX_SEED }));
        return;
      }
    }
    let end: string | undefined;
    if (closesAt.value !== '') {
      const when = new Date(closesAt.value);
      if (Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
        refuse(closesAt, t('teach.form.badTime'));
        return;
      }
      end = when.toISOString();
    }
    submit.disabled = true;
    status.textContent = t('teach.form.creating');
    const chosen = VISIBILITIES.find((v) => v === visibility.value) ?? 'all';
    void input
      .onCreate({
        title: name,
        scenarioId: scenario.value,
        visibility: chosen,
        ...(seedNumber === undefined ? {} : { seed: seedNumber }),
        ...(end === undefined ? {} : { closesAt: end }),
      })
      .then((problem) => {
        submit.disabled = false;
        if (problem !== null) status.textContent = problem;
      });
  });
  return form;
}
