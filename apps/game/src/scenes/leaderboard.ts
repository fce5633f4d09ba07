import { app } from '../app/app-state.js';
import { todayUtc } from '../app/ids.js';
import { domain } from '../domain-runtime.js';
import { localized, t } from '../i18n/i18n.js';
import { h, screenHeading, uid } from '../ui/dom.js';
import { flushRuns, problemText, topOfBoard } from '../net/leaderboard.js';
import { readQueue } from '../net/submit-queue.js';
import { ScreenScene } from './screen-scene.js';

/** The boards: global per scenario and today's daily challenge, top runs and your own place. */
export class Leaderboard extends ScreenScene {
  constructor() {
    super('Leaderboard');
  }

  protected build(): void {
    const a = app();
    const d = domain();
    const today = todayUtc(new Date());
    const heading = screenHeading(1, t('lb.heading'));
    const field = (label: string, el: HTMLSelectElement): HTMLElement => {
      el.id = uid('lb');
      return h('div', { class: 'field' }, h('label', { attrs: { for: el.id }, text: label }), el);
    };
    const kind = h(
      'select',
      {},
      h('option', { text: t('lb.global'), attrs: { value: 'global' } }),
      h('option', { text: t('lb.daily', { date: today }), attrs: { value: 'daily' } }),
    );
    const scenarios = d.listScenarios();
    const scenario = h(
      'select',
      {},
      ...scenarios.map((s) => h('option', { text: localized(s.title), attrs: { value: s.id } })),
    );
    const setup = a.session?.setup;
    if (setup) {
      scenario.value = setup.scenarioId;
      kind.value = setup.daily === today ? 'daily' : 'global';
    }
    const results = h('div', { attrs: { 'aria-live': 'polite' } });
    const waiting = readQueue(a.store).filter((r) => r.status === 'queued').length;

    const show = async (): Promise<void> => {
      const board =
        kind.value === 'daily'
          ? d.dailyBoard(today, scenario.value)
          : d.globalBoard(scenario.value);
      const title = `${kind.selectedOptions[0]?.text ?? ''} · ${scenario.selectedOptions[0]?.text ?? ''}`;
      results.replaceChildren(h('p', { attrs: { role: 'status' }, text: t('lb.loading') }));
      const top = await topOfBoard(board);
      if (!top.ok) {
        results.replaceChildren(
          h('p', {
            attrs: { role: 'status' },
            text: t('lb.offline', { problem: problemText(top.problem) }),
          }),
        );
        this.ready();
        return;
      }
      const mine = readQueue(a.store).filter(
        (r) =>
          r.status === 'sent' &&
          r.scenarioId === scenario.value &&
          (kind.value === 'daily' ? r.board === 'daily' && r.date === today : r.board === 'global'),
      );
      const mineIds = new Set(mine.map((r) => r.runId));
      const best = mine
        .filter((r) => r.result)
        .sort((x, y) => (y.result?.score ?? 0) - (x.result?.score ?? 0))[0];
      const you = best?.result
        ? h('p', {
            text: t('lb.you', {
              rank: best.result.rank ?? '—',
              size: best.result.boardSize,
              score: best.result.score,
            }),
          })
        : '';
      results.replaceChildren(
        top.value.entries.length === 0
          ? h('p', { attrs: { role: 'status' }, text: t('lb.empty') })
          : h(
              'table',
              {},
              h('caption', { text: t('lb.caption', { title }) }),
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
                ...top.value.entries.map((e) =>
                  h(
                    'tr',
                    { class: mineIds.has(e.runId) ? 'bench-you' : '' },
                    h('td', { class: 'num', text: String(e.rank) }),
                    h('th', {
                      attrs: { scope: 'row' },
                      text: `${e.nickname ?? t('lb.anonymous')}${mineIds.has(e.runId) ? ` ${t('lb.youMark')}` : ''}`,
                    }),
                    h('td', { class: 'num', text: String(e.score) }),
                  ),
                ),
              ),
            ),
        you,
      );
      this.ready();
    };

    const form = h(
      'form',
      { class: 'cf-form panel', attrs: { novalidate: true } },
      field(t('lb.board'), kind),
      field(t('lb.scenario'), scenario),
      h('button', {
        class: 'button button--primary',
        text: t('lb.show'),
        attrs: { type: 'submit' },
      }),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void show();
    });
    const screen = this.page(
      heading,
      h('p', { text: t('lb.intro') }),
      waiting > 0 ? h('p', { class: 'warning', text: t('lb.queue', { n: waiting }) }) : null,
      form,
      h('section', { class: 'panel' }, results),
    );
    this.mount(screen, heading);
    const load = waiting > 0 ? flushRuns(a.store).then(show) : show();
    void load;
  }
}
