import { adoptSession, app } from '../app/app-state.js';
import { newRunId, newSeed } from '../app/ids.js';
import { launch } from '../app/launch.js';
import { parseLaunchParams, withoutGameParams } from '../app/launch-params.js';
import { parseRoute } from '../classroom/route.js';
import { loadDomain } from '../domain-runtime.js';
import { t } from '../i18n/i18n.js';
import { resumeQueue } from '../net/leaderboard.js';
import { h, screenHeading } from '../ui/dom.js';
import { ScreenScene } from './screen-scene.js';

/**
 * Loads what the first screen does not need (the domain and its scenarios,
 * behind a progress bar), restores a saved game, and opens the right scene.
 */
export class Preload extends ScreenScene {
  constructor() {
    super('Preload');
  }

  protected build(): void {
    const bar = h('progress', {
      attrs: { max: 100, value: 5, 'aria-label': t('preload.progress') },
    });
    const status = h('p', { class: 'preload-status', attrs: { role: 'status' } });
    const screen = h(
      'main',
      { class: 'screen screen--centre' },
      h('div', { class: 'panel preload' }, screenHeading(1, t('preload.heading')), bar, status),
    );
    this.mount(screen);
    const canvasBar = this.add.graphics();
    const draw = (value: number): void => {
      bar.value = value;
      const { width, height } = this.scale;
      canvasBar.clear();
      canvasBar.fillStyle(0x24344d, 1);
      canvasBar.fillRect(width * 0.2, height * 0.8, width * 0.6, 6);
      canvasBar.fillStyle(0xffd166, 1);
      canvasBar.fillRect(width * 0.2, height * 0.8, (width * 0.6 * value) / 100, 6);
    };
    draw(5);
    void this.load$(draw).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      status.setAttribute('role', 'alert');
      status.textContent = t('preload.failed', { message });
    });
  }

  private async load$(progress: (value: number) => void): Promise<void> {
    let loaded = 0;
    const step = <T>(p: Promise<T>): Promise<T> =>
      p.then((value) => {
        loaded += 1;
        progress(10 + loaded * 30);
        return value;
      });
    const [d, { GAME_SCENES }] = await Promise.all([
      step(loadDomain()),
      step(import('./game-scenes.js')),
    ]);
    for (const [key, scene] of GAME_SCENES) {
      if (this.game.scene.getIndex(key) < 0) this.scene.add(key, scene, false);
    }
    d.listScenarios(); // validates the scenario data once, here rather than mid-game
    progress(85);
    const a = app();
    const params = parseLaunchParams(window.location.search);
    const route = launch(a.store, params, {
      defaultScenarioId: d.DEFAULT_SCENARIO_ID,
      newSeed,
      newRunId,
    });
    if (params.seed !== null || params.scenarioId !== null) {
      window.history.replaceState(null, '', withoutGameParams(window.location.href));
    }
    a.notice =
      route.notice ??
      (route.session && !route.fresh && route.scene === 'Play'
        ? { key: 'title.resumed', values: { year: route.session.state.year } }
        : null);
    if (route.session) {
      if (route.fresh) adoptSession(a, route.session);
      else a.session = route.session;
    }
    resumeQueue(a.store);
    progress(100);
    // The classroom pages: /teach for the teacher, /join/CODE (the QR target) for students.
    const page = parseRoute(window.location.pathname);
    if (page.kind === 'teach') this.go('Teach');
    else if (page.kind === 'join') this.go('Join', { code: page.code });
    else this.go(route.scene);
  }
}
