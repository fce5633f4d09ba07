import { TEXT_SIZES, type Settings } from '../app/settings.js';
import { t } from '../i18n/i18n.js';
import { h, uid } from './dom.js';
import { trapFocus } from './focus-trap.js';

/**
 * The settings dialog: a native <dialog> (focus stays inside, Escape closes,
 * focus returns to the opener). Every change applies at once.
 */
export function settingsDialog(
  current: Settings,
  onChange: (next: Settings) => void,
): HTMLDialogElement {
  let settings = current;
  const update = (patch: Partial<Settings>): void => {
    settings = { ...settings, ...patch };
    onChange(settings);
  };
  const headingId = uid('settings');
  const toggle = (label: string, checked: boolean, set: (on: boolean) => void): HTMLElement =>
    h(
      'label',
      { class: 'switch' },
      h('input', {
        attrs: { type: 'checkbox', role: 'switch', checked },
        on: {
          change: (e) => {
            set((e.target as HTMLInputElement).checked);
          },
        },
      }),
      h('span', { text: label }),
    );
  const group = `text-size-${headingId}`;
  const sizes = h(
    'fieldset',
    { class: 'choice-group' },
    h('legend', { text: t('settings.textSize') }),
    ...TEXT_SIZES.map((size) =>
      h(
        'label',
        { class: 'radio' },
        h('input', {
          attrs: { type: 'radio', name: group, value: size, checked: settings.textSize === size },
          on: {
            change: () => {
              update({ textSize: size });
            },
          },
        }),
        h('span', { text: t(`settings.textSize.${size}`) }),
      ),
    ),
  );
  const dialog = h(
    'dialog',
    { class: 'dialog', attrs: { 'aria-labelledby': headingId } },
    h('h2', { id: headingId, text: t('settings.heading') }),
    toggle(t('settings.sound'), settings.sound, (sound) => {
      update({ sound });
    }),
    toggle(t('settings.reducedMotion'), settings.reducedMotion, (reducedMotion) => {
      update({ reducedMotion });
    }),
    sizes,
    h(
      'form',
      { attrs: { method: 'dialog' } },
      h('button', { class: 'button', text: t('settings.done') }),
    ),
  );
  trapFocus(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
  });
  return dialog;
}
