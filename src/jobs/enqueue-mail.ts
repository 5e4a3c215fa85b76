// Writes an email into the outbox inside the caller's transaction; the worker sends it later.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../context.js';
import { outbox } from '../db/schema/index.js';
import { renderTemplate, type Locale, type TemplateName, type TemplateParams } from './templates.js';

export async function enqueueMail<N extends TemplateName>(
  ctx: Ctx,
  mail: { to: string; toName?: string; locale?: string; template: N; params: TemplateParams<N> },
): Promise<string> {
  const locale: Locale = mail.locale === 'en' ? 'en' : 'id';
  const { subject, text } = renderTemplate(mail.template, locale, mail.params);
  const host = new URL(ctx.settings.baseUrl).hostname || 'localhost';
  // Fixed at enqueue time, so a resend after a crash carries the same Message-ID.
  const messageId = `<${randomUUID()}@${host}>`;
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(outbox)
    .values({
      messageId,
      toAddress: mail.to,
      toName: mail.toName ?? '',
      locale,
      template: mail.template,
      subject,
      textBody: text,
      nextAttemptAt: now,
      createdAt: now,
    })
    .returning({ id: outbox.id });
  return row!.id;
}
