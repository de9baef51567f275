/** The five guide sections, in the order the site presents them. Labels live in content/ui/ru.yaml. */
export const SECTION_IDS = ['problems', 'contact', 'prepare', 'disputes', 'escalation'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * The problem guides the tools link to: triage leaves, home tiles and the message builder rely on these slugs,
 * so content must keep exactly this set (a content test checks it).
 */
export const PROBLEM_SLUGS = [
  'delivery-delay',
  'tracking-not-updating',
  'lost-parcel',
  'not-as-described',
  'damaged',
  'wrong-quantity',
  'refund-not-received',
  'payment-failed',
  'cannot-review',
  'site-app-errors',
  'customs',
  'order-cancelled',
  'pickup-point',
  'fake-tracking',
  'defect-after-protection',
  'customs-duty',
  'refund-closed-card',
  'account-blocked',
  'coupons-prices',
] as const;

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** `disputes/open-dispute` → its section and slug; an unknown folder is a content error naming the file. */
export function splitGuideId(id: string): { section: SectionId; slug: string } {
  const [section, slug, ...rest] = id.split('/');
  if (!section || !slug || rest.length) {
    throw new Error(`content/guides/${id}.mdx: a guide must sit in content/guides/<section>/<slug>.mdx`);
  }
  if (!isSectionId(section)) {
    throw new Error(
      `content/guides/${id}.mdx: section: unknown section folder "${section}"; use one of ${SECTION_IDS.join(', ')}`,
    );
  }
  return { section, slug };
}

export function guideUrl(id: string): string {
  const { section, slug } = splitGuideId(id);
  return `/${section}/${slug}/`;
}
