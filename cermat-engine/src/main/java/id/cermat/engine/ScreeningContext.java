package id.cermat.engine;

import java.util.Objects;

/** Where and how a text was published; the catalog may weigh categories differently per kind of post. */
public record ScreeningContext(Platform platform, PostKind kind) {

  /** A post of unknown platform: the neutral context used by {@link Screener#screen(String)}. */
  public static final ScreeningContext DEFAULT = new ScreeningContext(Platform.OTHER, PostKind.POST);

  public ScreeningContext {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
  }

  public static ScreeningContext of(Platform platform, PostKind kind) {
    return new ScreeningContext(platform, kind);
  }
}
