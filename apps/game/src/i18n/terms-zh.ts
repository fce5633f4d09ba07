import { domainErrorsZh } from './domain-errors-zh.js';
import type { Terms } from './terms.js';

export const termsZh: Terms = {
  levers: {
    process: { label: '工艺升级', hint: '改进产线和方法：在买家的价值链内降低组装成本。' },
    appliedRnd: { label: '应用研发', hint: '自主产品开发：积累知识和专利。' },
    basicResearch: { label: '基础研究', hint: '核心技术：见效慢，但难以被对手模仿。' },
    licensing: {
      label: '引进国外技术许可',
      hint: '效率提升快，学到的少，还要付专利费、形成依赖。',
    },
    training: { label: '培训与学习机制', hint: '吸收能力：决定你能从别人那里学到多少。' },
    ties: { label: '全球创新合作', hint: '寻找合作伙伴：高校、科研院所、港澳、海外研发机构。' },
    ipProtection: { label: '专利与知识产权保护', hint: '防止知识外泄；合作伙伴更愿意分享。' },
    digital: { label: '数字化转型', hint: '数字化制造，再到数字化网络化，最后是智能制造。' },
    designBrand: { label: '设计与品牌', hint: '自主设计（ODM），再到自有品牌（OBM）。' },
  },
  partners: {
    university: '高校',
    institute: '科研院所',
    government: '政府项目',
    nonprofit: '非营利组织',
    talent: '全球人才',
    mncRnd: '跨国公司研发中心',
    hkMacao: '港澳合作伙伴',
    overseasRnd: '自己的海外研发中心',
  },
  modes: {
    OEM: { name: '代工（OEM）', text: '按买家的设计和品牌组装' },
    ODM: { name: '原始设计制造（ODM）', text: '自己设计产品，买家贴牌' },
    OBM: { name: '自有品牌（OBM）', text: '销售自己的品牌' },
  },
  digitalPhases: ['尚未开始', '数字化制造', '数字化网络化制造', '新一代智能制造'],
  stages: {
    rnd: '研发',
    design: '设计',
    keyComponents: '关键零部件',
    assembly: '组装',
    logistics: '物流',
    marketing: '营销',
    brandServices: '品牌与服务',
  },
  milestones: {
    'first-patent': { title: '第一项专利', text: '你的自有知识变成了受保护、在使用的技术。' },
    'first-tie': { title: '找到第一个合作伙伴', text: '你嵌入了全球创新链，哪怕只有一根线。' },
    odm: { title: '成为ODM', text: '你自己设计产品：沿曲线迈出了第一步。' },
    obm: { title: '成为OBM', text: '自有品牌：你到达了微笑曲线的右端。' },
    'escaped-lock-in': { title: '摆脱锁定', text: '你冲出了低端锁定。' },
    'rnd-above-guangdong': {
      title: '研发强度超过广东的2.61%',
      text: '你的研发投入强度超过了广东2017年的平均水平。',
    },
    'intelligent-manufacturing': { title: '智能制造', text: '你完成了智能化转型的第三阶段。' },
  },
  errors: domainErrorsZh,
};
