package id.cermat.importers;

/** Hears how far an import has come: the file being read and the bytes read from it. */
public interface ProgressListener {

  ProgressListener NONE = new ProgressListener() {
    @Override
    public void file(ExportSource.Entry entry) {
    }

    @Override
    public void bytes(long delta) {
    }
  };

  /** Reading of {@code entry} starts. */
  void file(ExportSource.Entry entry);

  /** {@code delta} more bytes of the current file were read. */
  void bytes(long delta);
}
