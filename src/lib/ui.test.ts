import { describe, expect, it, vi } from 'vitest';

// The `ui` collection as Astro gives it: one entry per top-level group of content/ui/ru.yaml.
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    expect(name).toBe('ui');
    return [
      { id: 'site', data: { home: 'Главная' } },
      { id: 'tools', data: { list: { triage: { title: 'Что случилось?' }, deadline: { title: 'Сроки' } } } },
    ];
  },
}));

const { uiGroup, uiStrings, useT } = await import('./ui.ts');

describe('interface strings on the server', () => {
  it('t() reads the collection; uiStrings() gives a script only its groups; uiGroup() keeps file order', async () => {
    expect((await useT())('site.home')).toBe('Главная');
    expect(JSON.parse(await uiStrings(['site']))).toEqual({ site: { home: 'Главная' } });
    expect((await uiGroup('tools.list')).map(([k]) => k)).toEqual(['triage', 'deadline']);
    await expect(uiGroup('site.home')).rejects.toThrow('content/ui/ru.yaml: site.home: no such group of strings');
  });
});
