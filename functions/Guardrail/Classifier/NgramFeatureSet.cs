namespace AiSec.Guardrail.Classifier;

public static class NgramFeatureSet
{
    public const string Description =
        "normalized text + decoded hidden content; char 3-5-grams and word 1-2-grams, FNV-1a hashed into 2^18, " +
        "counts / sqrt(n-grams); scored as max over 400-char windows (stride 200) and the whole text (2,000-char windows beyond)";
}
