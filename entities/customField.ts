// 自定义字段: a field the department adds to a resource, described by a record of this resource and
// merged into the resource's description (entities/customFields.ts) wherever descriptions are read:
// forms, record pages, lists, filters, exports, import templates and imports, validation, masking, audit.
// Its values live in the table's JSON column `custom`; no migration is needed.
import { defineResource, options } from "./describe";

/** The kinds of field the department may add (a subset of FieldType). */
export const CUSTOM_FIELD_TYPES = options({
  string: "文本",
  text: "长文本",
  int: "整数",
  number: "小数",
  date: "日期",
  boolean: "是/否",
  enum: "单选（从列表中选一项）",
  enums: "多选（从列表中选多项）",
  ref: "引用其他记录",
});

/** The rule of a key: camelCase, 2–40 letters or digits, starting with a small letter. */
export const CUSTOM_KEY = /^[a-z][A-Za-z0-9]{1,39}$/;

/** Resources that never take custom fields (accounts, the log, messages, these fields, the rounds). */
export const NOT_CUSTOMIZABLE = ["users", "auditLogs", "notices", "customFields", "rounds"];

export const customField = defineResource({
  key: "customFields",
  entity: "CustomField",
  table: "custom_field",
  label: "自定义字段",
  title: "label",
  defaultSort: ["resource", "ASC"],
  // Values are kept under the key and read as the type says: renaming is changing the label.
  fixedAfterCreate: ["resource", "key", "type", "ref"],
  deleteWarning:
    "删除后，所有记录中该字段已填写的值将一并删除，不能恢复（操作日志记录删除了多少条记录的值）。确定要删除吗？",
  fields: {
    // Options are the customizable resources, filled in by the registry.
    resource: {
      label: "所属资源",
      type: "enum",
      options: [{ value: "enterprises", label: "企业" }],
      required: true,
      filter: true,
      sort: true,
      list: true,
      help: "保存后不能更改",
    },
    key: {
      label: "字段代码",
      type: "string",
      max: 40,
      required: true,
      search: true,
      list: true,
      help: "英文小写字母开头、只含字母和数字（如 registeredCapital），接口和导入导出中使用；保存后不能更改",
    },
    label: {
      label: "字段名称",
      type: "string",
      max: 40,
      required: true,
      search: true,
      sort: true,
      list: true,
      help: "表单、列表、导出和导入模板中显示的名称；修改名称不影响已填的值",
    },
    type: {
      label: "字段类型",
      type: "enum",
      options: CUSTOM_FIELD_TYPES,
      required: true,
      filter: true,
      list: true,
      help: "保存后不能更改",
    },
    options: {
      label: "可选项",
      type: "rows",
      of: {
        value: { label: "值", type: "string", required: true, max: 40 },
        label: { label: "名称", type: "string", required: true, max: 60 },
      },
      help: "仅单选、多选字段：每行一项，“值”保存在记录中，“名称”显示给用户",
    },
    ref: {
      label: "引用的资源",
      type: "enum",
      options: [{ value: "enterprises", label: "企业" }],
      help: "仅“引用其他记录”字段：引用哪类记录",
    },
    required: { label: "必填", type: "boolean", default: false },
    min: { label: "最小值（或最少字数）", type: "number", help: "数字字段为取值下限，文本字段为最少字数" },
    max: { label: "最大值（或最多字数）", type: "number", help: "数字字段为取值上限，文本字段为最多字数" },
    help: { label: "填写说明", type: "string", max: 200, help: "显示在表单中该字段下方" },
    section: {
      label: "表单分组",
      type: "string",
      max: 40,
      help: "放在表单的哪个分组中（填写已有分组名称，或新的分组名称）；不填则放在“其他”分组",
    },
    list: { label: "列表显示", type: "boolean", default: false, list: true },
    search: { label: "参与搜索", type: "boolean", default: false, help: "仅文本字段" },
    filter: { label: "可筛选", type: "boolean", default: false, list: true },
    sort: { label: "可排序", type: "boolean", default: false, list: true },
    export: { label: "导出", type: "boolean", default: true },
    import: { label: "导入", type: "boolean", default: true },
    roundId: {
      label: "适用批次",
      type: "ref",
      ref: "rounds",
      filter: true,
      help: "不填则适用于所有培育批次",
    },
  },
  sections: [
    { title: "字段", fields: ["resource", "key", "label", "type", "options", "ref", "roundId"] },
    { title: "填写规则", fields: ["required", "min", "max", "help", "section"] },
    { title: "列表、导出与导入", fields: ["list", "search", "filter", "sort", "export", "import"] },
  ],
});
