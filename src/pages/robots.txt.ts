/** `/robots.txt`: allow everything and name the sitemap (with the site origin and base path). */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(withBase('sitemap-index.xml'), site).href}`);
  return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
