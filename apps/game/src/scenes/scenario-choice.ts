import { adoptSession, app } from '../app/app-state.js';
import { newRunId, newSeed } from '../app/ids.js';
import { GameSession } from '../app/session.js';
import { domain } from '../domain-runtime.js';
import { t } from '../i18n/i18n.js';
import { h, screenHeading } from '../ui/dom.js';
import { noticeBanner } from '../ui/notice.js';
import { scenarioCards } from '../ui/scenario-cards.js';
import { ScreenScene } from './screen-scene.js';

/** Scenario cards from the domain; a daily challenge uses today's shared seed. */
export class ScenarioChoice extends ScreenScene {
  constructor() {
    super('ScenarioChoice');
  }

  protected build(): void {
    const a = app();
    const d = domain();
    const choice = a.choice;
    const heading = screenHeading(
      1,
      choice.kind === 'daily'
        ? t('choice.dailyHeading', { date: choice.date })
        : t('choice.heading'),
    );
    const inProgress = a.session && !a.session.over ? a.session.state.year : null;
    const error = h('div', { attrs: { role: 'alert' } });
    const cards = scenarioCards(d.listScenarios(), (scenario) => {
      const daily = choice.kind === 'daily' ? choice.date : null;
      const started = GameSession.start({
        runId: newRunId(),
        scenarioId: scenario.id,
        seed: daily ? d.dailySeed(daily, scenario.id) : newSeed(),
        daily,
      });
      if (!started.ok) {
        error.replaceChildren(
          noticeBanner(
            { key: 'notice.badParams', values: { message: started.error.message } },
            () => undefined,
          ),
        );
        return;
      }
      adoptSession(a, started.session);
      this.go('Play');
    });
    const screen = this.page(
      heading,
      h('p', { text: choice.kind === 'daily' ? t('choice.dailyIntro') : t('choice.intro') }),
      inProgress !== null
        ? h('p', { class: 'warning', text: `⚠ ${t('choice.replaces', { year: inProgress })}` })
        : null,
      error,
      cards,
    );
    this.mount(screen, heading);
    this.ready();
  }
}
