import { tl } from '../i18n/learn.js';
import { h, uid } from '../ui/dom.js';
import { CORRECT, STEP_TEXT, isRight, type StepId } from './learn-steps.js';

/**
 * A step's check question: three radios, a Check button and feedback that
 * says right or wrong in words and a symbol (never colour alone), announced politely.
 */
export function checkQuestion(
  step: StepId,
  previous: number | undefined,
  onAnswer: (answer: number) => void,
): HTMLElement {
  const name = uid(`q-${step}`);
  const feedback = h('p', { class: 'feedback', attrs: { role: 'status' } });
  const text = STEP_TEXT[step];
  const options = text.answers.map((_, i) =>
    h('input', {
      attrs: { type: 'radio', name, value: i, checked: previous === i },
    }),
  );
  const show = (answer: number): void => {
    const right = isRight(step, answer);
    feedback.className = right ? 'feedback feedback--right' : 'feedback feedback--wrong';
    const correct = tl(text.answers[CORRECT[step]]);
    feedback.textContent = `${tl(right ? 'learn.right' : 'learn.wrong')} ${
      right ? '' : `${correct}. `
    }${tl(text.why)}`;
  };
  const form = h(
    'form',
    {
      class: 'check-question',
      on: {
        submit: (e) => {
          e.preventDefault();
          const chosen = options.findIndex((o) => o.checked);
          if (chosen < 0) {
            feedback.className = 'feedback';
            feedback.textContent = tl('learn.pick');
            return;
          }
          show(chosen);
          onAnswer(chosen);
        },
      },
    },
    h(
      'fieldset',
      {},
      h('legend', { text: `${tl('learn.question')}: ${tl(text.q)}` }),
      ...text.answers.map((key, i) =>
        h('label', { class: 'radio' }, options[i], h('span', { text: tl(key) })),
      ),
    ),
    h('button', { class: 'button', text: tl('learn.check'), attrs: { type: 'submit' } }),
    feedback,
  );
  if (previous !== undefined) show(previous);
  return form;
}
