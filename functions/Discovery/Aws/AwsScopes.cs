namespace AiSec.Discovery.Aws;

/// <summary>The slash-separated scopes the AWS collector reports: <c>aws/&lt;account&gt;</c> contains its regions.</summary>
public static class AwsScopes
{
    public static string Account(string accountId) => $"aws/{accountId}";

    public static string Region(string accountId, string region) => $"aws/{accountId}/{region}";
}
