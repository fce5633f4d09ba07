/**
 * Event sources in Simplified Chinese, by event id. The domain's event data
 * carries its source in English only; English shows the domain's own text.
 */
export const eventSourcesZh: Readonly<Record<string, string>> = {
  'financial-crisis': '2009年广东出口下降约11%（《广东统计年鉴2010》）。',
  'wage-rise': '2008至2015年间广东最低工资约翻了一番（广东省人力资源和社会保障厅通知）。',
  'trade-friction': '美国301条款关税，2018–2019年。',
  'export-controls': '针对半导体及设备的出口管制，2019–2023年。',
  pandemic: '新冠肺炎疫情，2020年。',
  'mnc-rnd-centre': '论文§4：跨国公司的全球研发网络为广东创造了知识溢出的机会。',
  'ip-infringement': '论文§4：知识产权保护薄弱，妨碍企业学习和创新。',
  'talent-programme': '广东“珠江人才计划”（2009年起）。',
  'greater-bay-area': '《粤港澳大湾区发展规划纲要》（2019年）；论文§5.1。',
  'gir-programme': '论文§5.3：“政产学研融合”。',
  'buyer-squeeze': 'Humphrey & Schmitz（2002）：俘获型买家会挤压供应商。',
  'rnd-subsidy': '论文§4：2017年广东仅有37.06%的企业设有研发机构（江苏为42.97%）。',
};
