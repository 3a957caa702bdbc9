// 站内消息: notify() writes an event's notices inside the event's own transaction, one per recipient,
// and queues their e-mails, which go (where SMTP_URL is set) only after that transaction commits.
import nodemailer, { type Transporter } from "nodemailer";
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from "typeorm";
import type { Role } from "../../entities/api";
import type { Principal } from "../access/policy";
import { notice as noticeDesc, type NoticeKind } from "../../entities/notice";
import { resourceByKey } from "../../entities/registry";
import { maskText } from "./output";
import { rawQuery } from "./unitOfWork";

type Rec = Record<string, any>;

/** Who an event concerns: the union of these groups of active accounts. */
export interface Recipients {
  /** Every account of these roles (e.g. the department). */
  roles?: Role[];
  /** The bureaus of these cities (role city with that cityId). */
  cities?: number[];
  /** The providers that serve any of these services. */
  services?: string[];
  /** These accounts. */
  users?: number[];
  /** The accounts of these enterprises (role enterprise). */
  enterprises?: number[];
}

export interface NoticeInput {
  to: Recipients;
  kind: NoticeKind;
  title: string;
  body: string;
  /** A hash route of the admin, e.g. `#/registrations/5/show`. */
  link?: string;
  /** Makes the notice once per recipient: a second notify with the same key for a user is ignored. */
  dedupeKey?: (userId: number) => string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The active accounts an event concerns. */
export async function recipients(m: EntityManager, to: Recipients): Promise<Rec[]> {
  const users = await m
    .getRepository(resourceByKey.users.entity)
    .find({ where: { active: true }, order: { id: "ASC" } });
  return users.filter(
    (u) =>
      to.users?.includes(u.id) ||
      to.roles?.includes(u.role) ||
      (u.role === "city" && to.cities?.includes(u.cityId)) ||
      (u.role === "provider" && (u.services as string[]).some((s) => to.services?.includes(s))) ||
      (u.role === "enterprise" && to.enterprises?.includes(u.enterpriseId)),
  );
}

/**
 * Writes the event's notices for every recipient in the caller's transaction `m`, and queues their
 * e-mails until it commits. With a dedupeKey, a notice that already exists (written by another
 * instance, or an earlier run) is skipped, not an error. Answers how many were written.
 */
export async function notify(m: EntityManager, n: NoticeInput): Promise<number> {
  const written: Rec[] = [];
  for (const u of await recipients(m, n.to)) {
    // Any ID number or mobile in the text masked as the recipient sees such fields (output.ts).
    const user: Principal = {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      cityId: u.cityId ?? null,
      services: u.services ?? [],
      enterpriseId: u.enterpriseId ?? null,
    };
    const rows = await rawQuery(
      m,
      `INSERT INTO "${noticeDesc.table}" ("userId", "kind", "title", "body", "link", "dedupeKey", "version")
       VALUES (:userId, :kind, :title, :body, :link, :dedupeKey, 1)
       ON CONFLICT ("dedupeKey") DO NOTHING RETURNING "id"`,
      {
        userId: u.id,
        kind: n.kind,
        title: maskText(n.title, user).slice(0, 200),
        body: maskText(n.body, user).slice(0, 2000),
        link: n.link ?? null,
        dedupeKey: n.dedupeKey?.(u.id) ?? null,
      },
    );
    if (rows.length) written.push(u);
  }
  const mails = written
    .filter((u) => u.email)
    .map((u) => ({ to: u.email as string, subject: maskText(n.title, null), text: maskText(mailText(n, u), null) }));
  if (mails.length) afterCommit(m, mails);
  return written.length;
}

const mailText = (n: NoticeInput, u: Rec) =>
  `${u.displayName}：\n\n${n.body}\n\n请登录专精特新“小巨人”培育赋能管理平台，在“站内消息”中查看。\n（本邮件由系统自动发送，请勿回复。）`;

// ── E-mail after commit ──────────────────────────────────────────────────────────────────────────
// A transaction's e-mails wait on its query runner; TypeORM tells its subscribers when a transaction
// commits or rolls back (a retried PostgreSQL transaction's failed attempts roll back: their mails go).

const pending = new WeakMap<QueryRunner, Mail[]>();
const subscribed = new WeakSet<DataSource>();

const mailSubscriber: EntitySubscriberInterface = {
  afterTransactionCommit({ queryRunner }) {
    if (queryRunner.isTransactionActive) return; // a savepoint released: the transaction goes on
    const mails = pending.get(queryRunner);
    pending.delete(queryRunner);
    if (mails?.length) void sendMails(mails);
  },
  afterTransactionRollback({ queryRunner }) {
    if (!queryRunner.isTransactionActive) pending.delete(queryRunner);
  },
};

function afterCommit(m: EntityManager, mails: Mail[]) {
  if (!process.env.SMTP_URL) return;
  const qr = m.queryRunner;
  if (!qr?.isTransactionActive) return void sendMails(mails);
  const ds = m.connection;
  if (!subscribed.has(ds)) {
    subscribed.add(ds);
    ds.subscribers.push(mailSubscriber);
  }
  pending.set(qr, [...(pending.get(qr) ?? []), ...mails]);
}

let transport: { url: string; transporter: Transporter } | null = null;
const mailer = (url: string) => {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
};

/**
 * Sends the e-mails one by one with SMTP_URL's server; a failure is logged, never thrown (the
 * user's request has already succeeded, and the notice is in the panel). Answers how many went.
 */
export async function sendMails(mails: Mail[]): Promise<number> {
  const url = process.env.SMTP_URL;
  if (!url) return 0;
  const from = process.env.SMTP_FROM || `专精特新培育赋能管理平台 <noreply@${hostOf(url)}>`;
  let sent = 0;
  for (const mail of mails) {
    try {
      await mailer(url).sendMail({ from, ...mail });
      sent++;
    } catch (e) {
      console.error(`站内消息邮件发送失败（${mail.to}）：`, e instanceof Error ? e.message : e);
    }
  }
  return sent;
}

function hostOf(url: string) {
  try {
    return new URL(url).hostname || "localhost";
  } catch {
    return "localhost";
  }
}
