namespace AiSec.Discovery.HuggingFace;

/// <summary>The <c>Discovery:HuggingFace</c> section: folders holding self-hosted models (plain or hub cache layout).</summary>
public sealed class HuggingFaceDiscoveryOptions
{
    public const string SectionName = "Discovery:HuggingFace";

    public string[] Paths { get; set; } = [];
}
