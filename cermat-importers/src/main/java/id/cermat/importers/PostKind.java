package id.cermat.importers;

/** What a captured record is. */
public enum PostKind {
  /** The account's own post (tweet, Instagram/Facebook post, TikTok video, reel). */
  POST,
  /** A reply to someone else's post, in the platform's own reply thread (an X reply). */
  REPLY,
  /** A comment under a post (Instagram, Facebook, TikTok). */
  COMMENT,
  /** Someone else's content passed on (a retweet, a forwarded message, a shared link without own words). */
  SHARE,
  /** A like or favourite of someone else's content: liking campaign content can itself be a breach. */
  LIKE,
  /** A message in a chat or channel (WhatsApp, LINE, Telegram, Messenger). */
  MESSAGE,
  /** A story (Instagram). */
  STORY
}
