import type { ReportKey, ReportMessage } from './report-keys.js';

const trend = (x: number, up: string, down: string, flat: string): string =>
  x > 0.0005 ? up : x < -0.0005 ? down : flat;

/** 年度报告的中文句子。 */
export const reportZh: Record<ReportKey, ReportMessage> = {
  'gvc.result': (v, f) =>
    `营业收入${f.money(v('revenue'))}，净利润${f.money(v('netProfit'))}，利润率${f.pct(v('margin'))}。工资水平是开局时的${f.num(v('wage'), 2)}倍。`,
  'gvc.process': (v, f) =>
    v('efficiencyGain') >= 0
      ? `工艺升级使效率变化${f.spct(v('efficiencyGain'))}：组装更便宜了，但仍在买家的价值链之内。`
      : `尽管投入了工艺升级，效率仍下降了${f.pct(-v('efficiencyGain'))}：设备和技术许可的折旧快于更新。`,
  'smile.share': (v, f) => {
    // "上升/下降" carry the direction, so the amount goes without its sign.
    const by = f.pts(Math.abs(v('change'))).replace(/^\+/, '');
    return `你的增加值占比${trend(v('change'), `上升${by}`, `下降${by}`, '保持不变')}，为${f.pct(v('valueAddedShare'))}，位于曲线上的${f.num(v('position'), 2)}处（0为研发，1为品牌）。`;
  },
  'exposure.shock': (v, f) =>
    `今年全球需求${v('shock') < 0 ? '受冲击下降' : '回暖上升'}${f.pct(Math.abs(v('shock')), 0)}；你${f.pct(v('exposure'), 0)}的销售依赖外国买家的订单。`,
  'illusion.flat': (v, f) =>
    `技术引进使效率变化${f.spct(v('efficiencyGain'))}，但你的自有知识几乎没有增长（${f.signed(v('knowledgeChange'))}）：这就是“技术进步的幻觉”。对国外技术的依赖度为${f.pct(v('dependence'), 0)}。`,
  'illusion.learning': (v, f) =>
    `技术引进使效率变化${f.spct(v('efficiencyGain'))}，而且你学到了东西：自有知识${f.signed(v('knowledgeChange'))}，其中${f.num(v('learnt'))}来自引进的技术。对国外技术的依赖度为${f.pct(v('dependence'), 0)}。`,
  'knowledge.created': (v, f) =>
    `自主研发创造了${f.num(v('created'))}单位知识；核心技术变化${f.signed(v('coreTechChange'))}。`,
  'absorb.low': (v, f) =>
    `你的吸收能力较低（${f.num(v('gamma'), 2)}）：只把${f.num(v('absorbed'))}单位外部知识变成了自己的。`,
  'absorb.ok': (v, f) =>
    `凭借${f.num(v('gamma'), 2)}的吸收能力，你把${f.num(v('absorbed'))}单位外部知识变成了自己的。`,
  'search.matched': (v, f) =>
    `伙伴搜寻找到了${f.num(v('matches'), 0)}个新伙伴；累计${f.num(v('totalMatches'), 0)}次成功匹配让下一次搜寻更便宜。`,
  'search.none': (v, f) =>
    `今年的伙伴搜寻一无所获：搜寻先花钱后见效。累计匹配：${f.num(v('totalMatches'), 0)}次。`,
  'gic.up': (v, f) =>
    `你与全球创新链的联系加强了：合作强度${f.num(v('tieScore'), 2)}（${f.signed(v('change'), 2)}）。`,
  'gic.down': (v, f) =>
    `没有新的匹配，你与全球创新链的联系减弱了：合作强度${f.num(v('tieScore'), 2)}（${f.signed(v('change'), 2)}）。`,
  'spill.infringed': (v, f) =>
    `竞争对手仿冒了你的成果：${f.num(v('infringed'))}单位知识因侵权流失，另有${f.num(v('leaked'))}单位外泄。`,
  'spill.leak': (v, f) => `知识产权保护薄弱，${f.num(v('leaked'))}单位知识外泄给了竞争对手。`,
  'circle.patents': (v, f) =>
    `新增${f.num(v('newPatents'), 0)}项专利，在用专利共${f.num(v('patents'), 0)}项。专利提高了自有产品的价值，又为更多研发提供资金。`,
  'upgrade.odm': () => '你成为了ODM：现在你自己设计所生产的产品。',
  'upgrade.obm': () => '你成为了OBM：现在你用自己的品牌销售。',
  'digital.phase': (v, _f, w) =>
    `你的工厂进入了新的数字化阶段：${w.digitalPhases[Math.round(v('phase'))] ?? String(v('phase'))}。`,
  'lockin.locked': (v, f) =>
    `你的企业陷入了低端锁定（风险${f.pct(v('risk'), 0)}）：学习更难，升级需要更多投入。`,
  'lockin.escaped': (v, f) => `你的企业摆脱了低端锁定（风险${f.pct(v('risk'), 0)}）。`,
  'lockin.risk': (v, f) => `低端锁定风险为${f.pct(v('risk'), 0)}（${f.pts(v('change'))}）。`,
  'eco.changed': (v, f) =>
    `区域环境发生了变化：政产学研融合${f.pct(v('govIndustryResearch'), 0)}，粤港澳合作${f.pct(v('hkMacao'), 0)}，区域知识产权保护${f.pct(v('regionalIp'), 0)}。`,
  'governance.captive': () =>
    '你所在的价值链是“俘获型”的：主导买家欢迎你改进工艺，却把设计和品牌留给自己。',
  'governance.relational': () => '你所在的价值链是“关系型”的：伙伴分享知识，允许你开发自己的产品。',
  'liquidity.bankrupt': (v, f) =>
    `现金降至${f.money(v('cash'))}，负债${f.money(v('debt'))}：企业破产了。`,
  'liquidity.cash': (v, f) =>
    `年末现金：${f.money(v('cash'))}，已缴税${f.money(v('tax'))}${v('hnte') > 0 ? '（按15%的高新技术企业税率）' : ''}，利息${f.money(v('interest'))}。负债：${f.money(v('debt'))}。`,
};
