import { h, uid } from '../ui/dom.js';

/** A labelled slider; `valueText` says what the value means (read by screen readers too). */
export function slider(spec: {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly value: number;
  readonly valueText: (value: number) => string;
  readonly onInput: (value: number) => void;
}): HTMLElement {
  const id = uid('slider');
  const output = h('output', { attrs: { for: id }, text: spec.valueText(spec.value) });
  const input = h('input', {
    id,
    attrs: {
      type: 'range',
      min: spec.min,
      max: spec.max,
      step: 1,
      value: spec.value,
      'aria-valuetext': spec.valueText(spec.value),
    },
    on: {
      input: () => {
        const v = Number(input.value);
        const text = spec.valueText(v);
        input.setAttribute('aria-valuetext', text);
        output.textContent = text;
        spec.onInput(v);
      },
    },
  });
  return h(
    'div',
    { class: 'learn-control' },
    h('label', { attrs: { for: id }, text: spec.label }),
    input,
    output,
  );
}

/** A checkbox with its label. */
export function checkbox(
  label: string,
  checked: boolean,
  onChange: (on: boolean) => void,
): HTMLElement {
  return h(
    'label',
    { class: 'check' },
    h('input', {
      attrs: { type: 'checkbox', checked },
      on: {
        change: (e) => {
          onChange((e.target as HTMLInputElement).checked);
        },
      },
    }),
    h('span', { text: label }),
  );
}

/** A group of radios under a legend. */
export function radios<T extends string>(spec: {
  readonly legend: string;
  readonly options: readonly (readonly [T, string])[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}): HTMLElement {
  const name = uid('choice');
  return h(
    'fieldset',
    { class: 'choice-group' },
    h('legend', { text: spec.legend }),
    ...spec.options.map(([value, label]) =>
      h(
        'label',
        { class: 'radio' },
        h('input', {
          attrs: { type: 'radio', name, value, checked: value === spec.value },
          on: {
            change: () => {
              spec.onChange(value);
            },
          },
        }),
        h('span', { text: label }),
      ),
    ),
  );
}

/** The live readout under a step's controls: updated as they move, announced politely. */
export function readout(): HTMLParagraphElement {
  return h('p', { class: 'learn-readout', attrs: { 'aria-live': 'polite' } });
}
