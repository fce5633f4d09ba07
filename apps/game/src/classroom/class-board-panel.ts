import type { Decision } from '@smile-curve/domain';
import type { KeyValueStore } from '../app/storage.js';
import { t } from '../i18n/i18n.js';
import { classBoard, watchBoard } from '../net/classroom.js';
import { flushRuns, problemText, queueEvents } from '../net/leaderboard.js';
import { enqueue, findRun } from '../net/submit-queue.js';
import { h, uid } from '../ui/dom.js';
import type { Membership } from './membership.js';

export interface ClassBoardInput {
  readonly member: Membership;
  readonly decisions: readonly Decision[];
  readonly store: KeyValueStore;
}

/**
 * A class game's end: the run goes to the class (through the offline queue,
 * so a run finished while the server is away is sent later), then the class
 * board as the teacher chose to show it, kept live over SSE.
 */
export function classBoardPanel(input: ClassBoardInput): {
  element: HTMLElement;
  dispose: () => void;
} {
  const { member } = input;
  const status = h('p', { class: 'status-line', attrs: { role: 'status' } });
  const actions = h('div', { class: 'lang-switch' });
  const board = h('div', { attrs: { 'aria-live': 'polite' } });
  const viewer = { playerToken: member.playerToken };

  const showBoard = async (): Promise<void> => {
    const top = await classBoard(member.board, viewer);
    if (!top.ok) {
      board.replaceChildren(h('p', { text: problemText(top.problem) }));
      return;
    }
    const { entries, me, boardSize, visibility } = top.value;
    const note =
      visibility === 'self'
        ? t('classBoard.self')
        : visibility === 'top10'
          ? t('classBoard.top10')
          : null;
    board.replaceChildren(
      note === null ? '' : h('p', { class: 'muted', text: note }),
      me ? h('p', { text: t('classBoard.rank', { rank: me.rank, size: boardSize }) }) : '',
      entries.length === 0
        ? visibility === 'self'
          ? ''
          : h('p', { text: t('classBoard.empty') })
        : h(
            'table',
            {},
            h('caption', { text: t('classBoard.caption', { title: member.title }) }),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { class: 'num', text: t('lb.rank'), attrs: { scope: 'col' } }),
                h('th', { text: t('lb.nickname'), attrs: { scope: 'col' } }),
                h('th', { class: 'num', text: t('lb.score'), attrs: { scope: 'col' } }),
              ),
            ),
            h(
              'tbody',
              {},
              ...entries.map((e) => {
                const mine = e.runId === member.runId;
                return h(
                  'tr',
                  { class: mine ? 'bench-you' : '' },
                  h('td', { class: 'num', text: String(e.rank) }),
                  h('th', {
                    attrs: { scope: 'row' },
                    text: `${e.nickname}${mine ? ` ${t('lb.youMark')}` : ''}`,
                  }),
                  h('td', { class: 'num', text: String(e.score) }),
                );
              }),
            ),
          ),
    );
  };

  const render = (): void => {
    const entry = findRun(input.store, member.runId);
    actions.replaceChildren();
    if (!entry) return;
    if (entry.status === 'queued') {
      status.textContent = t('classBoard.queued', { problem: entry.problem ?? '' }).trim();
      actions.append(
        h('button', {
          class: 'button',
          text: t('classBoard.retry'),
          attrs: { type: 'button' },
          on: { click: () => void flushRuns(input.store) },
        }),
      );
    } else if (entry.status === 'sent' && entry.result) {
      status.textContent = t('classBoard.sent', { score: entry.result.score });
    } else {
      status.textContent = t('classBoard.refused', { problem: entry.problem ?? '' });
    }
  };

  const onChange = (): void => {
    render();
    void showBoard();
  };
  queueEvents.addEventListener('change', onChange);
  enqueue(input.store, {
    runId: member.runId,
    scenarioId: member.scenarioId,
    seed: member.seed,
    decisions: input.decisions,
    nickname: member.nickname,
    board: 'classroom',
    classroom: { code: member.code, playerToken: member.playerToken },
  });
  status.textContent = t('classBoard.sending');
  void flushRuns(input.store);
  const stopWatching = watchBoard(member.board, viewer, () => void showBoard());

  const headingId = uid('class-board');
  const element = h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': headingId } },
    h('h2', { id: headingId, text: t('classBoard.heading') }),
    h('p', { class: 'muted', text: member.title }),
    status,
    actions,
    board,
    h('button', {
      class: 'button button--quiet',
      text: t('classBoard.refresh'),
      attrs: { type: 'button' },
      on: { click: () => void showBoard() },
    }),
  );
  return {
    element,
    dispose: () => {
      queueEvents.removeEventListener('change', onChange);
      stopWatching();
    },
  };
}
