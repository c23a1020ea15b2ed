using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Guardrail.State;

/// <summary>A table row holding one JSON document: how policies, rules and keys are stored.</summary>
internal sealed class JsonRow : ITableEntity
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Document { get; set; } = "{}";

    public static JsonRow From<T>(string partition, string row, T value) =>
        new() { PartitionKey = partition, RowKey = row, Document = JsonSerializer.Serialize(value, Json) };

    public T To<T>() => JsonSerializer.Deserialize<T>(Document, Json) ?? throw new InvalidDataException($"Row {PartitionKey}/{RowKey} is empty.");
}
