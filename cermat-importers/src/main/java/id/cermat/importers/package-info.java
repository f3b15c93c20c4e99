/**
 * Readers for the platforms' own data-export files (X archive, Instagram, Facebook, TikTok, Telegram
 * Desktop, WhatsApp, LINE, Messenger), producing one common captured-post record. The readers arrive with
 * the importers issue; this module holds their place in the build so that the layout is stable.
 */
package id.cermat.importers;
