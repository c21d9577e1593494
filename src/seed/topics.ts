/**
 * 国务院公文主题分类: the 21 subject categories used by the State Council's policy library
 * (plus 其他 for what fits none), with a few second-level entries that district sites commonly use.
 */
export interface TopicSeed {
  code: string;
  name: string;
  children?: readonly { code: string; name: string }[];
}

export const STATE_COUNCIL_TOPICS: readonly TopicSeed[] = [
  { code: '01', name: '国务院组织机构' },
  {
    code: '02',
    name: '综合政务',
    children: [
      { code: '0201', name: '政务公开' },
      { code: '0202', name: '政务督查' },
    ],
  },
  { code: '03', name: '国民经济管理、国有资产监管' },
  { code: '04', name: '财政、金融、审计' },
  { code: '05', name: '国土资源、能源' },
  { code: '06', name: '农业、林业、水利' },
  { code: '07', name: '工业、交通' },
  { code: '08', name: '商贸、海关、旅游' },
  {
    code: '09',
    name: '市场监管、安全生产监管',
    children: [
      { code: '0901', name: '食品安全' },
      { code: '0902', name: '安全生产' },
    ],
  },
  {
    code: '10',
    name: '城乡建设、环境保护',
    children: [
      { code: '1001', name: '城市规划' },
      { code: '1002', name: '住房保障' },
    ],
  },
  {
    code: '11',
    name: '科技、教育',
    children: [
      { code: '1101', name: '教育' },
      { code: '1102', name: '科技' },
    ],
  },
  { code: '12', name: '文化、广电、新闻出版' },
  {
    code: '13',
    name: '卫生、体育',
    children: [
      { code: '1301', name: '卫生' },
      { code: '1302', name: '体育' },
    ],
  },
  { code: '14', name: '人口与计划生育、妇女儿童工作' },
  { code: '15', name: '劳动、人事、监察' },
  { code: '16', name: '公安、安全、司法' },
  { code: '17', name: '民政、扶贫、救灾' },
  { code: '18', name: '民族、宗教' },
  { code: '19', name: '对外事务' },
  { code: '20', name: '港澳台侨工作' },
  { code: '21', name: '国防' },
  { code: '99', name: '其他' },
];
