import { t } from '../i18n/i18n.js';
import { h, uid } from '../ui/dom.js';

type JoinOutcome = { ok: true } | { ok: false; message: string; suggestion: string | null };

export interface JoinFormInput {
  /** The code from the /join/CODE link, or null to type it. */
  readonly code: string | null;
  readonly onJoin: (input: { code: string; nickname: string }) => Promise<JoinOutcome>;
}

const CODE = /^[A-Za-z0-9]{6}$/;

function field(
  label: string,
  hint: string,
  input: HTMLInputElement,
): { element: HTMLElement; input: HTMLInputElement } {
  const id = uid('join');
  input.id = id;
  input.setAttribute('aria-describedby', `${id}-hint`);
  return {
    element: h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: id }, text: label }),
      h('p', { id: `${id}-hint`, class: 'hint', text: hint }),
      input,
    ),
    input,
  };
}

/** The join form: class code and nickname; a taken nickname offers the server's suggestion. */
export function joinForm(input: JoinFormInput): {
  element: HTMLElement;
  showProblem: (message: string) => void;
} {
  const code = field(
    t('join.code'),
    t('join.codeHint'),
    h('input', {
      attrs: {
        type: 'text',
        maxlength: 6,
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: 'false',
        value: input.code ?? '',
        class: 'join-code-input',
      },
    }),
  );
  const nickname = field(
    t('join.nickname'),
    t('join.nicknameHint'),
    h('input', { attrs: { type: 'text', maxlength: 24, autocomplete: 'nickname' } }),
  );
  const status = h('p', { class: 'status-line', attrs: { role: 'status' } });
  const suggestion = h('div', { class: 'lang-switch' });
  const submit = h('button', {
    class: 'button button--primary',
    text: t('join.submit'),
    attrs: { type: 'submit' },
  });
  const form = h(
    'form',
    { class: 'cf-form panel', attrs: { novalidate: true } },
    code.element,
    nickname.element,
    submit,
    status,
    suggestion,
  );
  const invalid = (el: HTMLInputElement, message: string): void => {
    el.setAttribute('aria-invalid', 'true');
    status.textContent = message;
    el.focus();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    suggestion.replaceChildren();
    code.input.removeAttribute('aria-invalid');
    nickname.input.removeAttribute('aria-invalid');
    const codeValue = code.input.value.trim().toUpperCase();
    const name = nickname.input.value.trim();
    if (!CODE.test(codeValue)) {
      invalid(code.input, t('join.needCode'));
      return;
    }
    if (name === '') {
      invalid(nickname.input, t('join.needNickname'));
      return;
    }
    submit.disabled = true;
    status.textContent = t('join.joining');
    void input.onJoin({ code: codeValue, nickname: name }).then((outcome) => {
      submit.disabled = false;
      if (outcome.ok) return;
      status.textContent = outcome.message;
      const offered = outcome.suggestion;
      if (offered !== null) {
        nickname.input.setAttribute('aria-invalid', 'true');
        suggestion.append(
          h('button', {
            class: 'button',
            text: t('join.useSuggestion', { suggestion: offered }),
            attrs: { type: 'button' },
            on: {
              click: () => {
                nickname.input.value = offered;
                nickname.input.removeAttribute('aria-invalid');
                suggestion.replaceChildren();
                nickname.input.focus();
              },
            },
          }),
        );
      }
    });
  });
  return {
    element: form,
    showProblem: (message) => {
      status.textContent = message;
    },
  };
}
