import { t } from '../i18n/i18n.js';
import type { Dashboard } from '../net/classroom.js';
import { h, uid } from '../ui/dom.js';

type Player = Dashboard['players'][number];

function progressText(player: Player): string {
  if (player.removed) return t('teach.progress.removed');
  const run = player.runs[0];
  if (run)
    return run.status === 'bankrupt' ? t('teach.progress.bankrupt') : t('teach.progress.finished');
  if (player.progress) return t('teach.progress.year', { year: player.progress.year });
  return t('teach.progress.joined');
}

function table(caption: string, columns: readonly [string, boolean][], rows: HTMLElement[]) {
  return h(
    'table',
    {},
    h('caption', { class: 'sr-only', text: caption }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...columns.map(([text, num]) =>
          h('th', { class: num ? 'num' : '', text, attrs: { scope: 'col' } }),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

/** Who joined, which year each is on, who finished, with a Remove button per student. */
export function playersSection(dash: Dashboard, onRemove: (player: Player) => void): HTMLElement {
  const present = dash.players.filter((p) => !p.removed);
  const id = uid('players');
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: t('teach.players.heading', { n: present.length }) }),
    dash.players.length === 0
      ? h('p', { text: t('teach.players.none') })
      : table(
          t('teach.players.heading', { n: present.length }),
          [
            [t('teach.col.nickname'), false],
            [t('teach.col.progress'), false],
            [t('teach.col.score'), true],
            [t('teach.col.actions'), false],
          ],
          dash.players.map((p) =>
            h(
              'tr',
              { class: p.removed ? 'removed' : '' },
              h('th', { attrs: { scope: 'row' }, text: p.nickname }),
              h('td', { text: progressText(p) }),
              h('td', { class: 'num', text: p.bestScore === null ? '—' : String(p.bestScore) }),
              h(
                'td',
                {},
                p.removed
                  ? '—'
                  : h('button', {
                      class: 'button button--quiet',
                      text: t('teach.remove', { nickname: p.nickname }),
                      attrs: { type: 'button' },
                      on: {
                        click: () => {
                          onRemove(p);
                        },
                      },
                    }),
              ),
            ),
          ),
        ),
  );
}

/** The class board as the teacher sees it (everything, whatever the students see). */
export function boardSection(dash: Dashboard): HTMLElement {
  const runs = dash.players
    .filter((p) => !p.removed)
    .flatMap((p) => p.runs.map((run) => ({ ...run, nickname: p.nickname })))
    .sort((a, b) => a.rank - b.rank);
  const id = uid('board');
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: t('teach.board.heading') }),
    runs.length === 0
      ? h('p', { text: t('teach.board.empty') })
      : table(
          t('teach.board.caption', { title: dash.classroom.title }),
          [
            [t('teach.col.rank'), true],
            [t('teach.col.nickname'), false],
            [t('lb.score'), true],
          ],
          runs.map((run) =>
            h(
              'tr',
              {},
              h('td', { class: 'num', text: String(run.rank) }),
              h('th', { attrs: { scope: 'row' }, text: run.nickname }),
              h('td', { class: 'num', text: String(run.score) }),
            ),
          ),
        ),
  );
}

/** The teacher key, shown once after creating the class, with the private link and a warning. */
export function teacherKeyPanel(teacherKey: string, link: string, onDone: () => void): HTMLElement {
  const id = uid('key');
  const copied = h('p', { class: 'status-line', attrs: { role: 'status' } });
  const panel: HTMLElement = h(
    'section',
    { class: 'panel key-panel', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: t('teach.key.heading') }),
    h('p', { class: 'warning', text: `⚠ ${t('teach.key.warning')}` }),
    h(
      'dl',
      { class: 'key-list' },
      h('dt', { text: t('teach.key.label') }),
      h('dd', {}, h('code', { class: 'teacher-key', text: teacherKey })),
      h('dt', { text: t('teach.key.link') }),
      h('dd', {}, h('a', { attrs: { href: link }, text: link })),
    ),
    h(
      'div',
      { class: 'lang-switch' },
      h('button', {
        class: 'button',
        text: t('teach.key.copy'),
        attrs: { type: 'button' },
        on: {
          click: () => {
            void navigator.clipboard
              .writeText(link)
              .then(() => {
                copied.textContent = t('teach.key.copied');
              })
              .catch(() => undefined);
          },
        },
      }),
      h('button', {
        class: 'button button--primary',
        text: t('teach.key.done'),
        attrs: { type: 'button' },
        on: {
          click: () => {
            panel.remove();
            onDone();
          },
        },
      }),
    ),
    copied,
  );
  return panel;
}
