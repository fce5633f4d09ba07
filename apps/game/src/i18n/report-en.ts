import type { ReportKey, ReportMessage } from './report-keys.js';

const trend = (x: number, up: string, down: string, flat: string): string =>
  x > 0.0005 ? up : x < -0.0005 ? down : flat;

/** Year-report sentences in English. */
export const reportEn: Record<ReportKey, ReportMessage> = {
  'gvc.result': (v, f) =>
    `Revenue was ${f.money(v('revenue'))} and net profit ${f.money(v('netProfit'))}, a margin of ${f.pct(v('margin'))}. Wages stand at ${f.num(v('wage'), 2)}× their level at the start.`,
  'gvc.process': (v, f) =>
    v('efficiencyGain') >= 0
      ? `Process upgrading changed your efficiency by ${f.spct(v('efficiencyGain'))}: cheaper assembly, but still inside the buyer’s chain.`
      : `Efficiency fell by ${f.pct(-v('efficiencyGain'))} despite process spending: machines and licences wore out faster than you renewed them.`,
  'smile.share': (v, f) => {
    const change = v('change');
    const share = f.pct(v('valueAddedShare'));
    const where = `at position ${f.num(v('position'), 2)} on the curve (0 = R&D, 1 = brand)`;
    const by = f.pts(Math.abs(change)).replace(/^\+/, '');
    return trend(
      change,
      `Your share of the value added rose by ${by} to ${share}, ${where}.`,
      `Your share of the value added fell by ${by} to ${share}, ${where}.`,
      `Your share of the value added held at ${share}, ${where}.`,
    );
  },
  'exposure.shock': (v, f) =>
    `${v('shock') < 0 ? 'A shock cut world demand' : 'A boom lifted world demand'} by ${f.pct(Math.abs(v('shock')), 0)} this year; ${f.pct(v('exposure'), 0)} of your sales depend on foreign buyers’ orders.`,
  'illusion.flat': (v, f) =>
    `Licensing changed your efficiency by ${f.spct(v('efficiencyGain'))}, but your own knowledge barely grew (${f.signed(v('knowledgeChange'))}): the illusion of technological progress. Dependence on foreign technology is ${f.pct(v('dependence'), 0)}.`,
  'illusion.learning': (v, f) =>
    `Licensing changed your efficiency by ${f.spct(v('efficiencyGain'))}, and you learnt from it: own knowledge ${f.signed(v('knowledgeChange'))}, ${f.num(v('learnt'))} of it from the licence. Dependence on foreign technology is ${f.pct(v('dependence'), 0)}.`,
  'knowledge.created': (v, f) =>
    `Your own R&D created ${f.num(v('created'))} units of knowledge; core technology changed by ${f.signed(v('coreTechChange'))}.`,
  'absorb.low': (v, f) =>
    `Your absorptive capacity is low (${f.num(v('gamma'), 2)}): you made only ${f.num(v('absorbed'))} units of outside knowledge your own.`,
  'absorb.ok': (v, f) =>
    `With an absorptive capacity of ${f.num(v('gamma'), 2)} you made ${f.num(v('absorbed'))} units of outside knowledge your own.`,
  'search.matched': (v, f) =>
    `Your partner search found ${f.num(v('matches'), 0)} new partner${v('matches') === 1 ? '' : 's'}; ${f.num(v('totalMatches'), 0)} matches so far make the next search cheaper.`,
  'search.none': (v, f) =>
    `Your partner search found no one this year: searching costs money before it pays. Matches so far: ${f.num(v('totalMatches'), 0)}.`,
  'gic.up': (v, f) =>
    `Your ties to the global innovation chain grew stronger: tie score ${f.num(v('tieScore'), 2)} (${f.signed(v('change'), 2)}).`,
  'gic.down': (v, f) =>
    `Your ties to the global innovation chain weakened without new matches: tie score ${f.num(v('tieScore'), 2)} (${f.signed(v('change'), 2)}).`,
  'spill.infringed': (v, f) =>
    `A rival copied your work: ${f.num(v('infringed'))} units of knowledge lost to infringement and ${f.num(v('leaked'))} leaked.`,
  'spill.leak': (v, f) =>
    `${f.num(v('leaked'))} units of knowledge leaked to rivals under weak IP protection.`,
  'circle.patents': (v, f) =>
    `${f.num(v('newPatents'), 0)} new patent${v('newPatents') === 1 ? '' : 's'}: ${f.num(v('patents'), 0)} in use. Patents raise what your own products are worth, which pays for more R&D.`,
  'upgrade.odm': () => 'You became an ODM: you now design what you make.',
  'upgrade.obm': () => 'You became an OBM: you now sell under your own brand.',
  'digital.phase': (v, _f, w) =>
    `Your factory reached a new digital phase: ${w.digitalPhases[Math.round(v('phase'))] ?? String(v('phase'))}.`,
  'lockin.locked': (v, f) =>
    `Your firm is locked in at the low end (risk ${f.pct(v('risk'), 0)}): it learns less and upgrading takes more.`,
  'lockin.escaped': (v, f) =>
    `Your firm escaped the low-end lock-in (risk ${f.pct(v('risk'), 0)}).`,
  'lockin.risk': (v, f) =>
    `Low-end lock-in risk is ${f.pct(v('risk'), 0)} (${f.pts(v('change'))}).`,
  'eco.changed': (v, f) =>
    `The region changed around you: government–industry–research links ${f.pct(v('govIndustryResearch'), 0)}, Hong Kong–Macao cooperation ${f.pct(v('hkMacao'), 0)}, regional IP protection ${f.pct(v('regionalIp'), 0)}.`,
  'governance.captive': () =>
    'Your chain is captive: the dominant buyer welcomes better processes but keeps design and brand to itself.',
  'governance.relational': () =>
    'Your chain is relational: partners share knowledge and let you develop your own products.',
  'liquidity.bankrupt': (v, f) =>
    `Cash fell to ${f.money(v('cash'))} with ${f.money(v('debt'))} of debt: the firm is bankrupt.`,
  'liquidity.cash': (v, f) =>
    `Cash at the end of the year: ${f.money(v('cash'))}, after ${f.money(v('tax'))} of tax${v('hnte') > 0 ? ' at the 15 % high-tech rate' : ''} and ${f.money(v('interest'))} of interest. Debt: ${f.money(v('debt'))}.`,
};
