// Writes an email into the outbox inside the caller's transaction; the worker sends it later. The one interface
// the domain uses to send mail: enqueueMail(ctx, message) with a template of src/mail/templates.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../context.js';
import { outbox } from '../db/schema/index.js';
import { sealSecret, withPlaceholder } from './secret.js';
import { renderTemplate, type Locale, type TemplateName, type TemplateParams } from './templates/index.js';

export async function enqueueMail<N extends TemplateName>(
  ctx: Ctx,
  mail: {
    to: string;
    toName?: string;
    locale?: string;
    template: N;
    params: TemplateParams<N>;
    /**
     * The part of the message that opens something (a tracking code, a reset / sign-in / invitation link
     * token), exactly as it appears in the rendered text. It is stored encrypted, apart from the body,
     * which keeps a placeholder (src/mail/secret.ts); nobody reads it in the back office.
     */
    secret?: string;
  },
): Promise<string> {
  const locale: Locale = mail.locale === 'en' ? 'en' : 'id';
  const rendered = renderTemplate(mail.template, locale, mail.params);
  let { subject, text } = rendered;
  let secret: string | null = null;
  if (mail.secret !== undefined) {
    if (mail.secret.length < 8 || !text.includes(mail.secret)) throw new Error(`enqueueMail(${mail.template}): the secret is not in the message`);
    if (!ctx.keys) throw new Error(`enqueueMail(${mail.template}): a secret needs the key ring`);
    secret = sealSecret(ctx.keys, mail.secret);
    subject = withPlaceholder(subject, mail.secret);
    text = withPlaceholder(text, mail.secret);
  }
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
      secret,
      nextAttemptAt: now,
      createdAt: now,
    })
    .returning({ id: outbox.id });
  return row!.id;
}
