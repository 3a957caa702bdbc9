// 附件1-1 专精特新“小巨人”企业培育赋能推荐表: the enterprise's 基本信息 and the nomination's
// 培育赋能工作需求, in the paper's order, with the declaration and the signature and stamp lines.
import { optionLabel } from "../../../entities/describe";
import { KEY_GIANT_STATUSES } from "../../../entities/options";
import { MANAGEMENT_FOCUS, QUALITY_FOCUS, REGISTRATION_STATUS, registration } from "../../../entities/registration";
import { box, paperDate, signatureLines, type FormPdf, type Row } from "./layout";

type Rec = Record<string, any>;
export const NOMINATION_FORM_TITLE = "专精特新“小巨人”企业培育赋能推荐表";

const label = (text: string, w: number) => ({ w, text, label: true });
const value = (text: unknown, w: number) => ({ w, text: text === null || text === undefined ? "" : String(text) });
const heading = (text: string) => ({ cells: [{ w: 1, text, heading: true }] });
const month = (m: unknown) => (m ? `${m}` : "　　");
const prompt = (text: string) => ({ text, prompt: true, size: 9 });

function diagnosisNeed(need: boolean, mode: unknown, m: unknown) {
  return `${box(need && mode === "onSite")}需要现场诊断辅导，期望时间：${need && mode === "onSite" ? month(m) : "　　"}月；${box(need && mode === "online")}在线自我诊断，不需要现场诊断辅导。`;
}
const focus = (chosen: string[] | null, options: { value: string; label: string }[], notes: Record<string, string>) =>
  options
    .filter((o) => o.value !== "other")
    .map((o) => `${box(chosen?.includes(o.value))}${o.label}${notes[o.value] ?? ""}`);

/** Draws one enterprise's 附件1-1 on `pdf` (from a new page if something is drawn already). */
export function nominationForm(pdf: FormPdf, reg: Rec, ent: Rec, cityName: string) {
  pdf.startForm();
  pdf.formHead("附件1-1", NOMINATION_FORM_TITLE);
  pdf.write([
    {
      // An enterprise's own 推荐表 before its city approves it has no nomination state to print.
      text: `所属市州：${cityName}　　　报名年度：${reg.year} 年第 ${reg.batch} 批　　　${
        reg.status === REGISTRATION_STATUS.applied
          ? ""
          : `状态：${optionLabel(registration.fields.status, reg.status)}　　　`
      }编号：${reg.id}`,
      size: 9,
      prompt: true,
    },
  ]);
  pdf.y += 4;
  const keyGiant = KEY_GIANT_STATUSES.filter((o) => o.value !== "none")
    .map((o) => `${box(ent.keyGiantStatus === o.value)}${o.label}`)
    .join("\n");
  const q = !!reg.needQuality;
  const m = !!reg.needManagement;
  const mFocus = reg.managementFocus as string[] | null;
  const rows: Row[] = [
    heading("基本信息"),
    { cells: [label("企业名称", 1.5), value(ent.name, 5.5)] },
    { cells: [label("运营地址", 1.5), value(ent.address, 5.5)] },
    { cells: [label("是否重点小巨人", 1.5), value(keyGiant, 5.5)] },
    {
      cells: [
        label("所属行业", 1.5),
        value(ent.industry, 1.7),
        label("主营业务/产品", 1.2),
        value(ent.mainProducts, 2.6),
      ],
    },
    {
      cells: [
        label("工作联系人", 1.5),
        value(ent.contactName, 0.9),
        label("电话", 0.55),
        value(ent.contactPhone, 1.25),
        label("邮箱", 0.55),
        value(ent.contactEmail, 2.25),
      ],
    },
    heading("培育赋能工作需求"),
    {
      cells: [
        label("人才培训", 1.5),
        {
          w: 5.5,
          text: [
            { text: `${box(reg.needTraining)}参加人才培训（原则上为企业主要负责人）` },
            prompt(
              "填写附件1-2学员信息表，每家企业限定1-2人。\n各班次最终学员名单统筹审核后，发放录取通知书。\n备注：行业班拟针对高端装备与智能制造、光电子信息、大健康与生物医药、新能源与智能网联汽车。",
            ),
          ],
        },
      ],
    },
    {
      cells: [
        label("质量诊断\n（主要针对制造业）", 1.5),
        {
          w: 5.5,
          text: [
            { text: diagnosisNeed(q, reg.qualityMode, reg.qualityMonth) },
            {
              text: `期望侧重点：${focus(q ? reg.qualityFocus : null, QUALITY_FOCUS, {
                basic: "（如管理制度有效性等）；",
                digital: "（如研发、生产、质量数据数字化等）；",
                sustained: "（如战略目标制定、知识管理、创新能力等）；",
                performance: "（如平均缺陷率、内外部质量损失、设备综合效率等）",
              }).join("\n")}`,
            },
          ],
        },
      ],
    },
    {
      cells: [
        label("管理诊断", 1.5),
        {
          w: 5.5,
          text: [
            { text: diagnosisNeed(m, reg.managementMode, reg.managementMonth) },
            {
              text: `期望侧重点：${focus(m ? mFocus : null, MANAGEMENT_FOCUS, {}).join("；")}；${box(m && mFocus?.includes("other"))}其他：${m && reg.managementFocusOther ? reg.managementFocusOther : "　　　　　　"}`,
            },
          ],
        },
      ],
    },
    {
      cells: [
        label("技术创新\n服务", 1.5),
        {
          w: 5.5,
          text: [
            {
              text: `${box(reg.needTech && reg.techOnSite)}需要现场诊断辅导，期望时间：${reg.needTech && reg.techOnSite ? month(reg.techMonth) : "　　"}月；${box(reg.needTech && !reg.techOnSite)}不需要现场诊断辅导`,
            },
            prompt("同步填写附件1-3《企业技术创新需求征集表》"),
          ],
        },
      ],
    },
    {
      cells: [
        label("培育赋能工作建议", 1.5),
        { w: 5.5, text: reg.suggestions ? String(reg.suggestions) : [prompt("如有 请填写")] },
      ],
      minHeight: 44,
    },
    {
      cells: [
        {
          w: 7,
          text: [
            { text: "以上所填内容和提交资料均准确、真实、合法、有效、无涉密信息。", gap: 2 },
            ...signatureLines(
              ["法定代表人签字：", "企业（盖章）：", `日　　期：${paperDate(reg.declaredAt)}`],
              270,
              18,
            ),
          ],
        },
      ],
    },
  ];
  pdf.table(rows);
}
