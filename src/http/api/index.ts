// Placeholder router for the open-data APIs (issue 4).
import { Hono } from 'hono';
import type { Env } from '../types.js';

export const apiRoutes = new Hono<Env>();
