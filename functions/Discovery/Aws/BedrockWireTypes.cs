namespace AiSec.Discovery.Aws;

// The Bedrock control-plane JSON (rest-json, API version 2023-04-20) this collector reads. Only the fields it uses;
// System.Text.Json ignores the rest. Timestamps are ISO 8601 on the wire. Parameters without a default are required:
// a summary without them is rejected as malformed rather than stored half-empty.

public sealed record CustomModelSummary(
    string ModelArn,
    string ModelName,
    DateTimeOffset? CreationTime = null,
    string? BaseModelArn = null,
    string? BaseModelName = null,
    string? CustomizationType = null,
    string? OwnerAccountId = null,
    string? ModelStatus = null);

public sealed record ImportedModelSummary(
    string ModelArn,
    string ModelName,
    DateTimeOffset? CreationTime = null,
    bool? InstructSupported = null,
    string? ModelArchitecture = null);

/// <summary>GET /custom-models/{id} and GET /imported-models/{id}: the fields the summaries lack.</summary>
public sealed record ModelDetail(string? ModelArn = null, string? ModelKmsKeyArn = null, string? JobArn = null);

public sealed record ProvisionedModelSummary(
    string ProvisionedModelName,
    string ProvisionedModelArn,
    string ModelArn,
    string? DesiredModelArn = null,
    string? FoundationModelArn = null,
    int? ModelUnits = null,
    int? DesiredModelUnits = null,
    string? Status = null,
    string? CommitmentDuration = null,
    DateTimeOffset? CommitmentExpirationTime = null,
    DateTimeOffset? CreationTime = null,
    DateTimeOffset? LastModifiedTime = null);

public sealed record GuardrailSummary(
    string Id,
    string Arn,
    string Name,
    string? Status = null,
    string? Description = null,
    string? Version = null,
    DateTimeOffset? CreatedAt = null,
    DateTimeOffset? UpdatedAt = null);

/// <summary>GET /guardrails/{id}: the policies of one guardrail version.</summary>
public sealed record GuardrailDetail(
    string? GuardrailId = null,
    string? GuardrailArn = null,
    string? Version = null,
    string? Status = null,
    GuardrailContentPolicy? ContentPolicy = null,
    GuardrailTopicPolicy? TopicPolicy = null,
    GuardrailWordPolicy? WordPolicy = null,
    GuardrailSensitiveInformationPolicy? SensitiveInformationPolicy = null,
    GuardrailContextualGroundingPolicy? ContextualGroundingPolicy = null,
    string? KmsKeyArn = null);

public sealed record GuardrailContentPolicy(IReadOnlyList<GuardrailContentFilter>? Filters = null);

public sealed record GuardrailContentFilter(string Type, string? InputStrength = null, string? OutputStrength = null);

public sealed record GuardrailTopicPolicy(IReadOnlyList<GuardrailTopic>? Topics = null);

public sealed record GuardrailTopic(string Name, string? Type = null);

public sealed record GuardrailWordPolicy(IReadOnlyList<GuardrailWord>? Words = null, IReadOnlyList<GuardrailManagedWordList>? ManagedWordLists = null);

public sealed record GuardrailWord(string Text);

public sealed record GuardrailManagedWordList(string Type);

public sealed record GuardrailSensitiveInformationPolicy(IReadOnlyList<GuardrailPiiEntity>? PiiEntities = null, IReadOnlyList<GuardrailRegex>? Regexes = null);

public sealed record GuardrailPiiEntity(string Type, string? Action = null);

public sealed record GuardrailRegex(string Name, string? Action = null);

public sealed record GuardrailContextualGroundingPolicy(IReadOnlyList<GuardrailContextualGroundingFilter>? Filters = null);

public sealed record GuardrailContextualGroundingFilter(string Type, double? Threshold = null);

/// <summary>GET /logging/modelinvocations: <c>loggingConfig</c> is absent when invocation logging is off.</summary>
public sealed record ModelInvocationLoggingConfiguration(LoggingConfig? LoggingConfig = null);

public sealed record LoggingConfig(
    CloudWatchLoggingConfig? CloudWatchConfig = null,
    S3LoggingConfig? S3Config = null,
    bool? TextDataDeliveryEnabled = null,
    bool? ImageDataDeliveryEnabled = null,
    bool? EmbeddingDataDeliveryEnabled = null,
    bool? VideoDataDeliveryEnabled = null)
{
    /// <summary>Logging is on when it delivers somewhere.</summary>
    public bool DeliversLogs => CloudWatchConfig?.LogGroupName is { Length: > 0 } || S3Config?.BucketName is { Length: > 0 };
}

public sealed record CloudWatchLoggingConfig(string? LogGroupName = null, string? RoleArn = null);

public sealed record S3LoggingConfig(string? BucketName = null, string? KeyPrefix = null);
