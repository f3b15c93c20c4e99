package id.cermat.training.eval;

import id.cermat.engine.CategoryCode;
import id.cermat.engine.CategoryResult;
import id.cermat.engine.Decision;
import id.cermat.engine.Screener;
import id.cermat.engine.ScreeningResult;
import id.cermat.training.data.LabelledPost;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Screens labelled posts and counts how the decisions compare with the labels. A post counts as flagged for
 * a category when its decision is REVIEW or FLAG. Kept apart from the screener: it only reads results.
 *
 * <p>For posts with Ibrohim's own labels (HS, Abusive): HS and Abusive are read from the model's auxiliary
 * heads "ibrohim2019:HS" and "ibrohim2019:Abusive", trained on that data set's own labels; with a screener
 * that has no such heads (the rules alone), from the HATE_SARA and ABUSIVE decisions.
 */
public final class Evaluator {

  /** The model's heads for Ibrohim's own labels. */
  public static final String HS_HEAD = "ibrohim2019:HS";
  public static final String ABUSIVE_HEAD = "ibrohim2019:Abusive";

  private final Screener screener;

  public Evaluator(Screener screener) {
    this.screener = screener;
  }

  public Evaluation evaluate(List<LabelledPost> posts) {
    Map<CategoryCode, Counts> counts = new EnumMap<>(CategoryCode.class);
    for (CategoryCode c : CategoryCode.values()) {
      counts.put(c, new Counts(0, 0, 0));
    }
    int unlabelled = 0;
    int unlabelledFlagged = 0;
    boolean pairs = false;
    Counts hs = new Counts(0, 0, 0);
    Counts abusive = new Counts(0, 0, 0);
    int pairsRight = 0;
    for (LabelledPost p : posts) {
      ScreeningResult r = screener.screen(p.text());
      for (CategoryResult c : r.categories()) {
        counts.put(c.code(), counts.get(c.code()).plus(!c.isClear(), p.labels().contains(c.code())));
      }
      if (p.labels().isEmpty()) {
        unlabelled++;
        unlabelledFlagged += r.decision() != Decision.CLEAR ? 1 : 0;
      }
      Boolean hsLabel = p.sourceLabels().get("HS");
      Boolean abusiveLabel = p.sourceLabels().get("Abusive");
      if (hsLabel != null && abusiveLabel != null) {
        pairs = true;
        boolean hsPredicted = screener.auxiliary(HS_HEAD, p.text())
            .orElse(!r.category(CategoryCode.HATE_SARA).isClear());
        boolean abusivePredicted = screener.auxiliary(ABUSIVE_HEAD, p.text())
            .orElse(!r.category(CategoryCode.ABUSIVE).isClear());
        hs = hs.plus(hsPredicted, hsLabel);
        abusive = abusive.plus(abusivePredicted, abusiveLabel);
        pairsRight += hsPredicted == hsLabel && abusivePredicted == abusiveLabel ? 1 : 0;
      }
    }
    return new Evaluation(posts.size(), counts, unlabelled, unlabelledFlagged, pairs ? hs : null,
        pairs ? abusive : null, pairsRight);
  }
}
