// Runs EPUBCheck over several books in one JVM: args are pairs <book.epub> <report.json>.
// Launched as a single-file source program (java -cp epubcheck.jar EpubcheckBatch.java ...).
import com.adobe.epubcheck.tool.EpubChecker;

public class EpubcheckBatch {
  public static void main(String[] args) {
    int worst = 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      int rc = new EpubChecker().run(new String[] { args[i], "--json", args[i + 1], "--failonwarnings" });
      worst = Math.max(worst, rc);
    }
    System.exit(worst);
  }
}
