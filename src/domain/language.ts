/** The languages users read: Dutch by default, English when they write it or their Teams locale says so. */
export type Language = 'nl' | 'en';
export const DEFAULT_LANGUAGE: Language = 'nl';
