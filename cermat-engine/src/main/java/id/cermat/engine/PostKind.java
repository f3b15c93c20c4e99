package id.cermat.engine;

/** What kind of act a captured item is: writing a post is not the same as liking someone else's. */
public enum PostKind {
  POST,
  REPLY,
  COMMENT,
  SHARE,
  LIKE,
  MESSAGE,
  STORY
}
