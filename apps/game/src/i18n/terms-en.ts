import { domainErrorsEn } from './domain-errors-en.js';
import type { Terms } from './terms.js';

export const termsEn: Terms = {
  levers: {
    process: {
      label: 'Process upgrading',
      hint: 'Better lines and methods: cheaper assembly inside the buyer’s chain.',
    },
    appliedRnd: {
      label: 'Applied R&D',
      hint: 'Your own product development: builds knowledge and patents.',
    },
    basicResearch: {
      label: 'Basic research',
      hint: 'Core technology: slow, but hard for rivals to copy.',
    },
    licensing: {
      label: 'Licensing foreign technology',
      hint: 'Fast efficiency, little learning, royalties and dependence.',
    },
    training: {
      label: 'Training and learning',
      hint: 'Absorptive capacity: how much you can learn from others.',
    },
    ties: {
      label: 'Global innovation ties',
      hint: 'Search for partners: universities, institutes, Hong Kong, overseas labs.',
    },
    ipProtection: {
      label: 'Patents and IP protection',
      hint: 'Keeps knowledge from leaking; partners share more.',
    },
    digital: {
      label: 'Digital transformation',
      hint: 'Digital, then networked, then intelligent manufacturing.',
    },
    designBrand: {
      label: 'Design and brand',
      hint: 'Own designs (ODM), then your own brand (OBM).',
    },
  },
  partners: {
    university: 'Universities',
    institute: 'Research institutes',
    government: 'Government programmes',
    nonprofit: 'Non-profit organisations',
    talent: 'Global talent',
    mncRnd: 'Multinationals’ R&D centres',
    hkMacao: 'Hong Kong and Macao partners',
    overseasRnd: 'Your own R&D centre abroad',
  },
  modes: {
    OEM: { name: 'OEM', text: 'you assemble to the buyer’s design and brand' },
    ODM: { name: 'ODM', text: 'you design what you make; buyers put their brand on it' },
    OBM: { name: 'OBM', text: 'you sell your own brand' },
  },
  digitalPhases: [
    'not started',
    'digital manufacturing',
    'digital-networked manufacturing',
    'new-generation intelligent manufacturing',
  ],
  stages: {
    rnd: 'R&D',
    design: 'design',
    keyComponents: 'key components',
    assembly: 'assembly',
    logistics: 'logistics',
    marketing: 'marketing',
    brandServices: 'brand and services',
  },
  milestones: {
    'first-patent': {
      title: 'First patent',
      text: 'Your own knowledge is now protected technology in use.',
    },
    'first-tie': {
      title: 'First partner found',
      text: 'You are embedded in the global innovation chain, if only by one thread.',
    },
    odm: { title: 'ODM', text: 'You design what you make: the first step up the curve.' },
    obm: { title: 'OBM', text: 'Your own brand: you reached the right end of the smile curve.' },
    'escaped-lock-in': {
      title: 'Escaped the lock-in',
      text: 'You broke out of the low-end lock-in.',
    },
    'rnd-above-guangdong': {
      title: 'R&D above Guangdong’s 2.61 %',
      text: 'Your R&D intensity beat Guangdong’s 2017 average.',
    },
    'intelligent-manufacturing': {
      title: 'Intelligent manufacturing',
      text: 'You completed the third phase of intelligent transformation.',
    },
  },
  errors: domainErrorsEn,
};
