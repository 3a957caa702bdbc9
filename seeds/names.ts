// Synthetic pools: invented names, codes and texts. No real person's data.
import { creditCodeCheckChar, idCheckChar } from "../entities/codes";
import type { Random } from "./random";

/** The 17 units of GLOSSARY.md, with the share of the province's valid little giants seeded for each. */
export const CITIES = [
  ["420100", "武汉市", "prefecture", 400],
  ["420200", "黄石市", "prefecture", 35],
  ["420300", "十堰市", "prefecture", 40],
  ["420500", "宜昌市", "prefecture", 80],
  ["420600", "襄阳市", "prefecture", 75],
  ["420700", "鄂州市", "prefecture", 20],
  ["420800", "荆门市", "prefecture", 40],
  ["420900", "孝感市", "prefecture", 55],
  ["421000", "荆州市", "prefecture", 45],
  ["421100", "黄冈市", "prefecture", 45],
  ["421200", "咸宁市", "prefecture", 20],
  ["421300", "随州市", "prefecture", 25],
  ["422800", "恩施土家族苗族自治州", "autonomous", 18],
  ["429004", "仙桃市", "direct", 12],
  ["429005", "潜江市", "direct", 10],
  ["429006", "天门市", "direct", 8],
  ["429021", "神农架林区", "forestry", 0],
] as const;

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split(
    "",
  );
const GIVEN =
  "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红文辉力玲宇浩然思雨欣怡梓涵子轩晨阳博文一鸣俊杰凯瑞嘉琪佳慧雅婷立新永胜德明海燕晓东春林振华卫东国庆建华".split(
    "",
  );
export const personName = (r: Random) =>
  r.pick(SURNAMES) + (r.chance(0.35) ? r.pick(GIVEN) : r.pick(GIVEN) + r.pick(GIVEN));

const WORD = "华鑫瑞博恒泰宏德科创睿嘉盛远锐凯晟昊誉航智芯源达联正信卓越新天和安康宇森澜汇弘楚荆江汉鼎晶海峰".split("");
const INDUSTRY_WORDS: Record<string, string[]> = {
  optoelectronics: ["光电", "激光", "光通信", "半导体", "电子", "光谷"],
  nev: ["汽车零部件", "动力", "电驱", "新能源", "汽车电子", "智能网联"],
  equipment: ["机械", "装备", "精工", "数控", "重工", "智能装备", "机电"],
  biomedicine: ["生物", "医药", "药业", "医疗器械", "生物工程"],
  materials: ["新材料", "材料", "化工", "纳米", "复合材料", "高分子"],
  aiIt: ["软件", "信息", "数据", "智能", "网络", "数字"],
  other: ["食品", "纺织", "包装", "环保", "建材", "农业科技"],
};
const SUFFIXES = ["科技有限公司", "股份有限公司", "技术有限公司", "有限公司", "科技股份有限公司"];
export const cityShort = (name: string) => name.replace(/(土家族苗族自治州|林区|市)$/, "");
export function enterpriseName(r: Random, cityName: string, industry: string, taken: Set<string>): string {
  for (let len = 2; ; len++) {
    for (let attempt = 0; attempt < 6; attempt++) {
      let core = "";
      for (let i = 0; i < len; i++) core += r.pick(WORD);
      const name = `${cityShort(cityName)}${core}${r.pick(INDUSTRY_WORDS[industry])}${r.pick(SUFFIXES)}`;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  }
}

export const INDUSTRY_CATEGORY: Record<string, string[]> = {
  optoelectronics: ["计算机、通信和其他电子设备制造业", "仪器仪表制造业"],
  nev: ["汽车制造业", "电气机械和器材制造业"],
  equipment: ["通用设备制造业", "专用设备制造业", "铁路、船舶、航空航天和其他运输设备制造业"],
  biomedicine: ["医药制造业", "专用设备制造业"],
  materials: ["化学原料和化学制品制造业", "非金属矿物制品业", "有色金属冶炼和压延加工业"],
  aiIt: ["软件和信息技术服务业", "互联网和相关服务"],
  other: ["金属制品业", "食品制造业", "纺织业", "橡胶和塑料制品业"],
};
export const PRODUCTS: Record<string, string[]> = {
  optoelectronics: ["光纤激光器", "光通信模块", "红外热成像探测器", "功率半导体器件", "精密光学镜头"],
  nev: ["电驱动总成", "动力电池管理系统", "汽车热管理部件", "车载毫米波雷达", "轻量化底盘部件"],
  equipment: ["数控机床主轴", "工业机器人减速器", "智能仓储输送设备", "高压液压阀", "精密轴承"],
  biomedicine: ["体外诊断试剂", "缓释制剂", "医用高分子耗材", "生物酶制剂", "微创手术器械"],
  materials: ["碳化硅粉体", "高性能环氧树脂", "特种磷化工产品", "锂电池隔膜", "高纯石英材料"],
  aiIt: ["工业互联网平台", "机器视觉检测系统", "智慧园区软件", "数据安全网关", "企业资源管理软件"],
  other: ["食品级包装材料", "功能性纺织面料", "环保水处理设备", "精密金属结构件", "特种橡胶密封件"],
};

/** GB 32100 credit code: 91 + area + organisation code + check character. */
export function creditCode(r: Random, cityCode: string, taken: Set<string>): string {
  const alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  for (;;) {
    let org = "";
    for (let i = 0; i < 9; i++) org += i < 8 && r.chance(0.2) ? r.pick([...alnum.slice(10)]) : String(r.int(0, 9));
    const first17 = `91${cityCode.slice(0, 4)}${String(r.int(2, 17)).padStart(2, "0")}${org}`;
    const code = first17 + creditCodeCheckChar(first17);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** GB 11643 ID number with a birth date in [fromYear, toYear] and the gender's parity. */
export function idNumber(
  r: Random,
  cityCode: string,
  gender: "male" | "female",
  fromYear: number,
  toYear: number,
  taken: Set<string>,
): string {
  for (;;) {
    const birth = `${r.int(fromYear, toYear)}${String(r.int(1, 12)).padStart(2, "0")}${String(r.int(1, 28)).padStart(2, "0")}`;
    const seq = `${r.digits(2)}${2 * r.int(0, 4) + (gender === "male" ? 1 : 0)}`;
    const first17 = `${cityCode.slice(0, 4)}${String(r.int(2, 17)).padStart(2, "0")}${birth}${seq}`;
    const id = first17 + idCheckChar(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

export const mobile = (r: Random) => `1${r.pick(["3", "5", "7", "8", "9"])}${r.digits(9)}`;

const DISTRICTS: Record<string, string[]> = {
  "420100": ["东湖新技术开发区", "武汉经济技术开发区", "江夏区", "洪山区", "东西湖区", "蔡甸区", "黄陂区", "新洲区"],
};
const ROADS = ["高新大道", "创业路", "科技路", "工业园路", "发展大道", "光谷大道", "产业园一路", "智造路", "东风大道"];
export const address = (r: Random, cityCode: string, cityName: string) =>
  `湖北省${cityName}${r.pick(DISTRICTS[cityCode] ?? ["高新技术产业开发区", "经济开发区", "工业园区"])}${r.pick(ROADS)}${r.int(1, 999)}号`;

export const CONTACT_TITLES = [
  "办公室主任",
  "行政部经理",
  "董事会秘书",
  "综合管理部部长",
  "总经理助理",
  "项目申报专员",
];
export const LEADER_TITLES = ["董事长", "总经理", "董事长兼总经理", "执行董事", "副总经理", "总工程师"];
export const SCHOOLS = ["江城理工大学", "楚天科技学院", "荆楚财经学院", "汉江工业大学", "长湖师范学院", "云梦管理学院"];
export const MAJORS = [
  "机械设计制造及其自动化",
  "电子信息工程",
  "工商管理",
  "化学工程与工艺",
  "计算机科学与技术",
  "生物工程",
  "材料科学与工程",
];
export const DEGREES = ["本科/学士", "研究生/硕士", "研究生/博士", "工商管理硕士", "大专"];
