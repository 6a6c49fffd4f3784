/**
 * The texts of the inquiry pages (staff: `inquiries`, `responseTimes`; public: `publicContact`,
 * `publicInquiry`, `accountability`), added to the translations when one of those pages loads
 * (`lib/inquiry-time` imports this module), not carried by the app shell: they would cost the first
 * page about 10 KB gzipped. The menu labels of those pages stay in `sv.json`/`en.json`.
 */
import i18n from './index';
import sv from './inquiries.sv.json';
import en from './inquiries.en.json';

/** Deep, keeping what is there (the menu labels). */
i18n.addResourceBundle('sv', 'translation', sv, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

export const INQUIRY_TEXTS = { sv, en };
