// 附件1-3 专精特新中小企业培育赋能项目 企业技术创新需求征集表: each of the paper's prompts, then what the
// enterprise wrote under it.
import { DEMAND_CATEGORIES } from "../../../entities/options";
import { ENTERPRISE_TYPES } from "../../../entities/techDemand";
import { box, type FormPdf, type Para } from "./layout";

type Rec = Record<string, any>;
export const DEMAND_FORM_TITLE = "专精特新中小企业培育赋能项目\n企业技术创新需求征集表";

const label = (text: string, w: number) => ({ w, text, label: true });
const value = (text: unknown, w: number) => ({ w, text: text === null || text === undefined ? "" : String(text) });
const prompt = (text: string): Para => ({ text, prompt: true, size: 9.5 });
const answer = (v: unknown): Para => ({ text: v === null || v === undefined || v === "" ? "　" : String(v), gap: 2 });

/** Draws one demand's 附件1-3 on `pdf`. */
export function techDemandForm(pdf: FormPdf, d: Rec, ent: Rec) {
  pdf.startForm();
  pdf.formHead("附件1-3", DEMAND_FORM_TITLE);
  pdf.write([{ text: `需求名称：${d.title}　　　编号：${d.id}`, size: 9, prompt: true }]);
  pdf.y += 4;
  const categories = DEMAND_CATEGORIES.map(
    (o, i) => `${box((d.categories as string[] | null)?.includes(o.value))}${o.label}${i === 2 ? "\n" : "　　"}`,
  ).join("");
  pdf.table([
    {
      cells: [
        label("企业名称", 1.4),
        value(ent.name, 2.4),
        label("行业及主营业务、产品", 1.3),
        value(d.industryProducts, 1.9),
      ],
    },
    {
      cells: [
        label("企业类型", 1.4),
        value(ENTERPRISE_TYPES.map((o) => `${box(d.enterpriseType === o.value)}${o.label}`).join("\n"), 5.6),
      ],
    },
    {
      cells: [
        label("专项联系人及职务", 1.4),
        value([d.contactName, d.contactTitle].filter(Boolean).join("　"), 2.4),
        label("电话", 1.3),
        value(d.contactPhone, 1.9),
      ],
    },
    { cells: [label("需求类别", 1.4), value(categories.trim(), 5.6)] },
    {
      cells: [
        label("需求详情", 1.4),
        {
          w: 5.6,
          text: [
            prompt("1、描述需求的具体要求及需要解决的问题。"),
            answer(d.details),
            { ...prompt("2、描述开展技术创新的技术或项目基础情况。"), gap: 4 },
            answer(d.basis),
            { ...prompt("3、描述解决需求的时间要求。"), gap: 4 },
            answer(d.timeRequirement),
          ],
        },
      ],
      minHeight: 120,
    },
    {
      cells: [
        label("量化指标", 1.4),
        {
          w: 5.6,
          text: [prompt("描述期望达到的效果、期望交付的内容、具体的性能指标等。"), answer(d.targets)],
        },
      ],
      minHeight: 80,
    },
    {
      cells: [
        label("必要性及预算", 1.4),
        {
          w: 5.6,
          text: [
            prompt("1、描述技术创新的必要性。"),
            answer(d.necessity),
            { ...prompt("2、描述经费投入预算。"), gap: 4 },
            answer(d.budget === null || d.budget === undefined ? "" : `${d.budget} 万元`),
            { ...prompt("3、描述过往技术合作案例，如合作单位、项目内容，合作金额等。"), gap: 4 },
            answer(d.pastCooperation),
          ],
        },
      ],
      minHeight: 100,
    },
    {
      cells: [
        label("其他", 1.4),
        value(`技术需求是否可公开发布：${box(d.publishable)}是　${box(!d.publishable)}否`, 5.6),
      ],
    },
  ]);
}
