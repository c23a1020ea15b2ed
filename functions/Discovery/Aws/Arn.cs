namespace AiSec.Discovery.Aws;

/// <summary>An Amazon Resource Name: <c>arn:partition:service:region:account:resource</c>.</summary>
public readonly record struct Arn(string Partition, string Service, string Region, string Account, string Resource)
{
    public static bool TryParse(string? value, out Arn arn)
    {
        arn = default;
        // The resource part may itself contain ':' (foundation-model/amazon.titan-text-express-v1:0:8k), so split 6 ways.
        var parts = value?.Split(':', 6);
        if (parts is not { Length: 6 } || parts[0] != "arn" || parts[1].Length == 0 || parts[2].Length == 0 || parts[5].Length == 0)
        {
            return false;
        }

        arn = new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
        return true;
    }

    /// <summary>The account field of an ARN, or null when it has none (foundation models are AWS-owned).</summary>
    public static string? AccountOf(string? value) => TryParse(value, out var arn) && arn.Account.Length > 0 ? arn.Account : null;

    /// <summary>The resource id after the resource type, e.g. <c>anthropic.claude-v2</c> for <c>foundation-model/anthropic.claude-v2</c>.</summary>
    public string ResourceId => Resource.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? Resource[(slash + 1)..] : Resource;

    /// <summary>The resource type before the first '/', e.g. <c>custom-model</c>.</summary>
    public string ResourceType => Resource.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? Resource[..slash] : Resource;
}
