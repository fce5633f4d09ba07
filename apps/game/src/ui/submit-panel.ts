import type { KeyValueStore } from '../app/storage.js';
import { t } from '../i18n/i18n.js';
import { fetchRun, flushRuns, problemText, queueEvents } from '../net/leaderboard.js';
import { enqueue, findRun, type QueuedRun } from '../net/submit-queue.js';
import { h, uid } from './dom.js';

const NICKNAME_KEY = 'smile-curve:nickname';

export interface SubmitPanelInput {
  readonly run: Omit<QueuedRun, 'status' | 'nickname'>;
  readonly store: KeyValueStore;
  /** Replays a stored run in the browser; its score, or null if it does not replay. */
  readonly replayScore: (run: {
    scenarioId: string;
    seed: number;
    decisions: unknown[];
  }) => number | null;
  readonly onOpenBoard: () => void;
}

/**
 * Submit a finished run: it goes into the queue in localStorage first, then
 * to the server, so a run finished offline is sent when the server answers.
 * The status line says where it stands; "Verify" replays the stored run here.
 */
export function submitPanel(input: SubmitPanelInput): {
  element: HTMLElement;
  dispose: () => void;
} {
  const nicknameId = uid('nickname');
  const nickname = h('input', {
    id: nicknameId,
    attrs: {
      type: 'text',
      maxlength: 24,
      autocomplete: 'nickname',
      'aria-describedby': `${nicknameId}-hint`,
      value: input.store.getItem(NICKNAME_KEY) ?? '',
    },
  });
  const status = h('p', { class: 'status-line', attrs: { role: 'status' } });
  const actions = h('div', { class: 'lang-switch' });
  const button = (text: string, onClick: () => void, primary = false): HTMLButtonElement =>
    h('button', {
      class: primary ? 'button button--primary' : 'button',
      text,
      attrs: { type: 'button' },
      on: { click: onClick },
    });

  const form = h(
    'form',
    { class: 'cf-form', attrs: { novalidate: true } },
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: nicknameId }, text: t('submit.nickname') }),
      h('p', { id: `${nicknameId}-hint`, class: 'hint', text: t('submit.nicknameHint') }),
      nickname,
    ),
    h('button', {
      class: 'button button--primary',
      text: t('submit.button'),
      attrs: { type: 'submit' },
    }),
  );

  const render = (): void => {
    const entry = findRun(input.store, input.run.runId);
    form.hidden = entry?.status === 'sent' || entry?.status === 'queued';
    actions.replaceChildren();
    if (!entry) {
      status.textContent = '';
      return;
    }
    if (entry.status === 'queued') {
      status.textContent = t('submit.queued', { problem: entry.problem ?? '' }).trim();
      actions.append(button(t('submit.retry'), () => void send()));
    } else if (entry.status === 'sent' && entry.result) {
      status.textContent = t('submit.sent', {
        nickname: entry.nickname,
        rank: entry.result.rank ?? '—',
        size: entry.result.boardSize,
        score: entry.result.score,
      });
      actions.append(
        button(t('submit.verify'), () => void verify()),
        button(t('submit.openBoard'), input.onOpenBoard),
      );
    } else {
      status.textContent = t('submit.refused', { problem: entry.problem ?? '' });
    }
  };

  const send = async (): Promise<void> => {
    status.textContent = t('submit.sending');
    await flushRuns(input.store);
    render();
  };

  const verify = async (): Promise<void> => {
    status.textContent = t('submit.verifying');
    const stored = await fetchRun(input.run.runId);
    const entry = findRun(input.store, input.run.runId);
    if (!stored.ok || !entry?.result) {
      status.textContent = stored.ok ? '' : problemText(stored.problem);
      return;
    }
    const replayed = input.replayScore(stored.value);
    status.textContent =
      replayed === entry.result.score && stored.value.score === replayed
        ? t('submit.verified', { score: replayed })
        : t('submit.mismatch', { theirs: replayed ?? '—', ours: entry.result.score });
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = nickname.value.trim();
    if (name === '') {
      status.textContent = t('submit.needNickname');
      nickname.setAttribute('aria-invalid', 'true');
      nickname.focus();
      return;
    }
    nickname.removeAttribute('aria-invalid');
    input.store.setItem(NICKNAME_KEY, name);
    enqueue(input.store, { ...input.run, nickname: name });
    void send();
  });

  const onChange = (): void => {
    render();
  };
  queueEvents.addEventListener('change', onChange);
  render();
  const headingId = uid('submit');
  const element = h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': headingId } },
    h('h2', { id: headingId, text: t('submit.heading') }),
    h('p', {
      text:
        input.run.board === 'daily'
          ? t('submit.introDaily', { date: input.run.date ?? '' })
          : t('submit.introGlobal'),
    }),
    form,
    status,
    actions,
  );
  return {
    element,
    dispose: () => {
      queueEvents.removeEventListener('change', onChange);
    },
  };
}
