package id.cermat.training.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import id.cermat.engine.model.ClassifierModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Retrains on the real ../shared/data and compares with the model the engine ships: the shipped model is
 * what `cermat train --data ../shared/data` writes, byte for byte. Takes a few minutes. Skipped where the data
 * is absent, except in CI, where its absence is a failure.
 */
class ShippedModelTest {

  private static final Path DATA = Path.of(System.getProperty("cermat.data", "../../shared/data"));

  @Test
  void retrainingOnTheSharedDataReproducesTheShippedModel() throws IOException {
    if (!Files.isDirectory(DATA)) {
      if (System.getenv("CI") != null) {
        fail("CI has no training data at " + DATA.toAbsolutePath());
      }
      Assumptions.abort("no training data at " + DATA.toAbsolutePath());
    }
    byte[] shipped;
    try (InputStream in = ClassifierModel.class.getResourceAsStream(ClassifierModel.DEFAULT_RESOURCE)) {
      assertThat(in).as("the engine ships a model").isNotNull();
      shipped = in.readAllBytes();
    }
    ClassifierModel retrained = new Trainer(Trainer.Parameters.DEFAULT, line -> { }).train(DATA);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    retrained.write(out);
    assertThat(digest(out.toByteArray()))
        .as("cermat train --data ../shared/data must reproduce cermat-engine's shipped model; retrain and commit it"
            + " after changing features, catalog, lexicon or training")
        .isEqualTo(digest(shipped));
  }

  private static String digest(byte[] bytes) {
    try {
      return bytes.length + " bytes, SHA-256 " + java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
