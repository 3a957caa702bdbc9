import { defineResource, options } from "./describe";
import { cityDeadline, roundQuota } from "./round";

export const city = defineResource({
  key: "cities",
  entity: "City",
  table: "city",
  label: "市州",
  title: "name",
  defaultSort: ["code", "ASC"],
  fields: {
    code: {
      label: "行政区划代码",
      type: "string",
      min: 6,
      max: 6,
      required: true,
      unique: true,
      search: true,
      filter: true,
      sort: true,
      list: true,
      help: "GB/T 2260 六位代码",
    },
    name: {
      label: "市州名称",
      type: "string",
      max: 20,
      required: true,
      unique: true,
      search: true,
      sort: true,
      list: true,
    },
    kind: {
      label: "类别",
      type: "enum",
      required: true,
      filter: true,
      sort: true,
      list: true,
      options: options({ prefecture: "地级市", autonomous: "自治州", direct: "省直管市", forestry: "林区" }),
    },
    validGiants: {
      label: "有效期内小巨人企业数",
      type: "int",
      min: 0,
      max: 100000,
      required: true,
      default: 0,
      sort: true,
      list: true,
    },
    contactName: { label: "市州工作联系人", type: "string", max: 20 },
    contactPhone: { label: "联系方式", type: "string", max: 30, rule: "phone" },
    contactEmail: { label: "电子邮箱", type: "string", max: 100, rule: "email" },
  },
  computed: {
    // In the round the request is about (the app bar's): its ratio and rounding, its deadline for the city.
    quota: { label: "推荐名额", type: "int", compute: (r, round) => roundQuota(round, r.validGiants) },
    deadline: { label: "推荐截止日期", type: "date", compute: (r, round) => cityDeadline(round, r.id) },
  },
});
