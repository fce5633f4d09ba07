import type { EventDefinition } from '../schemas/scenario.js';

type EventInput = Omit<EventDefinition, 'effect' | 'options'> &
  Partial<Pick<EventDefinition, 'effect' | 'options'>>;

/**
 * The event library. Scenarios schedule these by id; historical anchors carry
 * their real-world source. Effects are in million CNY and index units.
 */
const library: EventInput[] = [
  {
    id: 'financial-crisis',
    title: { en: 'Global financial crisis', zh: '全球金融危机' },
    story: {
      en: "Orders from American and European buyers collapse. Guangdong's exporters lay off workers by the hundred thousand.",
      zh: '欧美买家订单骤减，广东出口企业大批裁员。',
    },
    source: 'Guangdong exports fell about 11 % in 2009 (Guangdong Statistical Yearbook 2010).',
    effect: { worldDemand: -0.22 },
    options: [
      {
        id: 'keep-engineers',
        label: { en: 'Keep the engineers and train them', zh: '留住工程师并加以培训' },
        cost: 6,
        effect: { training: 12 },
      },
      {
        id: 'lay-off',
        label: { en: 'Lay off to protect cash', zh: '裁员以保现金' },
        cost: 0,
        effect: { knowledgeLoss: 0.12 },
      },
    ],
  },
  {
    id: 'wage-rise',
    title: { en: 'Minimum wages rise again', zh: '最低工资再度上调' },
    story: {
      en: 'The province raises minimum wages and migrant workers are harder to find.',
      zh: '广东上调最低工资标准，外来务工人员越来越难招。',
    },
    source:
      "Guangdong's minimum wage roughly doubled between 2008 and 2015 (Guangdong HRSS notices).",
    effect: { wageJump: 0.1 },
    options: [
      {
        id: 'automate',
        label: { en: 'Automate a line', zh: '改造一条自动化产线' },
        cost: 8,
        effect: { process: 14 },
      },
      { id: 'absorb', label: { en: 'Absorb the cost', zh: '自行消化成本' }, cost: 0, effect: {} },
    ],
  },
  {
    id: 'trade-friction',
    title: { en: 'Tariffs on exports', zh: '出口关税上调' },
    story: {
      en: 'New tariffs hit electronics shipped to the United States; buyers ask for discounts and dual sourcing.',
      zh: '输美电子产品被加征关税，买家要求降价并寻找第二供应商。',
    },
    source: 'US Section 301 tariffs, 2018–2019.',
    effect: { worldDemand: -0.08, importCost: 0.1 },
  },
  {
    id: 'export-controls',
    title: { en: 'Export controls on key components', zh: '关键零部件出口管制' },
    story: {
      en: 'A foreign supplier may no longer ship the chips your products need without a licence.',
      zh: '国外供应商未经许可不得再向你供应所需芯片。',
    },
    source: 'Export controls on semiconductors and equipment, 2019–2023.',
    effect: { importCost: 0.35 },
    options: [
      {
        id: 'domestic-supplier',
        label: { en: 'Co-develop a domestic supplier', zh: '与国内供应商联合开发' },
        cost: 10,
        effect: { coreTech: 10, importCost: -0.2 },
      },
      {
        id: 'pay-up',
        label: { en: 'Pay grey-market prices', zh: '高价从其他渠道采购' },
        cost: 0,
        effect: {},
      },
    ],
  },
  {
    id: 'pandemic',
    title: { en: 'Pandemic', zh: '新冠疫情' },
    story: {
      en: 'Factories close for weeks and world demand falls, then swings back unevenly.',
      zh: '工厂停工数周，全球需求下滑后又不均衡地反弹。',
    },
    source: 'COVID-19, 2020.',
    effect: { worldDemand: -0.15 },
  },
  {
    id: 'mnc-rnd-centre',
    title: { en: 'A multinational opens an R&D centre nearby', zh: '跨国公司在附近设立研发中心' },
    story: {
      en: 'Engineers, suppliers and ideas flow around the new centre. Will you be able to learn from it?',
      zh: '新的研发中心带来工程师、供应商和新想法。你能从中学到东西吗？',
    },
    source: "Paper §4: MNCs' global R&D networks create spillover opportunities for Guangdong.",
    effect: { spillover: 30 },
    options: [
      {
        id: 'second-engineers',
        label: { en: 'Second engineers to work with them', zh: '派工程师参与合作' },
        cost: 4,
        effect: { ties: { mncRnd: 0.35 } },
      },
      { id: 'watch', label: { en: 'Watch from a distance', zh: '保持观望' }, cost: 0, effect: {} },
    ],
  },
  {
    id: 'ip-infringement',
    title: { en: 'Your design is copied', zh: '你的设计被仿冒' },
    story: {
      en: 'A rival sells a copy of your latest product at a lower price.',
      zh: '竞争对手以更低价格销售你最新产品的仿制品。',
    },
    source: 'Paper §4: weak IP protection keeps firms from learning and innovating.',
    effect: { infringement: 0.2 },
  },
  {
    id: 'talent-programme',
    title: { en: 'Provincial talent programme', zh: '省级人才计划' },
    story: {
      en: 'The province co-funds overseas engineers and researchers who join local firms.',
      zh: '省里资助海外工程师和研究人员加入本地企业。',
    },
    source: 'Guangdong "Pearl River Talent Plan" (from 2009).',
    options: [
      {
        id: 'join',
        label: { en: 'Recruit through the programme', zh: '通过该计划引进人才' },
        cost: 5,
        effect: { training: 12, ties: { talent: 0.4 } },
      },
      { id: 'decline', label: { en: 'Not this year', zh: '今年暂不参加' }, cost: 0, effect: {} },
    ],
  },
  {
    id: 'greater-bay-area',
    title: { en: 'Greater Bay Area cooperation', zh: '粤港澳大湾区合作' },
    story: {
      en: 'The Greater Bay Area plan opens labs and funds to Guangdong–Hong Kong–Macao teams.',
      zh: '大湾区规划向粤港澳联合团队开放实验室和资金。',
    },
    source:
      'Outline Development Plan for the Guangdong–Hong Kong–Macao Greater Bay Area (2019); paper §5.1.',
    effect: { ecosystem: { hkMacao: 0.15 } },
    options: [
      {
        id: 'joint-lab',
        label: {
          en: 'Open a joint lab with a Hong Kong university',
          zh: '与香港高校共建联合实验室',
        },
        cost: 8,
        effect: { ties: { hkMacao: 0.45 } },
      },
      { id: 'later', label: { en: 'Maybe later', zh: '以后再说' }, cost: 0, effect: {} },
    ],
  },
  {
    id: 'gir-programme',
    title: { en: 'Government–industry–research programme', zh: '政产学研合作项目' },
    story: {
      en: 'A provincial programme pairs manufacturers with universities and institutes on shared projects.',
      zh: '省级项目组织制造企业与高校、科研院所共同攻关。',
    },
    source: 'Paper §5.3: "integration of government, industry and research".',
    effect: { ecosystem: { govIndustryResearch: 0.05 } },
    options: [
      {
        id: 'join',
        label: { en: 'Join a project', zh: '加入一个项目' },
        cost: 6,
        effect: { ties: { university: 0.3, institute: 0.3, government: 0.2 } },
      },
      { id: 'decline', label: { en: 'Stay out', zh: '不参加' }, cost: 0, effect: {} },
    ],
  },
  {
    id: 'buyer-squeeze',
    title: { en: 'Your biggest buyer demands a price cut', zh: '最大客户要求降价' },
    story: {
      en: 'The brand that buys most of your output threatens to move orders unless you cut prices.',
      zh: '采购你大部分产品的品牌商威胁转移订单，除非你降价。',
    },
    source: 'Humphrey & Schmitz (2002): captive buyers squeeze suppliers.',
    effect: { worldDemand: -0.05 },
    options: [
      {
        id: 'accept',
        label: { en: 'Accept the cut', zh: '接受降价' },
        cost: 0,
        effect: { buyerConcentration: 0.05 },
      },
      {
        id: 'diversify',
        label: { en: 'Court new buyers', zh: '开拓新客户' },
        cost: 5,
        effect: { buyerConcentration: -0.15 },
      },
    ],
  },
  {
    id: 'rnd-subsidy',
    title: { en: 'R&D subsidy', zh: '研发补贴' },
    story: {
      en: 'The city pays a grant to manufacturers that set up an R&D institution.',
      zh: '市政府向设立研发机构的制造企业发放补贴。',
    },
    source:
      'Paper §4: only 37.06 % of Guangdong firms had R&D institutions in 2017 (Jiangsu 42.97 %).',
    effect: { cash: 6 },
  },
];

export const EVENT_LIBRARY: ReadonlyMap<string, EventInput> = new Map(
  library.map((e) => [e.id, e]),
);
