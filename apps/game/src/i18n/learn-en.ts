/** Learn mode's strings in English. learn-zh.ts must translate each key (the compiler checks). */
export const learnEn = {
  'learn.entry': 'Learn: the smile curve in 7 steps',
  'learn.heading': 'Learn: the smile curve',
  'learn.intro':
    'Seven short steps, each with one question. Every number you move here is computed by the same model the game uses.',
  'learn.progress': 'Step {n} of {total}',
  'learn.steps': 'Learn steps',
  'learn.prev': 'Previous step',
  'learn.next': 'Next step',
  'learn.finish': 'Finish',
  'learn.glossary': 'Glossary',
  'learn.check': 'Check my answer',
  'learn.right': '✓ Correct.',
  'learn.wrong': '✗ Not quite.',
  'learn.pick': 'Choose an answer first.',
  'learn.question': 'Check question',
  'learn.source': 'Source: {source}',
  'learn.done.heading': 'You finished Learn',
  'learn.done.score': 'You answered {right} of {total} check questions correctly.',
  'learn.done.play': 'Play the game',
  'learn.done.again': 'Start Learn again',

  's1.title': 'The smile curve',
  's1.body':
    'In the early 1990s Stan Shih, the founder of Acer, drew the value added along a product’s chain as a smile: high at the left end (R&D, design, key components), lowest in the middle (assembly), and high again at the right end (marketing, brand and services).',
  's1.slider': 'Move the firm along the curve',
  's1.readout':
    'Stage: {stage}. Value-added margin here: {margin}. This stage captures {share} of the product’s value added.',
  's1.chart': 'The smile curve: value-added margin from R&D (left) to brand and services (right)',
  's1.q': 'Where on the smile curve is value added lowest?',
  's1.a0': 'R&D and design',
  's1.a1': 'Assembly',
  's1.a2': 'Brand and services',
  's1.why':
    'Assembly sits at the bottom of the smile: many factories can do it, so buyers pay little for it. Value is captured at the two ends.',

  's2.title': 'A real case: who captures the value of an iPod?',
  's2.body':
    'Dedrick, Kraemer and Linden took apart a 30 GB video iPod that sold for US$299 in 2005 and traced who captured each dollar. It was assembled in China, yet assembly captured only about US$4. Apple, which designed and branded it, kept about US$80; distribution and retail took US$75.',
  's2.iphone':
    'Their later study of the iPhone 4 (2010) found the same pattern: Apple’s profit was about 58.5 % of the price, while labour in mainland China received about 1.8 %.',
  's2.chart': 'Who captured the US$299 retail price of a 30 GB iPod (2005)',
  's2.who': 'Who',
  's2.usd': 'US dollars',
  's2.share': 'Share of the price',
  's2.row.apple': 'Apple (design, brand, software)',
  's2.row.retail': 'Distribution and retail',
  's2.row.hdd': 'Hard drive (Toshiba, Japan)',
  's2.row.display': 'Display module',
  's2.row.parts': 'Other parts and their suppliers',
  's2.row.assembly': 'Assembly and testing in China',
  's2.source':
    'Linden, Kraemer & Dedrick (2009), “Who captures value in a global innovation network? The case of Apple’s iPod”, Communications of the ACM 52(3): 140–144; Dedrick, Kraemer & Linden (2010), Industrial and Corporate Change 19(1): 81–116; Kraemer, Linden & Dedrick (2011), “Capturing Value in Global Networks: Apple’s iPad and iPhone”, working paper, Personal Computing Industry Center, University of California, Irvine, July 2011 (iPhone: Apple’s profit 58.5 % and Chinese labour 1.8 % of the sales price), pcic.merage.uci.edu/papers/2011/Value_iPad_iPhone.pdf.',
  's2.q': 'About how much of the iPod’s US$299 did assembly in China capture?',
  's2.a0': 'About US$4: under 2 %',
  's2.a1': 'About US$80: a quarter',
  's2.a2': 'About US$150: half',
  's2.why':
    'Assembly captured about US$3.86, roughly 1.3 % of the price, far under 10 %. The value went to design, brand, key components and retail.',

  's3.title': 'GVC embedding as an OEM, and low-end lock-in',
  's3.body':
    'Guangdong’s firms joined global value chains as OEMs: they assemble products to a foreign buyer’s design and sell them under the buyer’s brand. That brings orders, jobs and process know-how. But years of pure assembly, little own knowledge, licensed technology and one dominant buyer can trap a firm at the bottom of the curve: low-end lock-in (§1, §4).',
  's3.years': 'Years of pure OEM assembly',
  's3.mode': 'Business model',
  's3.readout':
    'Lock-in risk: {risk}. {state} The firm captures {share} of the product’s value added.',
  's3.locked': 'Locked in: the firm learns less and needs more to upgrade.',
  's3.free': 'Not locked in yet.',
  's3.q': 'Which makes low-end lock-in most likely?',
  's3.a0': 'Training staff and doing own R&D',
  's3.a1': 'Many years of pure assembly with little own knowledge',
  's3.a2': 'Upgrading to own design (ODM)',
  's3.why':
    'The risk rises with every year of pure OEM work, with low own knowledge, dependence on foreign technology and a dominant buyer. Upgrading the business model relieves it.',

  's4.title': 'GIC embedding: joining the global innovation chain',
  's4.body':
    'Embedding in the global innovation chain means searching for knowledge worldwide and tying the firm to universities, research institutes, government bodies, the R&D centres of multinationals and Hong Kong or Macao partners (§3, §3.1). Closed innovation becomes open innovation: the firm reaches more knowledge, and each new search costs less.',
  's4.partners': 'Partners the firm has ties with',
  's4.matches': 'Partners found in earlier searches',
  's4.readout':
    'Outside knowledge within reach: {reach} units a year. A search spending {effort} on one partner type finds a partner with a chance of {chance}.',
  's4.q': 'What happens to the cost of searching as a firm embeds in the innovation chain?',
  's4.a0': 'It rises, because every partner wants more',
  's4.a1': 'It falls: earlier ties make the next partner easier to find',
  's4.a2': 'Nothing: search costs are fixed',
  's4.why':
    'Every partner found makes the next search likelier to succeed with the same effort: embedding lowers search costs (§3).',

  's5.title': 'Absorptive capacity',
  's5.body':
    'Spillover only helps a firm that can understand it. Absorptive capacity (Cohen & Levinthal 1990) is the share of reachable outside knowledge the firm makes its own. It grows with the firm’s own knowledge and, above all, with training and learning routines (§5.2).',
  's5.training': 'Train staff (learning routines)',
  's5.rnd': 'Do own R&D (own knowledge)',
  's5.readout':
    'The same {spillover} units of spillover from a university and an MNC R&D centre. Absorptive capacity {capacity}: the firm absorbs {absorbed} units.',
  's5.q': 'Two firms receive exactly the same spillover. Which absorbs more of it?',
  's5.a0': 'The one with the bigger factory',
  's5.a1': 'The one that trains its staff and does its own R&D',
  's5.a2': 'Both absorb the same amount',
  's5.why':
    'You can only learn what you can understand: training and own knowledge raise absorptive capacity, so the same spillover teaches more.',

  's6.title': 'The illusion of technological progress',
  's6.body':
    'Licensing foreign technology lifts efficiency at once, so it looks like progress. But the firm learns little from it, pays royalties and grows more dependent. The paper calls this the illusion of technological progress (§3.2).',
  's6.spend': 'Spending this year (million CNY)',
  's6.caption': 'The same spending, two ways',
  's6.measure': 'Measure',
  's6.licensing': 'License foreign technology',
  's6.rnd': 'Own applied R&D',
  's6.efficiency': 'Efficiency gain this year',
  's6.knowledge': 'Own knowledge gained (index)',
  's6.dependence': 'Dependence on foreign technology',
  's6.q':
    'Licensing raised efficiency at once. Why does the paper call it an illusion of progress?',
  's6.a0': 'Because efficiency did not really rise',
  's6.a1': 'Because the firm learns little from it and grows more dependent',
  's6.a2': 'Because licences are always too expensive',
  's6.why':
    'The gain is real but borrowed: own knowledge barely grows while dependence and royalties rise, so the firm cannot climb the curve on its own.',

  's7.title': 'Guangdong in numbers',
  's7.body':
    'Guangdong ranks first in China for innovation overall, yet in 2017 it spent 2.61 % of its GDP on R&D, less than Japan, Germany or the USA, and fewer of its firms had their own R&D institutions than in Jiangsu (§4).',
  's7.chart': 'R&D spending as a share of GDP, 2017',
  's7.who': 'Economy',
  's7.value': 'R&D/GDP',
  's7.inst': 'Firms with their own R&D institutions, 2017',
  's7.region': 'Province',
  's7.instShare': 'Share of firms',
  's7.guangdong': 'Guangdong',
  's7.jiangsu': 'Jiangsu',
  's7.recs': 'The paper’s three recommendations',
  's7.rec1':
    '§5.1 Strengthen firms’ R&D in core technologies: do basic research rather than simply buy technology abroad, and cooperate with Hong Kong and Macao.',
  's7.rec2':
    '§5.2 Strengthen knowledge absorption: learn openly, choose good partners, invest in learning and training.',
  's7.rec3':
    '§5.3 Optimise the innovation ecosystem: integrate government, industry and research, and protect intellectual property.',
  's7.source': 'The paper, §4 and §5 (Guangdong economic and technological indicators, 2017).',
  's7.q': 'Which of these is one of the paper’s recommendations?',
  's7.a0': 'Buy more technology abroad instead of doing basic research',
  's7.a1': 'Keep wages low to hold on to assembly orders',
  's7.a2': 'Strengthen firms’ capacity to absorb knowledge',
  's7.why':
    'The paper recommends own core-technology R&D (§5.1), stronger knowledge absorption (§5.2) and a better innovation ecosystem (§5.3).',
} as const satisfies Record<string, string>;

export type LearnKey = keyof typeof learnEn;
