// The panel's own words on the first screen: the app bar, the menu, the search box, the round, the password
// and 页面不存在 (every page's own are in pages.ts, react-admin's in zh.ts).
export const appZh = {
  app: {
    title: "专精特新“小巨人”培育赋能管理平台",
    menu: {
      enterprise: "企业与报名",
      training: "人才培训",
      diagnosis: "诊断服务",
      tech: "技术创新",
      reference: "基础数据",
      system: "系统管理",
      other: "其他",
    },
    not_found: {
      title: "页面不存在",
      body: "您输入的网址有误，或访问的链接已失效。",
      home: "返回待办",
    },
    search: {
      label: "全局搜索：企业名称、信用代码、身份证号码后几位等",
      placeholder: "搜索企业、学员、需求…",
      hint: "请至少输入 2 个字",
      loading: "正在搜索…",
      none: "没有找到匹配的记录",
      all: "查看全部 %{count} 条",
    },
    notices: {
      badge: "站内消息（%{count} 条未读）",
    },
    stampedCopies: {
      menu: "签章件缺失清单",
    },
    rounds: {
      switcher: "培育批次",
      read_only: "，只读",
    },
    enterpriseForms: {
      menu: "企业报名表审核",
    },
    password: {
      change: "修改密码",
      current: "当前密码",
      new: "新密码",
      repeat: "再次输入新密码",
      rule: "至少 10 位，须同时包含字母和数字",
      mismatch: "两次输入的新密码不一致",
      changed: "密码已修改，其他设备上的登录已退出",
    },
    myForms: {
      title: "我的报名表",
      home: "返回我的报名表",
    },
    acceptInvitation: {
      link: "企业首次登录（使用邀请码）",
    },
    todo: {
      menu: "待办",
      waiting: "%{count} 项待办",
    },
    dashboard: {
      menu: "工作进度",
    },
  },
};
