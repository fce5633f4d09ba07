import { app } from '../app/app-state.js';
import { domain } from '../domain-runtime.js';
import { formatter } from '../i18n/format.js';
import { lang } from '../i18n/i18n.js';
import { tl } from '../i18n/learn.js';
import { terms } from '../i18n/terms.js';
import { checkQuestion } from '../learn/check-question.js';
import { learnModel, type LearnModel } from '../learn/learn-model.js';
import { STEP_IDS, STEP_TEXT, rightCount, type StepId } from '../learn/learn-steps.js';
import { guangdongStep, illusionStep, teardownStep } from '../learn/step-figures.js';
import {
  absorbStep,
  gicStep,
  lockInStep,
  smileStep,
  type StepContext,
} from '../learn/step-views.js';
import { h, screenHeading, uid } from '../ui/dom.js';
import { openGlossary } from '../ui/glossary-dialog.js';
import { ScreenScene } from './screen-scene.js';

const VIEWS: Record<StepId, (ctx: StepContext) => HTMLElement> = {
  s1: smileStep,
  s2: teardownStep,
  s3: lockInStep,
  s4: gicStep,
  s5: absorbStep,
  s6: illusionStep,
  s7: guangdongStep,
};

/**
 * Learn mode: seven short steps, each ending with a check question. The
 * numbers come from the domain's mechanisms (learn/learn-model.ts); this
 * scene only lays out the DOM and moves between steps.
 */
export class Learn extends ScreenScene {
  private step = 0;
  private answers: Partial<Record<StepId, number>> = {};
  private model: LearnModel | null = null;

  constructor() {
    super('Learn');
  }

  protected build(): void {
    this.step = 0;
    this.answers = {};
    this.model = learnModel(domain());
    this.render();
    this.ready();
  }

  private render(): void {
    const heading = screenHeading(1, tl('learn.heading'));
    const glossary = h('button', {
      class: 'button button--quiet',
      text: tl('learn.glossary'),
      attrs: { type: 'button', 'aria-haspopup': 'dialog' },
      on: {
        click: () => {
          openGlossary();
        },
      },
    });
    const id = STEP_IDS[this.step];
    const body = id ? this.stepView(id) : this.doneView();
    const screen = this.page(heading, h('div', { class: 'learn-tools' }, glossary), body.section);
    screen.classList.add('screen--learn');
    this.mount(screen, this.step === 0 && id ? heading : body.focus);
  }

  private go$(step: number): void {
    this.step = step;
    this.render();
  }

  private stepView(id: StepId): { section: HTMLElement; focus: HTMLElement } {
    const model = this.model;
    if (!model) throw new Error('Learn has no model before build()');
    const ctx: StepContext = { model, f: formatter(lang()), words: terms() };
    const title = screenHeading(2, tl(STEP_TEXT[id].title));
    title.id = uid('learn-step');
    const last = this.step === STEP_IDS.length - 1;
    const nav = h(
      'div',
      { class: 'learn-nav' },
      this.step > 0
        ? h('button', {
            class: 'button',
            text: tl('learn.prev'),
            attrs: { type: 'button' },
            on: {
              click: () => {
                this.go$(this.step - 1);
              },
            },
          })
        : null,
      h('button', {
        class: 'button button--primary',
        text: tl(last ? 'learn.finish' : 'learn.next'),
        attrs: { type: 'button' },
        on: {
          click: () => {
            this.go$(this.step + 1);
          },
        },
      }),
    );
    const section = h(
      'section',
      { class: 'panel learn-step', attrs: { 'aria-labelledby': title.id } },
      this.step === 0 ? h('p', { class: 'muted', text: tl('learn.intro') }) : null,
      h(
        'p',
        { class: 'learn-progress' },
        tl('learn.progress', { n: this.step + 1, total: STEP_IDS.length }),
        h('progress', {
          attrs: {
            max: STEP_IDS.length,
            value: this.step + 1,
            'aria-label': tl('learn.steps'),
          },
        }),
      ),
      title,
      VIEWS[id](ctx),
      checkQuestion(id, this.answers[id], (answer) => {
        this.answers[id] = answer;
      }),
      nav,
    );
    return { section, focus: title };
  }

  private doneView(): { section: HTMLElement; focus: HTMLElement } {
    const title = screenHeading(2, tl('learn.done.heading'));
    const section = h(
      'section',
      { class: 'panel learn-step' },
      title,
      h('p', {
        text: tl('learn.done.score', {
          right: rightCount(this.answers),
          total: STEP_IDS.length,
        }),
      }),
      h(
        'div',
        { class: 'learn-nav' },
        h('button', {
          class: 'button',
          text: tl('learn.done.again'),
          attrs: { type: 'button' },
          on: {
            click: () => {
              this.answers = {};
              this.go$(0);
            },
          },
        }),
        h('button', {
          class: 'button button--primary',
          text: tl('learn.done.play'),
          attrs: { type: 'button' },
          on: {
            click: () => {
              app().choice = { kind: 'solo' };
              this.go('ScenarioChoice');
            },
          },
        }),
      ),
    );
    return { section, focus: title };
  }
}
