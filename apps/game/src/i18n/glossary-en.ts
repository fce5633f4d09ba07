/** One glossary entry in one language. */
export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
}

/** The glossary in English; glossary-zh.ts must translate each entry (the compiler checks). */
export const glossaryEn = {
  smileCurve: {
    term: 'Smile curve',
    definition:
      'Stan Shih’s (Acer, early 1990s) picture of value added along a product’s chain: high at R&D and design and at marketing, brand and services, lowest at assembly.',
  },
  valueAdded: {
    term: 'Value added',
    definition:
      'What a firm adds to the value of what it buys: its sales minus the parts and materials it bought in.',
  },
  valueAddedShare: {
    term: 'Value-added share',
    definition:
      'The share of the product’s total value added that your firm captures: its height on the smile curve.',
  },
  smilePosition: {
    term: 'Position on the smile curve',
    definition:
      'Where your firm’s work sits along the curve, from 0 (R&D) through 0.5 (assembly) to 1 (brand and services), weighted by value added.',
  },
  gvc: {
    term: 'Global value chain (GVC)',
    definition:
      'The stages of making a product spread over many countries; a firm embeds in it by taking one stage, often assembly.',
  },
  gvcPositionIndex: {
    term: 'GVC position index',
    definition:
      'Koopman et al. (2010): ln(1 + domestic value in others’ exports) − ln(1 + foreign value in your exports). Below 0, you mostly add value to imported parts.',
  },
  gic: {
    term: 'Global innovation chain (GIC)',
    definition:
      'The worldwide network of knowledge: universities, institutes, MNC R&D centres and other partners a firm searches and ties itself to (§3).',
  },
  gicEmbedding: {
    term: 'GIC embedding',
    definition:
      'How deeply your firm is tied into the global innovation chain: the strength of its partner ties and the share of its knowledge absorbed from outside.',
  },
  businessModel: {
    term: 'Business model (OEM, ODM, OBM)',
    definition:
      'How far up the chain your firm works: OEM assembles to others’ designs, ODM designs for others’ brands, OBM sells under its own brand.',
  },
  oem: {
    term: 'OEM (original equipment manufacturing)',
    definition: 'Making products to a buyer’s design, sold under the buyer’s brand.',
  },
  odm: {
    term: 'ODM (original design manufacturing)',
    definition: 'Designing and making products that other firms sell under their brands.',
  },
  obm: {
    term: 'OBM (own-brand manufacturing)',
    definition: 'Designing, making and selling products under the firm’s own brand.',
  },
  lowEndLockIn: {
    term: 'Low-end lock-in',
    definition:
      'Being trapped at the bottom of the curve: years of pure assembly, little own knowledge and dependence make upgrading ever harder (§1, §4). The game shows the risk as a percentage.',
  },
  absorptiveCapacity: {
    term: 'Absorptive capacity',
    definition:
      'The share of reachable outside knowledge a firm can make its own (Cohen & Levinthal 1990); it grows with own knowledge and training (§5.2).',
  },
  knowledgeSpillover: {
    term: 'Knowledge spillover',
    definition:
      'Knowledge that flows from one organisation to others, through ties, people and products, without being fully paid for.',
  },
  illusionOfProgress: {
    term: 'Illusion of technological progress',
    definition:
      'Licensed technology raises efficiency at once but teaches little and deepens dependence (§3.2).',
  },
  rdIntensity: {
    term: 'R&D intensity',
    definition:
      'Spending on research and development as a share of revenue (for a region: of GDP). Guangdong: 2.61 % of GDP in 2017.',
  },
  intelligentManufacturing: {
    term: 'Intelligent manufacturing',
    definition:
      'Production transformed by digital, networked and intelligent technology; the game’s digital transformation climbs through these phases (§2).',
  },
  ownKnowledge: {
    term: 'Own knowledge',
    definition:
      'An index of the knowledge your firm has built itself or absorbed; it depreciates each year unless renewed.',
  },
  patents: {
    term: 'Patents in use',
    definition:
      'Protected innovation results that raise the value of your own products (the virtuous circle, §3).',
  },
  partnerTies: {
    term: 'Partner ties',
    definition:
      'The strength, 0 to 1, of your ties to each kind of knowledge partner; ties fade unless renewed.',
  },
  cash: {
    term: 'Cash',
    definition: 'Money in the bank at the end of the year. Below zero the firm is bankrupt.',
  },
  netProfit: {
    term: 'Net profit',
    definition: 'Revenue minus every cost, interest and tax for the year.',
  },
  revenue: {
    term: 'Revenue',
    definition: 'What the firm sold in the year.',
  },
  debt: {
    term: 'Debt',
    definition: 'What the firm owes the bank; it pays interest every year.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryId = keyof typeof glossaryEn;
