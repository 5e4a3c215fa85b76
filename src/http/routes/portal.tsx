// Placeholder router; filled in by the DIP catalog work (issue 4).
import { Hono } from 'hono';
import type { Env } from '../types.js';

export const portalRoutes = new Hono<Env>();
