import { t } from '../i18n/i18n.js';
import { deleteClass, type Teacher } from '../net/classroom.js';
import { problemText } from '../net/leaderboard.js';
import { h, uid } from '../ui/dom.js';
import { trapFocus } from '../ui/focus-trap.js';

/**
 * Deleting a class from the teacher's dashboard: a danger zone with one
 * button, and a modal dialog (native <dialog>, focus kept inside, Escape
 * cancels) where the teacher types the class code to confirm — the same
 * confirmation the server asks for.
 */

/** The dashboard's last section: what deleting does, and the button that asks. */
export function dangerZone(onDelete: () => void): HTMLElement {
  const id = uid('danger');
  const button = h('button', {
    class: 'button button--danger',
    text: t('teach.delete'),
    attrs: { type: 'button', 'aria-haspopup': 'dialog' },
    on: {
      click: () => {
        onDelete();
      },
    },
  });
  return h(
    'section',
    { class: 'panel danger-zone', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: t('teach.danger.heading') }),
    h('p', { text: t('teach.danger.text') }),
    button,
  );
}

export interface DeleteClassDialogInput {
  readonly code: string;
  readonly title: string;
  /** Deletes the class with the typed confirmation; resolves to an error message, or null when it worked. */
  readonly onDelete: (confirm: string) => Promise<string | null>;
  /** Runs once the class is deleted and the dialog has closed. */
  readonly onDeleted: () => void;
}

/** Typed as the server reads a code: spaces around and lower case do not matter. */
const asCode = (typed: string): string => typed.trim().toUpperCase();

/** Opens the confirmation dialog; the first thing focused is the code field. */
export function openDeleteClassDialog(input: DeleteClassDialogInput): HTMLDialogElement {
  const headingId = uid('delete');
  const fieldId = uid('delete-code');
  const statusId = `${fieldId}-status`;
  const code = h('input', {
    id: fieldId,
    attrs: {
      type: 'text',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: 16,
      'aria-describedby': statusId,
    },
  });
  const status = h('p', { id: statusId, class: 'field-error', attrs: { role: 'status' } });
  const submit = h('button', {
    class: 'button button--danger',
    text: t('teach.delete.submit'),
    attrs: { type: 'submit' },
  });
  const cancel = h('button', {
    class: 'button',
    text: t('teach.delete.cancel'),
    attrs: { type: 'button' },
  });
  const form = h(
    'form',
    { attrs: { novalidate: true } },
    h(
      'div',
      { class: 'field' },
      h('label', {
        attrs: { for: fieldId },
        text: t('teach.delete.confirmLabel', { code: input.code }),
      }),
      code,
      status,
    ),
    h('div', { class: 'dialog-actions' }, cancel, submit),
  );
  const dialog = h(
    'dialog',
    { class: 'dialog delete-dialog', attrs: { 'aria-labelledby': headingId } },
    h('h2', { id: headingId, text: t('teach.delete.heading', { title: input.title }) }),
    h('p', { class: 'warning', text: t('teach.delete.explain', { code: input.code }) }),
    form,
  );
  let deleted = false;
  cancel.addEventListener('click', () => {
    dialog.close();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const typed = asCode(code.value);
    if (typed !== input.code) {
      code.setAttribute('aria-invalid', 'true');
      status.textContent = t('teach.delete.mismatch', { code: input.code });
      code.focus();
      return;
    }
    code.removeAttribute('aria-invalid');
    submit.disabled = true;
    status.textContent = t('teach.delete.deleting');
    void input.onDelete(typed).then((problem) => {
      if (problem === null) {
        deleted = true;
        dialog.close();
        return;
      }
      submit.disabled = false;
      status.textContent = problem;
    });
  });
  trapFocus(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (deleted) input.onDeleted();
  });
  const layer = document.getElementById('ui') ?? document.body;
  layer.append(dialog);
  dialog.showModal();
  code.focus();
  return dialog;
}

/** The danger zone of this teacher's class, wired to the server; `title` is read when the dialog opens. */
export function deleteClassZone(
  teacher: Teacher,
  title: () => string,
  onDeleted: () => void,
): HTMLElement {
  return dangerZone(() => {
    openDeleteClassDialog({
      code: teacher.code,
      title: title(),
      onDelete: async (confirm) => {
        const result = await deleteClass(teacher, confirm);
        return result.ok ? null : t('teach.failed', { problem: problemText(result.problem) });
      },
      onDeleted,
    });
  });
}
