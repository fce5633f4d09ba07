import type { MechanismCatalogue } from './mechanisms.js';

/** The model's mechanisms in plain English, each with the source it follows. */
export const mechanismsEn: MechanismCatalogue = {
  gvcEmbedding: {
    name: 'Embedding in the global value chain',
    explain:
      'As an OEM you assemble what foreign buyers design and sell. Orders follow cost: when wages rise faster than your efficiency, buyers move orders elsewhere. Better processes keep you competitive, but only at the thin-margin bottom of the curve.',
    source: 'Paper §1 and §4; Humphrey & Schmitz (2002) on process upgrading in captive chains.',
  },
  lowEndLockIn: {
    name: 'Low-end lock-in',
    explain:
      'Years of pure assembly, little own knowledge, dependence on licensed technology and one dominant buyer raise the risk of being locked in. Once locked in, the frontier has moved away: you learn less and need more to upgrade, and you escape only well below the threshold.',
    source: 'Paper §1 and §4; Cohen & Levinthal (1990) on “lock-out”.',
  },
  gicEmbedding: {
    name: 'Embedding in the global innovation chain',
    explain:
      'Ties to universities, institutes, multinationals’ labs, Hong Kong and Macao partners and talent open the firm to knowledge it could not create alone: from closed to open innovation. Ties decay unless renewed.',
    source: 'Paper §3 and §3.1; §5.1 on Hong Kong and Macao.',
  },
  searchCosts: {
    name: 'Search costs',
    explain:
      'Finding a partner takes money and luck: each year’s search effort has a chance to match, and every match makes the next search cheaper. Partners share more when your IP is protected.',
    source: 'Paper §3.1 on the search and matching costs of GIC embedding.',
  },
  absorptiveCapacity: {
    name: 'Absorptive capacity',
    explain:
      'You can only learn what you can understand. The share of outside knowledge you make your own rises with your own knowledge and, above all, with training and learning routines. Ties without absorptive capacity bring little.',
    source: 'Cohen & Levinthal (1990); paper §3.2 and §5.2.',
  },
  knowledgeProduction: {
    name: 'Knowledge production',
    explain:
      'Own R&D creates knowledge with diminishing returns, helped by what you already know. Knowledge depreciates about 15 % a year unless renewed.',
    source:
      'Jones (1995) knowledge production function; Griliches (1979) perpetual inventory; paper §3 and §5.1.',
  },
  knowledgeSpillover: {
    name: 'Knowledge spillover and IP protection',
    explain:
      'Under weak IP protection part of your knowledge leaks to rivals every year, and copies of your products take more. Your own IP protection and the region’s both shield you.',
    source: 'Paper §4 on the weak protection of intellectual property rights.',
  },
  illusionOfProgress: {
    name: 'The illusion of technological progress',
    explain:
      'Licensed foreign technology raises efficiency at once, so the firm looks more advanced, but it teaches little of its own: royalties and dependence grow while own knowledge stays flat.',
    source: 'Paper §3.2.',
  },
  virtuousCircle: {
    name: 'The virtuous circle',
    explain:
      'New knowledge becomes patents, patents become technology in use with market value, and the revenue pays for more R&D.',
    source: 'Paper §3.',
  },
  functionalUpgrading: {
    name: 'Functional upgrading',
    explain:
      'From OEM to ODM you need design capability and knowledge; from ODM to OBM a brand, patents and more knowledge. A locked-in firm faces higher thresholds. Each step moves you toward the high-value ends of the curve.',
    source: 'Humphrey & Schmitz (2002); paper §3.2, from “Making” to “Creating”.',
  },
  smileCurve: {
    name: 'The smile curve',
    explain:
      'Value added is high at both ends of the chain (R&D and design on the left, brand and services on the right) and low in the middle (assembly). Your height is the share of the product’s value you capture; it grows as you perform more of the high-value stages. The curve deepens over time as assembly commoditises.',
    source: 'Stan Shih (1992); Baldwin & Ito (2021) on the deepening curve; paper §3.1.',
  },
  intelligentTransformation: {
    name: 'Intelligent transformation',
    explain:
      'Digital manufacturing, then digital-networked, then new-generation intelligent manufacturing, strictly in order. Each phase raises efficiency; the last also needs enough own knowledge.',
    source: 'Paper §2; Zhou et al. (2018).',
  },
  regionalEcosystem: {
    name: 'The regional innovation ecosystem',
    explain:
      'Government–industry–research integration, Hong Kong–Macao cooperation and regional IP protection amplify what partners pass on. Programmes and plans can change them.',
    source: 'Paper §5.1 and §5.3.',
  },
  worldMarketExposure: {
    name: 'Exposure to the world market',
    explain:
      'An OEM sells only to foreign buyers, so every world-demand shock hits all its sales. ODM and OBM firms sell part of their output through their own channels, which feel shocks only partly.',
    source: 'Paper §4.',
  },
  governanceMaturity: {
    name: 'Chain governance and the innovation system',
    explain:
      'A captive chain led by one dominant buyer encourages process upgrades but blocks product and brand upgrading; relational chains in a mature innovation system deepen product capabilities.',
    source: 'Fransen & Knorringa (2019), cited in paper §2; Humphrey & Schmitz (2002).',
  },
  liquidity: {
    name: 'Cash, tax and credit',
    explain:
      'Spending comes out of cash and bank loans; a firm whose cash falls below zero is bankrupt. High and New Technology Enterprises (R&D at least 3 % of revenue) pay 15 % tax instead of 25 %, and R&D is deducted again under the super-deduction.',
    source: 'China’s corporate income tax law: HNTE rate and the R&D super-deduction.',
  },
  event: {
    name: 'Events',
    explain:
      'Events are the world outside the firm: crises, wage rises, tariffs, programmes. Each card names its real-world source.',
    source: 'See each event’s source.',
  },
};
