package app.parley.assistant.understanding;

/** Typo-tolerant word comparison (optimal string alignment Damerau-Levenshtein). */
public final class Similarity {
    private Similarity() {}

    /**
     * 1 for the same word or stem, 0.9 for one typo, 0.8 for two typos in a long word, else 0.
     * Short words must match exactly, and the first letter must agree: typos rarely hit it, and
     * "fixed" must not become "mixed".
     */
    public static double of(String a, String b) {
        if (a.equals(b) || Text.stem(a).equals(Text.stem(b))) return 1.0;
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 5 || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 2) return 0;
        int distance = distance(a, b);
        if (distance == 1) return 0.9;
        if (distance == 2 && shorter >= 8) return 0.8;
        return 0;
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
