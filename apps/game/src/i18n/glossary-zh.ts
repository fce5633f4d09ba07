import type { GlossaryEntry, GlossaryId } from './glossary-en.js';

/** The glossary in Simplified Chinese. */
export const glossaryZh: Record<GlossaryId, GlossaryEntry> = {
  smileCurve: {
    term: '微笑曲线',
    definition:
      '施振荣（宏碁，20世纪90年代初）描绘的产品链条附加值分布：研发设计和营销、品牌与服务两端高，组装环节最低。',
  },
  valueAdded: {
    term: '附加值',
    definition: '企业在所购投入之上新增的价值：销售额减去购入的零部件和原材料。',
  },
  valueAddedShare: {
    term: '增加值占比',
    definition: '你的企业获得的产品总附加值的份额：也就是它在微笑曲线上的高度。',
  },
  smilePosition: {
    term: '微笑曲线上的位置',
    definition: '按附加值加权，企业业务在曲线上的位置：0为研发，0.5为组装，1为品牌与服务。',
  },
  gvc: {
    term: '全球价值链',
    definition: '产品的各生产环节分布在许多国家；企业通过承担其中一个环节（常常是组装）嵌入其中。',
  },
  gvcPositionIndex: {
    term: 'GVC地位指数',
    definition:
      'Koopman等（2010）：ln(1+他国出口中的本国增加值) − ln(1+本国出口中的国外增加值)。低于0表示你主要是在进口零部件上增加价值。',
  },
  gic: {
    term: '全球创新链',
    definition:
      '全球范围的知识网络：企业搜寻并与之建立联系的高校、科研院所、跨国公司研发中心等伙伴（§3）。',
  },
  gicEmbedding: {
    term: '全球创新链嵌入度',
    definition: '企业嵌入全球创新链的深度：伙伴联系的强度，以及从外部吸收的知识在其知识中的比重。',
  },
  businessModel: {
    term: '经营模式（代工、设计代工、自有品牌）',
    definition: '企业在链条上所处的高度：OEM按他人设计组装，ODM为他人品牌设计，OBM以自有品牌销售。',
  },
  oem: {
    term: '代工（OEM，原始设备制造）',
    definition: '按买家的设计制造产品，以买家的品牌出售。',
  },
  odm: {
    term: '设计代工（ODM，原始设计制造）',
    definition: '设计并制造产品，由其他企业以其品牌出售。',
  },
  obm: {
    term: '自有品牌（OBM，自有品牌制造）',
    definition: '以企业自己的品牌设计、制造和销售产品。',
  },
  lowEndLockIn: {
    term: '低端锁定',
    definition:
      '被困在曲线底部：多年纯组装、自有知识少和技术依赖使升级越来越难（§1、§4）。游戏以百分比显示其风险。',
  },
  absorptiveCapacity: {
    term: '吸收能力',
    definition:
      '企业能把可获取的外部知识转化为自身知识的比例（Cohen & Levinthal 1990）；随自有知识和培训增长（§5.2）。',
  },
  knowledgeSpillover: {
    term: '知识溢出',
    definition: '知识通过联系、人员和产品从一个组织流向其他组织，而接收方并未为此全额付费。',
  },
  illusionOfProgress: {
    term: '技术进步的假象',
    definition: '引进的技术能立即提高效率，却学到很少，并加深依赖（§3.2）。',
  },
  rdIntensity: {
    term: '研发强度',
    definition: '研发投入占营业收入的比重（对地区而言占GDP的比重）。广东2017年为GDP的2.61%。',
  },
  intelligentManufacturing: {
    term: '智能制造',
    definition:
      '由数字化、网络化和智能化技术改造的生产；游戏中的数字化转型依次经历这些阶段（§2）。',
  },
  ownKnowledge: {
    term: '自有知识',
    definition: '企业自己创造或吸收的知识的指数；若不更新，每年都会折旧。',
  },
  patents: {
    term: '在用专利',
    definition: '受保护的创新成果，能提高自有产品的价值（良性循环，§3）。',
  },
  partnerTies: {
    term: '伙伴联系',
    definition: '企业与各类知识伙伴联系的强度（0到1）；若不维护，联系会减弱。',
  },
  cash: {
    term: '现金',
    definition: '年末的银行存款。低于零时企业破产。',
  },
  netProfit: {
    term: '净利润',
    definition: '一年的营业收入减去全部成本、利息和税金。',
  },
  revenue: {
    term: '营业收入',
    definition: '企业一年的销售额。',
  },
  debt: {
    term: '负债',
    definition: '企业欠银行的钱；每年需支付利息。',
  },
};
