// The notice's classes, their sessions, trainees (附件1-2) admitted into them, and attendance so far.
import { attendanceShare } from "../entities/attendanceRate";
import * as N from "./names";
import { addDays, type Random } from "./random";

type Rec = Record<string, any>;
export const SEED_TODAY = "2025-11-20";

// 附件1-2: 综合1班 12天（7月03日-10月31日）, 综合2班 12天（7月31日-11月30日）, 行业班 7天（10-11月）.
const CLASS_PLANS = [
  {
    kind: "comprehensive1",
    name: "综合1班",
    tracks: [],
    start: ["2025-07-03", "2025-08-07", "2025-09-11", "2025-10-29"],
    days: [3, 3, 3, 3],
    capacity: 73,
  },
  {
    kind: "comprehensive2",
    name: "综合2班",
    tracks: [],
    start: ["2025-07-31", "2025-09-03", "2025-10-15", "2025-11-26"],
    days: [3, 3, 3, 3],
    capacity: 73,
  },
  {
    kind: "industry",
    name: "行业班",
    tracks: ["equipment", "optoelectronics", "health", "nev"],
    start: ["2025-10-22", "2025-11-25"],
    days: [4, 3],
    capacity: 60,
  },
] as const;
const TOPICS = [
  "专精特新发展形势与政策解读",
  "企业战略与商业模式创新",
  "精益管理与数字化转型",
  "资本市场与企业上市",
  "科技创新与知识产权保护",
  "品牌建设与市场开拓",
];

function education(r: Random) {
  const from = r.int(1984, 2008);
  const degree = r.pick(N.DEGREES);
  const years = degree === "大专" ? 3 : degree.startsWith("研究生") || degree === "工商管理硕士" ? 3 : 4;
  return { school: r.pick(N.SCHOOLS), period: `${from}.09-${from + years}.07`, major: r.pick(N.MAJORS), degree };
}

export function seedTraining(r: Random, scale: number, enterprises: Rec[], registrations: Rec[]) {
  const classes: Rec[] = [];
  const sessions: Rec[] = [];
  for (let group = 1; group <= scale; group++) {
    for (const plan of CLASS_PLANS) {
      const id = classes.length + 1;
      const ends = plan.start.map((s, i) => addDays(s, plan.days[i] - 1));
      const endDate = ends[ends.length - 1];
      classes.push({
        id,
        name: scale > 1 ? `${plan.name}（第${group}组）` : plan.name,
        kind: plan.kind,
        tracks: [...plan.tracks],
        year: 2025,
        provider: "华中科技大学",
        startDate: plan.start[0],
        endDate,
        sessionCount: plan.start.length,
        daysPerSession: plan.days[0],
        capacity: plan.capacity,
        location: "华中科技大学继续教育学院",
        status: endDate < SEED_TODAY ? "finished" : plan.start[0] <= SEED_TODAY ? "ongoing" : "planned",
      });
      plan.start.forEach((s, i) =>
        sessions.push({
          id: sessions.length + 1,
          classId: id,
          seq: i + 1,
          startDate: s,
          endDate: ends[i],
          topic: TOPICS[i % TOPICS.length],
          location: "华中科技大学",
        }),
      );
    }
  }

  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const trainees: Rec[] = [];
  const ids = new Set<string>();
  const seats = new Map(classes.map((c) => [c.id, new Set<number>()]));
  for (const reg of registrations.filter((x) => x.needTraining)) {
    const e = byId.get(reg.enterpriseId)!;
    const city = N.CITIES[e.cityId - 1];
    const count = r.chance(0.3) ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const gender = r.chance(0.8) ? "male" : "female";
      const intended =
        ["equipment", "optoelectronics", "biomedicine", "nev"].includes(e.priorityIndustry) && r.chance(0.3)
          ? "industry"
          : r.pick(["comprehensive1", "comprehensive2"]);
      const group = 1 + ((e.id * 7) % scale);
      const cls = classes.find((c) => c.kind === intended && (scale === 1 || c.name.includes(`第${group}组`)))!;
      const seat = seats.get(cls.id)!;
      const admit = reg.status === "approved" && (seat.has(e.id) || seat.size < cls.capacity);
      if (admit) seat.add(e.id);
      const id = trainees.length + 1;
      trainees.push({
        id,
        name: N.personName(r),
        gender,
        politicalStatus: r.weighted([
          ["01", 55],
          ["13", 30],
          ["12", 8],
          ["05", 3],
          ["07", 4],
        ] as const),
        ethnicity:
          city[0] === "422800" && r.chance(0.5)
            ? r.pick(["15", "06"])
            : r.chance(0.97)
              ? "01"
              : r.pick(["03", "15", "06"]),
        idNumber: N.idNumber(r, city[0], gender, 1965, 1990, ids),
        mobile: N.mobile(r),
        email: `trainee${id}@example.com.cn`,
        title: k === 0 ? r.pick(N.LEADER_TITLES.slice(0, 4)) : r.pick(N.LEADER_TITLES.slice(4)),
        managementYears: r.int(5, 30),
        address: e.address,
        education: [education(r)],
        socialRoles: r.chance(0.3)
          ? [
              {
                organisation: `${N.cityShort(city[1])}市工商业联合会`,
                since: String(r.int(2012, 2023)),
                role: r.pick(["执行委员", "常务委员", "会员"]),
              },
            ]
          : [],
        honours: r.chance(0.25) ? r.pick(["优秀民营企业家", "五一劳动奖章", "科技进步奖获得者", "优秀企业家"]) : null,
        enterpriseId: e.id,
        year: 2025,
        intendedClass: intended,
        classId: admit ? cls.id : null,
        admissionStatus: admit ? "admitted" : reg.status === "approved" ? "notAdmitted" : "applied",
        admissionNoticeNo: admit ? `LQ-2025-${String(cls.id).padStart(2, "0")}-${String(id).padStart(5, "0")}` : null,
        certificateNo: null,
      });
    }
  }

  const attendances: Rec[] = [];
  for (const t of trainees.filter((x) => x.classId)) {
    const reliability = r.chance(0.15) ? 0.75 : 0.97;
    let present = 0;
    let days = 0;
    for (const s of sessions.filter((x) => x.classId === t.classId && x.endDate < SEED_TODAY)) {
      for (let d = s.startDate; d <= s.endDate; d = addDays(d, 1)) {
        const status = r.chance(reliability) ? "present" : r.chance(0.5) ? "leave" : "absent";
        attendances.push({
          id: attendances.length + 1,
          sessionId: s.id,
          traineeId: t.id,
          date: d,
          status,
          note: status === "leave" ? "公务请假" : null,
        });
        days++;
        if (status === "present") present++;
      }
    }
    const cls = classes[t.classId - 1];
    if (cls.status === "finished" && attendanceShare(present, days).reaches)
      t.certificateNo = `HUST-ZJTX-2025-${String(t.classId).padStart(2, "0")}-${String(t.id).padStart(5, "0")}`;
  }
  return { classes, sessions, trainees, attendances };
}
