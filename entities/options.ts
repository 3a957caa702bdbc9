// Option lists shared by several resources (codes from GLOSSARY.md and the notice's forms).
import { options } from "./describe";

/**
 * Each option's value under its own name, from the same code → label pairs the options are made of
 * (`STATUS.approved` is "approved"): code and SQL name a value the description has, checked by tsc.
 */
export const optionValues = <K extends string>(pairs: Record<K, string>) =>
  Object.fromEntries(Object.keys(pairs).map((k) => [k, k])) as { readonly [P in K]: P };

/** GB/T 3304: code → name. */
const ETHNIC_NAMES =
  "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族".split(
    " ",
  );
export const ETHNICITIES = ETHNIC_NAMES.map((label, i) => ({ value: String(i + 1).padStart(2, "0"), label }));

/** GB/T 4762 political status, code → name. */
export const POLITICAL_STATUSES = options({
  "01": "中共党员",
  "02": "中共预备党员",
  "03": "共青团员",
  "04": "民革会员",
  "05": "民盟盟员",
  "06": "民建会员",
  "07": "民进会员",
  "08": "农工党党员",
  "09": "致公党党员",
  "10": "九三学社社员",
  "11": "台盟盟员",
  "12": "无党派人士",
  "13": "群众",
});

export const GENDERS = options({ male: "男", female: "女" });

export const PRIORITY_INDUSTRIES = options({
  optoelectronics: "光电子信息",
  nev: "新能源汽车",
  equipment: "机械装备",
  biomedicine: "生物医药",
  materials: "新材料",
  aiIt: "人工智能及信息技术服务业",
  other: "其他",
});

export const KEY_GIANT_STATUSES = options({
  first: "第一批重点小巨人",
  newRound1: "新一轮第一批重点小巨人",
  newRound3Plan: "计划申请新一轮第三批重点小巨人",
  none: "否",
});

export const GIANT_BATCHES = options({
  "1": "第一批（2019年）",
  "2": "第二批（2020年）",
  "3": "第三批（2021年）",
  "4": "第四批（2022年）",
  "5": "第五批（2023年）",
  "6": "第六批（2024年）",
  "7": "第七批（2025年）",
});

export const REVIEW_STATUSES = options({
  notDue: "未到复核期",
  pending: "待复核",
  passed: "复核通过",
  failed: "复核未通过",
});

export const IPO_PROGRESS = options({ notReformed: "未股改", reformed: "已股改", applied: "已提交申请" });
export const IPO_BOARDS = options({
  sseMain: "上交所主板",
  star: "上交所科创板",
  szseMain: "深交所主板",
  chinext: "深交所创业板",
  bse: "北交所",
});

/** 附件1-2 获得相关部门认定的称号: the ten items, with 国家级 / 省级 where the form has them. */
export const ENTERPRISE_TITLES = options({
  singleChampion: "国家级制造业单项冠军企业",
  highTech: "高新技术企业",
  techInnovationNational: "技术创新示范企业（国家级）",
  techInnovationProvincial: "技术创新示范企业（省级）",
  ipPilotNational: "工业企业知识产权运用试点企业（国家级）",
  ipPilotProvincial: "工业企业知识产权运用试点企业（省级）",
  smartMfgNational: "智能制造试点示范企业（国家级）",
  smartMfgProvincial: "智能制造试点示范企业（省级）",
  greenFactoryNational: "绿色工厂（国家级）",
  greenFactoryProvincial: "绿色工厂（省级）",
  qualityBenchmark: "质量标杆",
  baseCatalog: "《产业基础领域先进技术产品转化应用目录》入编企业",
  firstSetInsurance: "享受过首台（套）重大技术装备保险补偿试点政策",
  other: "其他",
});

export const DIAGNOSIS_MODES = options({ onSite: "需要现场诊断辅导", online: "在线自我诊断" });
const DIAGNOSIS_KIND_LABELS = { quality: "质量诊断", management: "管理诊断" };
export const DIAGNOSIS_KINDS = options(DIAGNOSIS_KIND_LABELS);
export const DIAGNOSIS_KIND = optionValues(DIAGNOSIS_KIND_LABELS);

export const CLASS_KINDS = options({ comprehensive1: "综合1班", comprehensive2: "综合2班", industry: "行业班" });
export const INDUSTRY_TRACKS = options({
  equipment: "高端装备与智能制造",
  optoelectronics: "光电子信息",
  health: "大健康与生物医药",
  nev: "新能源与智能网联汽车",
});

export const DEMAND_CATEGORIES = options({
  rnd: "技术研发",
  concept: "概念验证",
  pilot: "小试中试",
  testing: "检验检测",
  transfer: "成果转化",
  ip: "知识产权",
});
export const PROJECT_SERVICES = options({
  rnd: "技术研发",
  ip: "知识产权",
  pilot: "小试中试",
  testing: "检验检测",
  transfer: "成果转化",
});

export const MONTHS = { type: "int", min: 1, max: 12 } as const;
