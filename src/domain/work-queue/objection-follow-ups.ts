// What an Atasan PPID's decision granting an objection ordered the PPID to do (give the information), by its
// own deadline: the open follow-up tasks, overdue first (list-follow-ups.ts openFollowUpTasks). On ground b
// without a request the task is to publish the information that was not published.
import { openFollowUpTasks } from '../objections/list-follow-ups.js';
import { byUrgency, SOURCE_LIMIT, whenDue, type WorkQueueSource } from './types.js';

export const objectionFollowUps: WorkQueueSource = {
  key: 'objection_follow_ups',
  listHref: '/admin/keberatan',
  navHref: '/admin/keberatan',
  async collect(env) {
    const tasks = await openFollowUpTasks(env.ctx, env.ctx.actor);
    return tasks
      .map((x) => ({
        id: x.id,
        title: x.objectionNumber,
        detail: x.requestNumber ?? x.unpublishedInformation.slice(0, 80),
        href: `/admin/keberatan/${x.objectionId}`,
        when: whenDue(env, x.dueDate),
        subject: x.requestId ?? x.objectionId,
      }))
      .sort(byUrgency)
      .slice(0, SOURCE_LIMIT);
  },
};
