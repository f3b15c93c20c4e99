package id.cermat.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The synthetic posts, handed out one after another, round and round: one per benchmark operation. */
@State(Scope.Thread)
public class PostCycle {

  @Param("../shared/data/synthetic")
  public String data;

  String[] posts;
  private int next;

  @Setup
  public void load() {
    posts = Posts.load(data);
  }

  /** The index of the next post. */
  int nextIndex() {
    int i = next;
    next = next + 1 == posts.length ? 0 : next + 1;
    return i;
  }

  String next() {
    return posts[nextIndex()];
  }
}
