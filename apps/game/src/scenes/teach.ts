import Phaser from 'phaser';
import { app } from '../app/app-state.js';
import { classDebriefPanel } from '../classroom/class-debrief-panel.js';
import { downloadCsv } from '../classroom/csv-download.js';
import { deleteClassZone } from '../classroom/delete-class.js';
import { boardSection, playersSection, teacherKeyPanel } from '../classroom/dashboard-view.js';
import { projectorView } from '../classroom/projector-view.js';
import { parseTeacherHash, teacherLink } from '../classroom/route.js';
import { teachForm } from '../classroom/teach-form.js';
import { forgetTeacher, readTeacher, writeTeacher } from '../classroom/teacher-store.js';
import { domain } from '../domain-runtime.js';
import { localized, t } from '../i18n/i18n.js';
import {
  createClass,
  dashboard,
  exportClass,
  getClass,
  removeFromClass,
  runDecisions,
  setClassClosed,
  watchBoard,
  type Dashboard,
  type Teacher,
} from '../net/classroom.js';
import { problemText } from '../net/leaderboard.js';
import { h, screenHeading } from '../ui/dom.js';
import { classDebrief, type ClassRun } from '../view-models/class-debrief.js';
import { ScreenScene } from './screen-scene.js';

/** Students' dashboards ping their year; the board itself is live over SSE. */
const POLL_MS = 3000;

/**
 * The teacher page (/teach): create a class, show the projector view, run the
 * live dashboard (close/reopen, remove, CSV exports, delete) and the class debrief.
 */
export class Teach extends ScreenScene {
  private stop: (() => void)[] = [];

  constructor() {
    super('Teach');
  }

  protected build(): void {
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.cleanup();
    });
    const a = app();
    const fromLink = parseTeacherHash(window.location.hash);
    if (fromLink) {
      writeTeacher(a.store, fromLink);
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    }
    const teacher = readTeacher(a.store);
    if (teacher) this.showDashboard(teacher, null);
    else this.showForm();
  }

  private cleanup(): void {
    for (const stop of this.stop) stop();
    this.stop = [];
  }

  private joinUrl(code: string): string {
    return `${window.location.origin}/join/${code}`;
  }

  /** The new-class form; `notice` says what happened to the last class (deleted). */
  private showForm(notice: string | null = null): void {
    this.cleanup();
    const heading = screenHeading(1, t('teach.heading'));
    const said =
      notice === null ? null : h('p', { class: 'notice', attrs: { role: 'status' }, text: notice });
    const form = teachForm({
      scenarios: domain().listScenarios(),
      onCreate: async (input) => {
        const created = await createClass(input);
        if (!created.ok) return t('teach.failed', { problem: problemText(created.problem) });
        const teacher = { code: created.value.code, teacherKey: created.value.teacherKey };
        writeTeacher(app().store, teacher);
        this.showDashboard(teacher, created.value.teacherKey);
        return null;
      },
    });
    this.mount(this.page(heading, said, h('p', { text: t('teach.intro') }), form), heading);
    this.ready();
  }

  /** The live dashboard; `freshKey` is the teacher key to show once, right after creating. */
  private showDashboard(teacher: Teacher, freshKey: string | null): void {
    this.cleanup();
    const heading = screenHeading(1, t('teach.heading'));
    const status = h('p', { attrs: { role: 'status' }, text: t('teach.loading') });
    const details = h('p', { class: 'muted' });
    const announce = h('p', { class: 'status-line', attrs: { role: 'status' } });
    const players = h('div');
    const board = h('div');
    const button = (text: string, onClick: () => void, primary = false): HTMLButtonElement =>
      h('button', {
        class: primary ? 'button button--primary' : 'button',
        text,
        attrs: { type: 'button' },
        on: { click: onClick },
      });
    let closed = false;
    let title = teacher.code;
    const closeButton = button(t('teach.close'), () => {
      void setClassClosed(teacher, !closed).then((result) => {
        if (!result.ok)
          announce.textContent = t('teach.failed', { problem: problemText(result.problem) });
        void refresh();
      });
    });
    const exportButton = (kind: 'scores' | 'panel'): HTMLButtonElement =>
      button(t(kind === 'scores' ? 'teach.exportScores' : 'teach.exportPanel'), () => {
        void exportClass(teacher, kind).then((csv) => {
          if (!csv.ok) {
            announce.textContent = t('teach.failed', { problem: problemText(csv.problem) });
            return;
          }
          const file = `smile-curve-${teacher.code}-${kind}.csv`;
          downloadCsv(file, csv.value);
          announce.textContent = t('teach.exported', { file });
        });
      });
    let last = '';
    const remove = (player: Dashboard['players'][number]): void => {
      if (!window.confirm(t('teach.removeConfirm', { nickname: player.nickname }))) return;
      void removeFromClass(teacher, player.playerId).then((result) => {
        announce.textContent = result.ok
          ? t('teach.removed', { nickname: player.nickname })
          : t('teach.failed', { problem: problemText(result.problem) });
        void refresh();
      });
    };
    let live = true;
    const forget = (notice: string): void => {
      forgetTeacher(app().store);
      this.showForm(notice);
    };
    const refresh = async (): Promise<void> => {
      const dash = await dashboard(teacher);
      if (!live) return;
      if (!dash.ok && dash.problem.code === 'NOT_FOUND') {
        forget(t('teach.gone', { code: teacher.code }));
        return;
      }
      if (!dash.ok) {
        status.textContent = t('teach.failed', { problem: problemText(dash.problem) });
        return;
      }
      const c = dash.value.classroom;
      closed = c.closed;
      title = c.title;
      heading.textContent = t('teach.dash.heading', { title: c.title, code: c.code });
      status.textContent = c.closed ? t('teach.dash.closed') : t('teach.dash.open');
      const scenario = domain().getScenario(c.scenarioId);
      details.textContent = t('teach.dash.scenario', {
        scenario: scenario ? localized(scenario.title) : c.scenarioId,
        seed: c.seed,
        visibility: t(`teach.vis.${c.visibility}`),
      });
      closeButton.textContent = c.closed ? t('teach.reopen') : t('teach.close');
      const snapshot = JSON.stringify(dash.value.players) + String(c.closed);
      if (snapshot !== last) {
        last = snapshot;
        players.replaceChildren(playersSection(dash.value, remove));
        board.replaceChildren(boardSection(dash.value));
      }
      this.ready();
    };
    const keyPanel =
      freshKey === null
        ? null
        : teacherKeyPanel(
            freshKey,
            teacherLink(window.location.origin, teacher.code, freshKey),
            () => {
              heading.focus();
            },
          );
    const actions = h(
      'div',
      { class: 'lang-switch teach-actions' },
      button(
        t('teach.projector'),
        () => {
          this.showProjector(teacher, title);
        },
        true,
      ),
      closeButton,
      exportButton('scores'),
      exportButton('panel'),
      button(t('teach.debrief'), () => {
        this.showDebrief(teacher, title);
      }),
      button(t('teach.newClass'), () => {
        forgetTeacher(app().store);
        this.showForm();
      }),
    );
    this.mount(
      this.page(
        heading,
        status,
        details,
        keyPanel,
        actions,
        announce,
        h('p', { class: 'muted', text: t('teach.live') }),
        players,
        board,
        deleteClassZone(
          teacher,
          () => title,
          () => {
            forget(t('teach.deleted', { title, code: teacher.code }));
          },
        ),
      ),
      heading,
    );
    const timer = setInterval(() => void refresh(), POLL_MS);
    const unwatch = watchBoard(
      domain().classroomBoard(teacher.code),
      { teacherKey: teacher.teacherKey },
      () => void refresh(),
    );
    this.stop.push(() => {
      live = false;
      clearInterval(timer);
    }, unwatch);
    void refresh();
  }

  private showProjector(teacher: Teacher, title: string): void {
    this.cleanup();
    const view = projectorView({
      title,
      code: teacher.code,
      joinUrl: this.joinUrl(teacher.code),
      onBack: () => {
        this.showDashboard(teacher, null);
      },
    });
    this.mount(view.element, view.heading);
    const count = async (): Promise<void> => {
      const found = await getClass(teacher.code);
      if (found.ok) view.setCount(found.value.playerCount, found.value.closed);
    };
    const timer = setInterval(() => void count(), POLL_MS);
    this.stop.push(() => {
      clearInterval(timer);
    });
    void Promise.all([view.qrReady, count()]).then(() => {
      this.ready();
    });
  }

  private showDebrief(teacher: Teacher, title: string): void {
    this.cleanup();
    const heading = screenHeading(1, t('cd.heading', { title }));
    const body = h(
      'div',
      { attrs: { 'aria-live': 'polite' } },
      h('p', { attrs: { role: 'status' }, text: t('cd.loading') }),
    );
    const back = h('button', {
      class: 'button',
      text: t('teach.back'),
      attrs: { type: 'button' },
      on: {
        click: () => {
          this.showDashboard(teacher, null);
        },
      },
    });
    this.mount(this.page(heading, back, body), heading);
    void (async () => {
      const dash = await dashboard(teacher);
      if (!dash.ok) {
        body.replaceChildren(
          h('p', { text: t('teach.failed', { problem: problemText(dash.problem) }) }),
        );
        this.ready();
        return;
      }
      const best = dash.value.players
        .filter((p) => !p.removed)
        .flatMap((p) => {
          const run = [...p.runs].sort((x, y) => y.score - x.score)[0];
          return run ? [{ player: p, run }] : [];
        });
      const decisions = await runDecisions(best.map((b) => b.run.runId));
      const runs: ClassRun[] = best.map(({ player, run }) => ({
        playerId: player.playerId,
        nickname: player.nickname,
        score: run.score,
        status: run.status,
        trajectory: run.trajectory,
        decisions: decisions.get(run.runId) ?? [],
      }));
      body.replaceChildren(
        runs.length === 0
          ? h('p', { text: t('cd.empty') })
          : classDebriefPanel({
              title: dash.value.classroom.title,
              debrief: classDebrief(runs, domain().LEVER_IDS),
            }),
      );
      this.ready();
    })();
  }
}
