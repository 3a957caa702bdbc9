// 附件1-2 专精特新“小巨人”企业培训学员信息表: the trainee, the photo beside the first rows, education and
// social roles as tables, honours, the enterprise part, the class chosen, the declaration with the
// enterprise's and the competent department's stamp lines, and the form's notes.
import { optionLabel } from "../../../entities/describe";
import { CLASS_KINDS, ENTERPRISE_TITLES, IPO_BOARDS, IPO_PROGRESS } from "../../../entities/options";
import { trainee as traineeDesc } from "../../../entities/trainee";
import { box, paperDate, signatureLines, type FormPdf, type Row } from "./layout";

type Rec = Record<string, any>;
export const TRAINEE_FORM_TITLE = "专精特新“小巨人”企业培训学员信息表";

const label = (text: string, w: number) => ({ w, text, label: true });
const value = (text: unknown, w: number) => ({ w, text: text === null || text === undefined ? "" : String(text) });
const heading = (text: string) => ({ cells: [{ w: 1, text, heading: true }] });
const columns = (names: string[]) => ({ header: true, cells: names.map((n) => label(n, 1)) });

/** The rows of a nested table (education, social roles), with two blank rows when there are none. */
function nested(rows: Rec[] | null, keys: string[]): Row[] {
  const list = rows?.length ? rows : [{}, {}];
  return list.map((r) => ({ cells: keys.map((k) => value(r[k], 1)) }));
}

/** The ten titles of 附件1-2, ticked where the enterprise holds them. */
function titles(ent: Rec) {
  const has = (v: string) => box((ent.titles as string[] | null)?.includes(v));
  const level = (n: string) => `（国家级${has(`${n}National`)}省级${has(`${n}Provincial`)}）`;
  const name = (v: string) => optionLabel({ label: "", type: "enum", options: ENTERPRISE_TITLES }, v);
  return [
    `1.${name("singleChampion")}${has("singleChampion")}　　2.${name("highTech")}${has("highTech")}`,
    `3.技术创新示范企业${level("techInnovation")}`,
    `4.工业企业知识产权运用试点企业${level("ipPilot")}`,
    `5.智能制造试点示范企业${level("smartMfg")}`,
    `6.绿色工厂${level("greenFactory")}　　7.质量标杆${has("qualityBenchmark")}`,
    `8.${name("baseCatalog")}${has("baseCatalog")}`,
    `9.是否享受过国家首台(套)重大技术装备保险补偿试点政策${has("firstSetInsurance")}`,
    `10.其他${has("other")}${ent.titlesOther ? `：${ent.titlesOther}` : "　　　　　　　　（请说明）"}。`,
  ].join("\n");
}

function listing(ent: Rec) {
  const progress = IPO_PROGRESS.map((o) => `${box(ent.ipoPlan && ent.ipoProgress === o.value)}${o.label}`).join("");
  const board = (v: string) => `${box(ent.ipoPlan && ent.ipoBoard === v)}`;
  const label = (v: string) => IPO_BOARDS.find((o) => o.value === v)!.label.slice(3);
  return [
    `${box(ent.listed)}是${box(!ent.listed)}否`,
    `三年内有无上市计划（${box(!ent.listed && ent.ipoPlan)}有/${box(!ent.listed && !ent.ipoPlan)}无），如有，请填写：`,
    `1.上市进程：${progress}`,
    `2.拟上市板块：上交所：${board("sseMain")}${label("sseMain")}${board("star")}${label("star")}　深交所：${board("szseMain")}${label("szseMain")}${board("chinext")}${label("chinext")}${board("bse")}北交所`,
  ].join("\n");
}

/** Draws one trainee's 附件1-2 on `pdf`; `photo` (JPG or PNG) in the 照片 box when given. */
export function traineeForm(pdf: FormPdf, t: Rec, ent: Rec, photo: Buffer | null) {
  pdf.startForm();
  pdf.formHead("附件1-2", TRAINEE_FORM_TITLE);
  const f = traineeDesc.fields;
  const top: Row[] = [
    {
      cells: [
        label("姓　　名", 1),
        value(t.name, 1.2),
        label("性　　别", 0.9),
        value(optionLabel(f.gender, t.gender), 1.6),
      ],
    },
    {
      cells: [
        label("政治面貌", 1),
        value(optionLabel(f.politicalStatus, t.politicalStatus), 1.2),
        label("民　　族", 0.9),
        value(optionLabel(f.ethnicity, t.ethnicity), 1.6),
      ],
    },
    { cells: [label("身份证号码", 1), value(t.idNumber, 3.7)] },
    { cells: [label("手　　机", 1), value(t.mobile, 1.2), label("电子邮件", 0.9), value(t.email, 1.6)] },
    {
      cells: [
        label("现任职务", 1),
        value(t.title, 1.2),
        label("管理经验年限", 0.9),
        value(t.managementYears ?? "", 1.6),
      ],
    },
    { cells: [label("通讯地址", 1), value(t.address, 3.7)] },
  ];
  const photoWidth = 90;
  pdf.tableWithAside(top, photoWidth, (x, y, w, h) => {
    // A one-inch photo's proportions (25 × 35), centred in the box.
    const pw = Math.min(w - 12, (h - 12) / 1.4);
    const ph = pw * 1.4;
    const px = x + (w - pw) / 2;
    const py = y + (h - ph) / 2;
    if (photo) {
      try {
        pdf.doc.image(photo, px, py, { fit: [pw, ph], align: "center", valign: "center" });
        return;
      } catch {
        // An image pdfkit cannot read: the box stays for a printed photo to be glued in.
      }
    }
    pdf.doc.font("regular").fontSize(10.5).fillColor("#000000");
    pdf.doc.text("照片", x, y + h / 2 - 8, { width: w, align: "center", lineBreak: false });
  });
  pdf.table([
    heading("教育背景（最高学历）"),
    columns(["毕业院校", "起止时间", "专　　业", "学历/学位"]),
    ...nested(t.education, ["school", "period", "major", "degree"]),
    heading("社会职务（请列出你所担任的社会职务或其他兼职，如人大代表、政协委员，或在协会团体中担任的职务）"),
    columns(["团　　体", "参加时间", "职　　务"]),
    ...nested(t.socialRoles, ["organisation", "since", "role"]),
    heading("个人荣誉和奖励"),
    { cells: [value(t.honours, 1)], minHeight: 50 },
    heading("企业情况"),
    { cells: [label("企业名称", 1.2), value(ent.name, 2.2), label("公司网址", 0.8), value(ent.website, 1.8)] },
    { cells: [label("企业组织机构代码", 1.2), value(ent.orgCode, 4.8)] },
    { cells: [label("是否上市", 1.2), value(listing(ent), 4.8)] },
    { cells: [label("获得相关部门认定的称号", 1.2), value(titles(ent), 4.8)] },
    {
      cells: [
        label("意向参加培训班次", 1.2),
        {
          w: 4.8,
          text: [
            { text: "根据您的时间安排，请打勾选择其中一项：", prompt: true },
            {
              text: CLASS_KINDS.map(
                (o) =>
                  `${box(t.intendedClass === o.value)}${o.label} ${{ comprehensive1: "12天（7月03日-10月31日）", comprehensive2: "12天（7月31日-11月30日）", industry: "7天（10-11月）" }[o.value] ?? ""}`,
              ).join("\n"),
            },
          ],
        },
      ],
    },
    {
      cells: [
        {
          w: 3.6,
          text: [
            { text: "以上所填内容和提交资料均准确、真实、合法、有效、无涉密信息。", gap: 2 },
            ...signatureLines(["法定代表人签字：", "企业（盖章）：", `日期：${paperDate(null)}`], 60, 16),
            { text: "", gap: 4 },
          ],
        },
        {
          w: 2.4,
          text: [
            ...signatureLines(["主管部门（盖章）：", "", `日期：${paperDate(null)}`], 10, 16),
            { text: "", gap: 4 },
          ],
        },
      ],
    },
  ]);
  pdf.y += 8;
  pdf.write([
    { text: "备注：", size: 9.5 },
    {
      text: "1、培训证书颁发：学员考勤达90%，由华中科技大学颁发结业证书。考勤记录及结业情况同步报送湖北省经济和信息化厅。\n2、培训费用：由湖北省经济和信息化厅承担培训费用（不含来往个人交通费）。\n3、学员身份证扫描件请附后，便于统一办理住宿、培训期间保险等手续。",
      size: 9.5,
    },
  ]);
}
