import type { Lang } from '../app/settings.js';
import { t } from '../i18n/i18n.js';
import { tl } from '../i18n/learn.js';
import { h, screenHeading } from './dom.js';

export interface TitleActions {
  /** The game in progress, if any: its year, and whether it is over. */
  readonly current: { readonly year: number; readonly over: boolean } | null;
  readonly lang: Lang;
  readonly notice: HTMLElement | null;
  readonly onContinue: () => void;
  readonly onPlay: () => void;
  readonly onLearn: () => void;
  readonly onDaily: () => void;
  readonly onJoinClass: () => void;
  readonly onLeaderboard: () => void;
  readonly onSettings: () => void;
  readonly onLanguage: (lang: Lang) => void;
}

const LANGUAGES: readonly { lang: Lang; label: string; code: string }[] = [
  { lang: 'en', label: 'English', code: 'en' },
  { lang: 'zh', label: '中文', code: 'zh-Hans' },
];

/** The title screen: the game's name, the main menu and the language switch. */
export function titlePanel(a: TitleActions): { screen: HTMLElement; heading: HTMLElement } {
  const button = (text: string, onClick: () => void, primary = false): HTMLElement =>
    h(
      'li',
      {},
      h('button', {
        class: primary ? 'button button--primary' : 'button',
        text,
        attrs: { type: 'button' },
        on: { click: onClick },
      }),
    );
  const heading = screenHeading(1, t('app.title'));
  const current = a.current;
  const menu = h(
    'ul',
    { class: 'menu' },
    current
      ? button(
          current.over ? t('title.debrief') : t('title.continue', { year: current.year }),
          a.onContinue,
          true,
        )
      : null,
    button(t('title.play'), a.onPlay, current === null),
    button(tl('learn.entry'), a.onLearn),
    button(t('title.daily'), a.onDaily),
    button(t('class.titleJoin'), a.onJoinClass),
    button(t('title.leaderboard'), a.onLeaderboard),
    button(t('title.settings'), a.onSettings),
  );
  const languages = h(
    'div',
    {
      class: 'lang-switch',
      attrs: { role: 'group', 'aria-label': `${t('title.language')} / 语言` },
    },
    ...LANGUAGES.map((l) =>
      h('button', {
        class: 'button button--quiet',
        text: l.label,
        attrs: { type: 'button', lang: l.code, 'aria-pressed': String(a.lang === l.lang) },
        on: {
          click: () => {
            a.onLanguage(l.lang);
          },
        },
      }),
    ),
  );
  const screen = h(
    'main',
    { class: 'screen screen--title' },
    h(
      'div',
      { class: 'title-panel' },
      heading,
      h('p', { class: 'tagline', text: t('app.tagline') }),
      a.notice,
      h('nav', { attrs: { 'aria-label': t('title.nav') } }, menu),
      languages,
    ),
  );
  return { screen, heading };
}
