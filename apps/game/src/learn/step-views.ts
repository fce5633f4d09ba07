import { MODES, type Mode, type PartnerId } from '@smile-curve/domain';
import type { Fmt } from '../i18n/format.js';
import { tl } from '../i18n/learn.js';
import type { Terms } from '../i18n/terms.js';
import { h } from '../ui/dom.js';
import { smileImage } from './learn-charts.js';
import { LESSON_EFFORT, type LearnModel } from './learn-model.js';
import { checkbox, radios, readout, slider } from './step-controls.js';

export interface StepContext {
  readonly model: LearnModel;
  readonly f: Fmt;
  readonly words: Terms;
}

const para = (text: string): HTMLElement => h('p', { text });

/** Step 1: drag the firm along the smile curve and watch its stage's value added. */
export function smileStep({ model, f, words }: StepContext): HTMLElement {
  const { image, move } = smileImage(model.curve(60), tl('s1.chart'), [
    [0, words.stages.rnd],
    [0.5, words.stages.assembly],
    [1, words.stages.brandServices],
  ]);
  const out = readout();
  const update = (v: number): void => {
    const p = model.smile(v / 60);
    move(p.x, p.margin);
    out.textContent = tl('s1.readout', {
      stage: words.stages[p.stage],
      margin: f.pct(p.margin),
      share: f.pct(p.stageShare),
    });
  };
  const control = slider({
    label: tl('s1.slider'),
    min: 0,
    max: 60,
    value: 30,
    valueText: (v) => `${f.num(v / 60, 2)} · ${words.stages[model.smile(v / 60).stage]}`,
    onInput: update,
  });
  update(30);
  return h('div', {}, para(tl('s1.body')), image, control, out);
}

/** Step 3: years of pure OEM work against the lock-in risk. */
export function lockInStep({ model, f, words }: StepContext): HTMLElement {
  let years = 2;
  let mode: Mode = 'OEM';
  const out = readout();
  const update = (): void => {
    const v = model.lockIn(years, mode);
    out.textContent = tl('s3.readout', {
      risk: f.pct(v.risk, 0),
      state: tl(v.lockedIn ? 's3.locked' : 's3.free'),
      share: f.pct(v.capturedShare),
    });
    out.classList.toggle('learn-readout--alert', v.lockedIn);
  };
  update();
  return h(
    'div',
    {},
    para(tl('s3.body')),
    slider({
      label: tl('s3.years'),
      min: 0,
      max: 12,
      value: years,
      valueText: (v) => f.num(v, 0),
      onInput: (v) => {
        years = v;
        update();
      },
    }),
    radios({
      legend: tl('s3.mode'),
      options: MODES.map((m) => [m, words.modes[m].name] as const),
      value: mode,
      onChange: (m) => {
        mode = m;
        update();
      },
    }),
    out,
  );
}

const GIC_PARTNERS: readonly PartnerId[] = ['university', 'institute', 'mncRnd', 'hkMacao'];

/** Step 4: ties widen the knowledge within reach; past matches make searching cheaper. */
export function gicStep({ model, f, words }: StepContext): HTMLElement {
  const chosen = new Set<PartnerId>(['university']);
  let matches = 0;
  const out = readout();
  const update = (): void => {
    const v = model.gic([...chosen], matches);
    out.textContent = tl('s4.readout', {
      reach: f.num(v.reachable, 1),
      effort: f.money(LESSON_EFFORT),
      chance: f.pct(v.matchChance, 0),
    });
  };
  update();
  return h(
    'div',
    {},
    para(tl('s4.body')),
    h(
      'fieldset',
      { class: 'choice-group' },
      h('legend', { text: tl('s4.partners') }),
      ...GIC_PARTNERS.map((p) =>
        checkbox(words.partners[p], chosen.has(p), (on) => {
          if (on) chosen.add(p);
          else chosen.delete(p);
          update();
        }),
      ),
    ),
    slider({
      label: tl('s4.matches'),
      min: 0,
      max: 6,
      value: matches,
      valueText: (v) => f.num(v, 0),
      onInput: (v) => {
        matches = v;
        update();
      },
    }),
    out,
  );
}

/** Step 5: the same spillover, absorbed with or without training and own R&D. */
export function absorbStep({ model, f }: StepContext): HTMLElement {
  let training = false;
  let ownRnd = false;
  const out = readout();
  const update = (): void => {
    const v = model.absorb(training, ownRnd);
    out.textContent = tl('s5.readout', {
      spillover: f.num(v.spillover, 1),
      capacity: f.num(v.capacity, 2),
      absorbed: f.num(v.absorbed, 1),
    });
  };
  update();
  return h(
    'div',
    {},
    para(tl('s5.body')),
    checkbox(tl('s5.training'), training, (on) => {
      training = on;
      update();
    }),
    checkbox(tl('s5.rnd'), ownRnd, (on) => {
      ownRnd = on;
      update();
    }),
    out,
  );
}
